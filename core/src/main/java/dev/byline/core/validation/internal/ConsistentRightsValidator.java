package dev.byline.core.validation.internal;

import dev.byline.RightsNotice;
import dev.byline.constraints.ConsistentRights;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ConsistentRights} with {@link ValueRules#consistentRights}. */
public final class ConsistentRightsValidator implements ConstraintValidator<ConsistentRights, RightsNotice> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ConsistentRightsValidator() {}

  @Override
  public boolean isValid(RightsNotice value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean[] valid = {true};
    ValueRules.consistentRights(value, f -> {
      valid[0] = false;
      Violations.add(context, f);
    });
    return valid[0];
  }
}
