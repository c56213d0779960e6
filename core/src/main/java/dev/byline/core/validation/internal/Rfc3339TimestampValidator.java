package dev.byline.core.validation.internal;

import dev.byline.constraints.Rfc3339Timestamp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;

/** Validates {@link Rfc3339Timestamp}: a year from 0000 to 9999 and an offset in whole minutes. */
public final class Rfc3339TimestampValidator implements ConstraintValidator<Rfc3339Timestamp, OffsetDateTime> {
  /** Creates the validator (called by the Bean Validation provider). */
  public Rfc3339TimestampValidator() {}

  @Override
  public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
    if (value == null
        || value.getYear() >= 0 && value.getYear() <= 9999 && value.getOffset().getTotalSeconds() % 60 == 0) {
      return true;
    }
    Violations.start(context, value)
        .buildConstraintViolationWithTemplate("{dev.byline.notRfc3339}")
        .addConstraintViolation();
    return false;
  }
}
