package dev.byline.core.validation.internal;

import dev.byline.constraints.SingleLine;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SingleLine}: no line feed, carriage return, NEL, line or paragraph separator. */
public final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public SingleLineValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        Violations.start(context, value)
            .addMessageParameter("index", i)
            .buildConstraintViolationWithTemplate("{dev.byline.multiline}")
            .addConstraintViolation();
        return false;
      }
    }
    return true;
  }
}
