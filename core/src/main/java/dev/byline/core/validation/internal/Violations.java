package dev.byline.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;

/**
 * Turns {@link Finding}s into Hibernate Validator custom violations: the finding's fixed message
 * template (never a user's text), its named parameters (which Hibernate Validator inserts literally,
 * never evaluated), the offending value as the dynamic payload so that the report can show it, and
 * the finding's place as property and element nodes.
 */
final class Violations {
  private Violations() {}

  /**
   * Reports {@code finding}, if there is one, in place of the default violation.
   *
   * @param context the validator context
   * @param finding what the rule found, or {@code null} when the value is valid
   * @return {@code true} when there was nothing to report (the value is valid)
   */
  static boolean report(ConstraintValidatorContext context, Finding finding) {
    if (finding == null) {
      return true;
    }
    add(context, finding);
    return false;
  }

  /**
   * Reports {@code finding} in place of the default violation.
   *
   * @param context the validator context
   * @param finding what the rule found
   */
  static void add(ConstraintValidatorContext context, Finding finding) {
    HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
    h.disableDefaultConstraintViolation();
    h.withDynamicPayload(finding.shown);
    Object[] p = finding.parameters;
    for (int i = 0; i < p.length; i += 2) {
      h.addMessageParameter((String) p[i], p[i + 1]);
    }
    HibernateConstraintViolationBuilder b = h.buildConstraintViolationWithTemplate(finding.template);
    if (finding.container == null && finding.leaf == null) {
      b.addConstraintViolation();
    } else if (finding.container == null && finding.index < 0) {
      b.addPropertyNode(finding.leaf).addConstraintViolation();
    } else if (finding.container == null) {
      b.addPropertyNode(finding.leaf).inIterable().atIndex(finding.index).addConstraintViolation();
    } else if (finding.leaf == null) {
      b.addPropertyNode(finding.container).addConstraintViolation();
    } else {
      b.addPropertyNode(finding.container)
          .addPropertyNode(finding.leaf)
          .inIterable()
          .atIndex(finding.index)
          .addConstraintViolation();
    }
  }
}
