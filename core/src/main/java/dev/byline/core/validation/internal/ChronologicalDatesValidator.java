package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.constraints.ChronologicalDates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ChronologicalDates} with {@link ValueRules#chronologicalDates}. */
public final class ChronologicalDatesValidator implements ConstraintValidator<ChronologicalDates, Article> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ChronologicalDatesValidator() {}

  @Override
  public boolean isValid(Article value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, ValueRules.chronologicalDates(value));
  }
}
