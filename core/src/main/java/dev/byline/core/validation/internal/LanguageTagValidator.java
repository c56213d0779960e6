package dev.byline.core.validation.internal;

import dev.byline.constraints.LanguageTag;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link LanguageTag} with {@link TextRules#languageTag}. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public LanguageTagValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, TextRules.languageTag(value));
  }
}
