package dev.byline.core.validation.internal;

import dev.byline.constraints.NoControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link NoControlCharacters} with {@link TextRules#controlCharacter}. */
public final class NoControlCharactersValidator implements ConstraintValidator<NoControlCharacters, CharSequence> {
  /** Creates the validator (called by the Bean Validation provider). */
  public NoControlCharactersValidator() {}

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    return value == null || Violations.report(context, TextRules.controlCharacter(value));
  }
}
