package dev.byline.core.validation.internal;

import dev.byline.TextSpan;
import dev.byline.constraints.ValidTextSpan;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidTextSpan} with {@link ValueRules#textSpan}. */
public final class ValidTextSpanValidator implements ConstraintValidator<ValidTextSpan, TextSpan> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ValidTextSpanValidator() {}

  @Override
  public boolean isValid(TextSpan value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, ValueRules.textSpan(value));
  }
}
