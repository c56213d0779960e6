package dev.byline.core.validation.internal;

import dev.byline.constraints.WebUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;

/** Validates {@link WebUri}: absolute, {@code http} or {@code https}, with a host. */
public final class WebUriValidator implements ConstraintValidator<WebUri, URI> {
  /** Creates the validator (called by the Bean Validation provider). */
  public WebUriValidator() {}

  static boolean isWebUri(URI uri) {
    String scheme = uri.getScheme();
    return uri.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    if (value == null || isWebUri(value)) {
      return true;
    }
    Violations.start(context, value)
        .buildConstraintViolationWithTemplate("{dev.byline.notWebUri}")
        .addConstraintViolation();
    return false;
  }
}
