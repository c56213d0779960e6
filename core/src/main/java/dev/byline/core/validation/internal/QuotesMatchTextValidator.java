package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.constraints.QuotesMatchText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link QuotesMatchText} with {@link QuotesInText#check}: linear in the article; at most {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} violations of each code one by one, then a summary. */
public final class QuotesMatchTextValidator implements ConstraintValidator<QuotesMatchText, Article> {
  /** Creates the validator (called by the Bean Validation provider). */
  public QuotesMatchTextValidator() {}

  @Override
  public boolean isValid(Article value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean[] valid = {true};
    QuotesInText.check(value, f -> {
      valid[0] = false;
      Violations.add(context, f);
    });
    return valid[0];
  }
}
