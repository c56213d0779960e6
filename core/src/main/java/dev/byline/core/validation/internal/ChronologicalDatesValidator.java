package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.constraints.ChronologicalDates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.OffsetDateTime;

/** Validates {@link ChronologicalDates}: {@code modified} not before {@code published}, as instants. */
public final class ChronologicalDatesValidator
    implements ConstraintValidator<ChronologicalDates, Article> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ChronologicalDatesValidator() {}

  @Override
  public boolean isValid(Article value, ConstraintValidatorContext context) {
    if (value == null || value.getPublished().isEmpty() || value.getModified().isEmpty()) {
      return true;
    }
    OffsetDateTime published = value.getPublished().get();
    OffsetDateTime modified = value.getModified().get();
    if (!modified.isBefore(published)) {
      return true;
    }
    Violations.start(context, modified)
        .addMessageParameter("published", published.toString())
        .buildConstraintViolationWithTemplate("{dev.byline.beforePublished}")
        .addPropertyNode("modified")
        .addConstraintViolation();
    return false;
  }
}
