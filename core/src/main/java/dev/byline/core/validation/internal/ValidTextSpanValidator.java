package dev.byline.core.validation.internal;

import dev.byline.TextSpan;
import dev.byline.constraints.ValidTextSpan;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link ValidTextSpan}: {@code start < end}, reported on {@code end}. (A negative start is
 * reported by {@code @PositiveOrZero} on {@code start}.)
 */
public final class ValidTextSpanValidator implements ConstraintValidator<ValidTextSpan, TextSpan> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ValidTextSpanValidator() {}

  @Override
  public boolean isValid(TextSpan value, ConstraintValidatorContext context) {
    if (value == null || value.getStart() < value.getEnd()) {
      return true;
    }
    Violations.start(context, value.getEnd())
        .addMessageParameter("start", value.getStart())
        .buildConstraintViolationWithTemplate("{dev.byline.beforeStart}")
        .addPropertyNode("end")
        .addConstraintViolation();
    return false;
  }
}
