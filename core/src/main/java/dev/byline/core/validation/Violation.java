package dev.byline.core.validation;

import java.util.Objects;

/**
 * One thing wrong with an article or one of its parts: where it is, a stable code, a message for
 * people and the offending value, safely printed.
 *
 * <ul>
 *   <li>{@link #getPath()}: the Java property path, {@code quotes[3].attribution.source.name};
 *   <li>{@link #getJsonPointer()}: the same place as an RFC 6901 JSON Pointer into Byline's JSON
 *       format, {@code /quotes/3/attribution/source/name};
 *   <li>{@link #getCode()}: a machine-readable code that does not change between releases: the name
 *       of the property reported on and a keyword, {@code headline.blank};
 *   <li>{@link #getMessage()}: English text from the {@code ContributorValidationMessages} bundle
 *       (a user's {@code ValidationMessages.properties} overrides it);
 *   <li>{@link #getInvalidValue()}: the offending value, at most 80 code points, with control
 *       characters escaped, so it can go into a log safely.
 * </ul>
 *
 * <p>Immutable and thread-safe; equal when all five are equal.
 */
public final class Violation {
  private final String path;
  private final String jsonPointer;
  private final String code;
  private final String message;
  private final String invalidValue;

  Violation(String path, String jsonPointer, String code, String message, String invalidValue) {
    this.path = Objects.requireNonNull(path, "path");
    this.jsonPointer = Objects.requireNonNull(jsonPointer, "jsonPointer");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.invalidValue = Objects.requireNonNull(invalidValue, "invalidValue");
  }

  /**
   * The property path, for example {@code quotes[3].location} or {@code headline}; empty for a
   * violation of the validated value as a whole.
   *
   * @return the path
   */
  public String getPath() {
    return path;
  }

  /**
   * The place as a JSON Pointer into Byline's JSON form, for example {@code /quotes/3/location}.
   *
   * @return the JSON Pointer ({@code ""} for the whole document)
   */
  public String getJsonPointer() {
    return jsonPointer;
  }

  /**
   * The stable machine-readable code: {@code <property>.<keyword>}, for example
   * {@code headline.blank}, {@code location.mismatch}, {@code label.duplicate}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * A message for people, such as "must not be blank".
   *
   * @return the interpolated message
   */
  public String getMessage() {
    return message;
  }

  /**
   * The offending value, truncated to 80 code points and with control characters escaped
   * ({@code \n}, {@code \u0007}); text values are in double quotes. A list or set that does not
   * fit ends with {@code …(N elements)}, its size.
   *
   * @return the printable value, {@code "null"} when there was none
   */
  public String getInvalidValue() {
    return invalidValue;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v
        && path.equals(v.path)
        && jsonPointer.equals(v.jsonPointer)
        && code.equals(v.code)
        && message.equals(v.message)
        && invalidValue.equals(v.invalidValue);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, jsonPointer, code, message, invalidValue);
  }

  /**
   * Returns {@code path: message [code] (value)}.
   *
   * @return one line for people
   */
  @Override
  public String toString() {
    return (path.isEmpty() ? "(value)" : path) + ": " + message + " [" + code + "] (was " + invalidValue + ")";
  }
}
