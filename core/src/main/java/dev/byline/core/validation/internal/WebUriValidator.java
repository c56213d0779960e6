package dev.byline.core.validation.internal;

import dev.byline.constraints.WebUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Validates {@link WebUri} with {@link UriRules#web}. */
public final class WebUriValidator implements ConstraintValidator<WebUri, URI> {
  /** Creates the validator (called by the Bean Validation provider). */
  public WebUriValidator() {}

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, UriRules.web(value));
  }
}
