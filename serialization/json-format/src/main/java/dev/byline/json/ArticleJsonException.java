package dev.byline.json;

import dev.byline.core.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception Byline's JSON reader and writer throw for bad input: it says what kind of
 * problem it is, where (a JSON Pointer such as {@code /quotes/3/attribution/source/name}, and the
 * line and column in the input), and what was expected and found, in words a person understands.
 *
 * <p>No {@code NullPointerException}, JSON library exception or half-built value ever escapes a
 * facade's read: every failure is one of the {@link Kind kinds} below. The JSON library's own
 * exception, where there was one, is the {@linkplain #getCause() cause}. Through a Jackson module,
 * the same exception is the cause of a Jackson exception (see {@link #findIn(Throwable)}).
 */
public final class ArticleJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /** The input holds no JSON value at all (empty, or only white space). */
    EMPTY_INPUT,
    /** The input is not well-formed JSON: a syntax error, invalid UTF-8, an unescaped control character. */
    MALFORMED_JSON,
    /** More content follows the document's closing brace. */
    TRAILING_CONTENT,
    /** The document (its root value) is not a JSON object; a nested value of the wrong type is {@link #WRONG_TYPE}. */
    NOT_AN_OBJECT,
    /** A property the format does not define (strict mode). */
    UNKNOWN_PROPERTY,
    /** The same property twice in one object. */
    DUPLICATE_PROPERTY,
    /** {@code null} where a value is required; the format omits absent values instead. */
    NULL_VALUE,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A value of the wrong JSON type: a number for a string, a string for an array, … */
    WRONG_TYPE,
    /** A word that is not one of the allowed ones: an enum value or the agent {@code "type"}. */
    UNKNOWN_VALUE,
    /** A value of the right type that cannot be read: a malformed timestamp or URI, a lone surrogate, an out-of-range number. */
    INVALID_VALUE,
    /** The document's format version is newer than this reader understands. */
    UNSUPPORTED_VERSION,
    /** A documented limit was exceeded: document size, nesting depth, string, number or name length. */
    LIMIT_EXCEEDED,
    /** The document is well-formed but the article breaks a content rule; see {@link #getValidationReport()}. */
    INVALID_CONTENT,
    /** Reading from or writing to the stream failed. */
    IO_ERROR
  }

  /** What went wrong. */
  private final Kind kind;

  /** Where, as a JSON Pointer. */
  private final String pointer;

  /** The line, from 1, or -1. */
  private final int line;

  /** The column, from 1, or -1. */
  private final int column;
  private final transient ValidationReport report;

  /**
   * Creates the exception; Byline's readers do, applications have no need to.
   *
   * @param kind what went wrong; not {@code null}
   * @param pointer where, as a JSON Pointer ({@code ""} for the document); not {@code null}
   * @param line the line in the input, from 1, or -1 when unknown
   * @param column the column in the input, from 1, or -1 when unknown
   * @param message what was expected and found, in words
   * @param cause the JSON library's exception, or {@code null}
   * @param report the validation report for {@link Kind#INVALID_CONTENT}, else {@code null}
   */
  public ArticleJsonException(Kind kind, String pointer, int line, int column, String message, Throwable cause,
      ValidationReport report) {
    super(describe(kind, pointer, line, column, message), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
    this.report = report;
  }

  private static String describe(Kind kind, String pointer, int line, int column, String message) {
    String where = (pointer.isEmpty() ? "document" : pointer) + (line > 0 ? " (line " + line + ", column " + column + ")" : "");
    return message + " at " + where + " [" + kind + "]";
  }

  /**
   * Finds the Byline reading error in a chain of causes, for example in the exception a web
   * framework reports for a request body that a Jackson module could not read.
   *
   * @param failure any exception, or {@code null}
   * @return the first {@code ArticleJsonException} in the chain of causes, or empty
   */
  public static Optional<ArticleJsonException> findIn(Throwable failure) {
    java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof ArticleJsonException e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * What went wrong.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Where: an RFC 6901 JSON Pointer into the document, {@code ""} for the document itself.
   *
   * @return the JSON Pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The line in the input (from 1), or -1 when unknown.
   *
   * @return the line number
   */
  public int getLine() {
    return line;
  }

  /**
   * The column in the input (from 1), or -1 when unknown.
   *
   * @return the column number
   */
  public int getColumn() {
    return column;
  }

  /**
   * For {@link Kind#INVALID_CONTENT}: every violation, each with its JSON Pointer.
   *
   * @return the validation report, or empty for the other kinds
   */
  public Optional<ValidationReport> getValidationReport() {
    return Optional.ofNullable(report);
  }
}
