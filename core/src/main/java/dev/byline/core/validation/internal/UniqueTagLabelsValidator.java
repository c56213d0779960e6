package dev.byline.core.validation.internal;

import dev.byline.Tag;
import dev.byline.constraints.UniqueTagLabels;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link UniqueTagLabels} with {@link TagLabels#check}: at most {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} duplicates one by one, then a summary. */
public final class UniqueTagLabelsValidator implements ConstraintValidator<UniqueTagLabels, List<Tag>> {
  /** Creates the validator (called by the Bean Validation provider). */
  public UniqueTagLabelsValidator() {}

  @Override
  public boolean isValid(List<Tag> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean[] valid = {true};
    TagLabels.check(value, f -> {
      valid[0] = false;
      Violations.add(context, f);
    });
    return valid[0];
  }
}
