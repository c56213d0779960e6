package dev.byline.core.validation.internal;

import dev.byline.constraints.SingleLine;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link SingleLine} with {@link TextRules#lineBreak}. */
public final class SingleLineValidator implements ConstraintValidator<SingleLine, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public SingleLineValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, TextRules.lineBreak(value));
  }
}
