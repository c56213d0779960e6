package dev.byline.spark;

import java.util.Objects;

/**
 * Thrown when a Spark SQL {@code Row} cannot be read as a Byline {@code Article}: it does not have the
 * shape of {@link ArticleSchema#ARTICLE}, lacks a required value, or holds a value the model does not
 * know. {@link #getPointer()} names the offending place as a JSON Pointer (RFC 6901) into the row, in
 * the column names of {@link ArticleSchema} — the same pointer as into the Byline JSON the row was
 * loaded from, such as {@code /quotes/3/attribution/source/type}.
 */
public final class ArticleRowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the row. */
  public enum Kind {
    /** A value is not of the column's type, or a struct has the wrong number of columns. */
    WRONG_SHAPE,
    /** A required value ({@code headline}, a quotation's {@code text}, …) is {@code null}. */
    MISSING_VALUE,
    /** An array holds a {@code null} element. */
    NULL_ELEMENT,
    /** An enum word or an agent type the model does not know ({@code "partly"}). */
    UNKNOWN_VALUE,
    /** A URI, a timestamp or another value that does not parse, or that the model refuses. */
    INVALID_VALUE,
    /** The {@code formatVersion} column names a major version other than 1. */
    UNSUPPORTED_VERSION
  }

  /** What is wrong. */
  private final Kind kind;

  /** Where, as a JSON Pointer into the row. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param kind what is wrong; not {@code null}
   * @param pointer where, as a JSON Pointer ({@code ""} for the whole row); not {@code null}
   * @param message what was expected and found; not {@code null}
   */
  public ArticleRowException(Kind kind, String pointer, String message) {
    super(message + " at " + (pointer.isEmpty() ? "the row" : pointer) + " [" + kind + "]");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * What is wrong with the row.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Where the problem is: a JSON Pointer into the row, such as {@code /quotes/3/kind}; {@code ""} for
   * the whole row.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }
}
