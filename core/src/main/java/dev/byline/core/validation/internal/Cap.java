package dev.byline.core.validation.internal;

import dev.byline.Limits;

/**
 * Counts the violations of one rule and admits the first {@link Limits#MAX_REPORTED_VIOLATIONS} of
 * them; the rest become one summary finding, {@code moreViolations}, with the count, the rule's
 * code and the index of the first one not listed. Used by the rules that find many violations in
 * one value ({@link TagLabels}, {@link QuotesInText}) and by {@link FastValidator} and
 * {@link EngineReport} for every other rule, so a summary always looks the same.
 */
final class Cap {
  private final String code;
  private int count;
  private int firstOmitted = -1;

  /**
   * Starts counting.
   *
   * @param code the code of the violations counted, {@code label.duplicate}
   */
  Cap(String code) {
    this.code = code;
  }

  /**
   * Counts one violation and tells whether to list it.
   *
   * @param index the list index of the element it lies in
   * @return {@code true} for the first {@link Limits#MAX_REPORTED_VIOLATIONS}
   */
  boolean admit(int index) {
    count++;
    if (count <= Limits.MAX_REPORTED_VIOLATIONS) {
      return true;
    }
    if (firstOmitted < 0) {
      firstOmitted = index;
    }
    return false;
  }

  /**
   * The summary of the violations not listed, placed on the validated value.
   *
   * @return the {@code moreViolations} finding, or {@code null} when every violation was listed
   */
  Finding summary() {
    return count <= Limits.MAX_REPORTED_VIOLATIONS
        ? null
        : summary(code, count - Limits.MAX_REPORTED_VIOLATIONS, firstOmitted);
  }

  /**
   * The summary finding of {@code count} violations with {@code code} not listed.
   *
   * @param code their code
   * @param count how many
   * @param index the list index of the first of them
   * @return the {@code moreViolations} finding, showing the count
   */
  static Finding summary(String code, int count, int index) {
    return Finding.of("{dev.byline.moreViolations}", count)
        .with("count", count)
        .with("code", code)
        .with("index", index);
  }
}
