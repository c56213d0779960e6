package dev.byline.core.validation.internal;

import dev.byline.constraints.NotBlankText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NotBlankText} with {@link TextRules#blank}. */
public final class NotBlankTextValidator implements ConstraintValidator<NotBlankText, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public NotBlankTextValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, TextRules.blank(value));
  }
}
