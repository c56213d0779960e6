package dev.byline.serialization.ninjs;

/**
 * Thrown when a document cannot be read as ninjs at all: it is not JSON, not an object, has a
 * duplicate key, breaks a limit, does not conform to the schema, or a property Byline maps has the
 * wrong JSON type. Says where: a JSON Pointer (RFC 6901) that resolves to an existing place in the
 * document, and the line and column there. For example:
 *
 * <pre>
 * expected a string, found a number at /headlines/1/value (line 1, column 39) [WRONG_TYPE]
 * </pre>
 */
public final class NinjsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the document cannot be read. */
  public enum Kind {
    /**
     * Not JSON: empty, a syntax error, or content after the end. The pointer is {@code ""}; the line
     * and column are where the parser stopped.
     */
    NOT_JSON,
    /** JSON, but not an object: an array, a string, a number, {@code true}, {@code false} or {@code null}. */
    NOT_AN_OBJECT,
    /**
     * A key appears twice in one object, or two spellings of one property Byline maps
     * ({@code versionCreated} and {@code versioncreated}) appear together; the pointer names the
     * property, the line and column its second appearance.
     */
    DUPLICATE_PROPERTY,
    /** A limit of {@link Ninjs} (document length, nesting, name or number length) is exceeded. */
    LIMIT_EXCEEDED,
    /** The caller's schema check ({@link Ninjs#read(String, NinjsSchemaCheck)}) found problems. */
    NOT_CONFORMING,
    /** A property Byline maps has another JSON type than ninjs gives it. */
    WRONG_TYPE
  }

  /** Why. */
  private final Kind kind;

  /** Where, as a JSON Pointer. */
  private final String pointer;

  /** The line, from 1. */
  private final int line;

  /** The column, from 1. */
  private final int column;

  NinjsException(Kind kind, String pointer, int line, int column, String message) {
    super(message + " at " + (pointer.isEmpty() ? "the document" : pointer) + " (line " + line + ", column " + column + ") ["
        + kind + "]");
    this.kind = kind;
    this.pointer = pointer;
    this.line = line;
    this.column = column;
  }

  /**
   * Why the document cannot be read.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Where: a JSON Pointer into the document that resolves to the value at fault (for a duplicate,
   * the property), {@code ""} for the document itself.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The line of the place, from 1.
   *
   * @return the line
   */
  public int getLine() {
    return line;
  }

  /**
   * The column of the place, from 1, in chars.
   *
   * @return the column
   */
  public int getColumn() {
    return column;
  }
}
