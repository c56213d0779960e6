package dev.byline.core.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything wrong with a validated value, all at once: an immutable list of {@link Violation}s in a
 * stable order (by path, then code, then message), empty when the value is valid.
 *
 * <p>Immutable and thread-safe; equal when the violations are equal.
 */
public final class ValidationReport {
  private final List<Violation> violations;

  ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * Tells whether there is nothing to report.
   *
   * @return {@code true} when there are no violations
   */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * The violations, sorted by path, then code, then message.
   *
   * @return an unmodifiable list, empty when the value is valid
   */
  public List<Violation> getViolations() {
    return violations;
  }

  /**
   * The codes of all violations, in order, for quick checks.
   *
   * @return an unmodifiable list of codes
   */
  public List<String> getCodes() {
    return violations.stream().map(Violation::getCode).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && violations.equals(r.violations);
  }

  @Override
  public int hashCode() {
    return Objects.hash(violations);
  }

  /**
   * Returns "valid" or one line per violation.
   *
   * @return the report for people
   */
  @Override
  public String toString() {
    if (isValid()) {
      return "valid";
    }
    return violations.size()
        + (violations.size() == 1 ? " violation:" : " violations:")
        + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining());
  }
}
