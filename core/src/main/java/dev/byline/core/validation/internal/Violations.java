package dev.byline.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Helpers every Byline constraint validator uses to report a violation: a fixed message template
 * (never a user's text), named message parameters (which Hibernate Validator inserts literally, never
 * evaluated), and the offending value as the dynamic payload so that the report can show it.
 */
final class Violations {
  private Violations() {}

  /**
   * Starts a custom violation with {@code template}; replaces the default one.
   *
   * @param context the validator context
   * @param offending the offending value, shown (truncated) in the report
   * @return the Hibernate context, to add parameters and nodes to
   */
  static HibernateConstraintValidatorContext start(
      ConstraintValidatorContext context, Object offending) {
    HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
    h.disableDefaultConstraintViolation();
    h.withDynamicPayload(offending);
    return h;
  }

  /** Describes a code point as {@code U+0007}. */
  static String codePoint(int cp) {
    return String.format("U+%04X", cp);
  }
}
