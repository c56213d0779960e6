package dev.byline.core.validation;

import java.util.Objects;

/**
 * Thrown by {@link ArticleValidator#requireValid(Object)} when the value has violations; carries the
 * complete {@link ValidationReport}, and its message lists every violation.
 */
public final class ValidationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  ValidationFailedException(String what, ValidationReport report) {
    super(what + " is not valid: " + report);
    this.report = Objects.requireNonNull(report, "report");
  }

  /**
   * Everything that is wrong.
   *
   * @return the report, never valid
   */
  public ValidationReport getReport() {
    return report;
  }
}
