package dev.byline.core.validation.internal;

import dev.byline.constraints.NoControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NoControlCharacters}: no C0 or C1 control character other than tab and line feed,
 * and no unpaired surrogate.
 */
public final class NoControlCharactersValidator
    implements ConstraintValidator<NoControlCharacters, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public NoControlCharactersValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c)) {
        bad = i + 1 >= n || !Character.isLowSurrogate(value.charAt(i + 1));
        if (!bad) {
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        bad = true;
      } else {
        bad = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n';
      }
      if (bad) {
        Violations.start(context, value)
            .addMessageParameter("index", i)
            .addMessageParameter("codePoint", Violations.codePoint(c))
            .buildConstraintViolationWithTemplate("{dev.byline.controlCharacter}")
            .addConstraintViolation();
        return false;
      }
    }
    return true;
  }
}
