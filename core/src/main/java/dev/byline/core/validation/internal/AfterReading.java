package dev.byline.core.validation.internal;

import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import java.util.Objects;

/**
 * Validation of a value that one of Byline's readers has just built, told which
 * {@link TextKinds kinds of character} the reader saw in the strings it read: the walk then skips
 * the scans of each text that could find nothing, and reports exactly what
 * {@link ArticleValidator#validate} reports. This is how the JSON reader validates as it reads: it
 * records the kinds in the one pass it makes over every string anyway.
 *
 * <p>Internal: {@link ArticleValidator} installs the hook when its class is initialised, which
 * happens before any caller can hold a validator.
 */
public final class AfterReading {
  /** Validates a value with the kinds of character its strings hold. */
  @FunctionalInterface
  public interface Hook {
    /**
     * Validates {@code value}.
     *
     * @param validator the validator
     * @param value the value; a Byline model value
     * @param kinds the kinds of character in every string of {@code value} ({@link TextKinds})
     * @return the report, the same as {@link ArticleValidator#validate}'s
     */
    ValidationReport validate(ArticleValidator validator, Object value, int kinds);
  }

  private static volatile Hook hook;

  private AfterReading() {}

  /**
   * Installs the hook; only {@link ArticleValidator} does, once.
   *
   * @param h the hook
   * @throws IllegalStateException if one is installed already
   */
  public static synchronized void install(Hook h) {
    if (hook != null) {
      throw new IllegalStateException("installed already");
    }
    hook = Objects.requireNonNull(h, "hook");
  }

  /**
   * Validates {@code value}, a value just read whose strings hold only the kinds of character in
   * {@code kinds}.
   *
   * @param validator the validator; not {@code null}
   * @param value the value; a Byline model value
   * @param kinds the kinds of character found in every string the reader read for {@code value}
   *     ({@link TextKinds}); {@link TextKinds#ALL} when unknown
   * @return the report
   */
  public static ValidationReport validate(ArticleValidator validator, Object value, int kinds) {
    return hook.validate(validator, value, kinds);
  }
}
