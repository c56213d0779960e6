package dev.byline.core.validation.internal;

import dev.byline.constraints.NotBlankText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link NotBlankText}: at least one code point that is neither
 * {@link Character#isWhitespace(int) white space} nor a {@link Character#isSpaceChar(int) space
 * separator} (which covers the no-break spaces).
 */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public NotBlankTextValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = Character.codePointAt(value, i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    Violations.start(context, value)
        .buildConstraintViolationWithTemplate("{dev.byline.blank}")
        .addConstraintViolation();
    return false;
  }
}
