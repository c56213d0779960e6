package dev.byline.json.internal;

import dev.byline.json.ArticleJsonException.Kind;
import java.util.Objects;

/**
 * A failure of a binding's parser, translated by the binding into the format's terms: a kind
 * ({@link Kind#MALFORMED_JSON}, {@link Kind#DUPLICATE_PROPERTY}, {@link Kind#LIMIT_EXCEEDED} or
 * {@link Kind#IO_ERROR}), a message, and the place in the input. The reader turns it into an
 * {@link dev.byline.json.ArticleJsonException} with the JSON Pointer of that place.
 */
public final class TokenFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  private final Kind kind;

  /** The line, from 1, or -1. */
  private final int line;

  /** The column, from 1, or -1. */
  private final int column;

  /**
   * Creates the failure.
   *
   * @param kind what went wrong
   * @param message the parser's message, in one line
   * @param line the line, from 1, or -1 when unknown
   * @param column the column, from 1, or -1 when unknown
   * @param cause the parser's exception
   */
  public TokenFailure(Kind kind, String message, int line, int column, Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.line = line;
    this.column = column;
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
   * The line of the failure.
   *
   * @return the line, from 1, or -1
   */
  public int getLine() {
    return line;
  }

  /**
   * The column of the failure.
   *
   * @return the column, from 1, or -1
   */
  public int getColumn() {
    return column;
  }

  /**
   * The first line of a parser's message, without the location Jackson appends.
   *
   * @param message the parser's message, or {@code null}
   * @return the first line, or {@code "the input cannot be read"}
   */
  public static String firstLine(String message) {
    if (message == null) {
      return "the input cannot be read";
    }
    int cut = message.indexOf('\n');
    return cut < 0 ? message : message.substring(0, cut);
  }
}
