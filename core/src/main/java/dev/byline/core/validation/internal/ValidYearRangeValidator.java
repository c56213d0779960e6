package dev.byline.core.validation.internal;

import dev.byline.YearRange;
import dev.byline.constraints.ValidYearRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

/** Validates {@link ValidYearRange} with {@link ValueRules#yearRange}, next year by the provider's {@link jakarta.validation.ClockProvider}. */
public final class ValidYearRangeValidator implements ConstraintValidator<ValidYearRange, YearRange> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ValidYearRangeValidator() {}

  @Override
  public boolean isValid(YearRange value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean[] valid = {true};
    int nextYear = Year.now(context.getClockProvider().getClock()).getValue() + 1;
    ValueRules.yearRange(value, nextYear, f -> {
      valid[0] = false;
      Violations.add(context, f);
    });
    return valid[0];
  }
}
