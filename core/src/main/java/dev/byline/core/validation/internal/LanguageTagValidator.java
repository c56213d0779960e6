package dev.byline.core.validation.internal;

import dev.byline.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Validates {@link LanguageTag} with the JDK's BCP 47 parser ({@link Locale.Builder#setLanguageTag}),
 * which rejects ill-formed tags such as {@code en_GB}, {@code english} or {@code e}.
 */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String tag = value.toString();
    boolean ok = !tag.isEmpty() && tag.length() <= 64;
    if (ok) {
      try {
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException e) {
        ok = false;
      }
    }
    if (!ok) {
      Violations.start(context, value)
          .buildConstraintViolationWithTemplate("{dev.byline.notLanguageTag}")
          .addConstraintViolation();
    }
    return ok;
  }
}
