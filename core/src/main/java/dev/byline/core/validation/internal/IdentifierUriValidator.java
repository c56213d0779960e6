package dev.byline.core.validation.internal;

import dev.byline.constraints.IdentifierUri;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * Validates {@link IdentifierUri}: a web URI, or a URN {@code urn:<NID>:<NSS>} as RFC 8141 shapes it
 * (a namespace identifier of 2 to 32 letters, digits and hyphens, then a non-empty string).
 */
public final class IdentifierUriValidator implements ConstraintValidator<IdentifierUri, URI> {
  private static final Pattern URN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\\S+");

  /** Creates the validator (called by the Bean Validation provider). */
  public IdentifierUriValidator() {}

  @Override
  public boolean isValid(URI value, ConstraintValidatorContext context) {
    if (value == null || WebUriValidator.isWebUri(value)) {
      return true;
    }
    if ("urn".equalsIgnoreCase(value.getScheme())
        && value.getRawSchemeSpecificPart() != null
        && URN.matcher(value.getRawSchemeSpecificPart()).matches()) {
      return true;
    }
    Violations.start(context, value)
        .buildConstraintViolationWithTemplate("{dev.byline.notIdentifierUri}")
        .addConstraintViolation();
    return false;
  }
}
