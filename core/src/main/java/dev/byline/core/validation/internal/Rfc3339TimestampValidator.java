package dev.byline.core.validation.internal;

import dev.byline.constraints.Rfc3339Timestamp;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;

/** Validates {@link Rfc3339Timestamp} with {@link ValueRules#rfc3339Timestamp}. */
public final class Rfc3339TimestampValidator implements ConstraintValidator<Rfc3339Timestamp, OffsetDateTime> {
  /** Creates the validator (called by the Bean Validation provider). */
  public Rfc3339TimestampValidator() {}

  @Override
  public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, ValueRules.rfc3339Timestamp(value));
  }
}
