package dev.byline.core.validation.internal;

import dev.byline.constraints.IdentifierUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Validates {@link IdentifierUri} with {@link UriRules#identifier}. */
public final class IdentifierUriValidator implements ConstraintValidator<IdentifierUri, URI> {
  /** Creates the validator (called by the Bean Validation provider). */
  public IdentifierUriValidator() {}

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, UriRules.identifier(value));
  }
}
