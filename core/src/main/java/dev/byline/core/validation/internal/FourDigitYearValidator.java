package dev.byline.core.validation.internal;

import dev.byline.constraints.FourDigitYear;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;

/** Validates {@link FourDigitYear} with {@link ValueRules#fourDigitYear}. */
public final class FourDigitYearValidator implements ConstraintValidator<FourDigitYear, OffsetDateTime> {
  /** Creates the validator (called by the Bean Validation provider). */
  public FourDigitYearValidator() {}

  @Override
  public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, ValueRules.fourDigitYear(value));
  }
}
