package dev.byline.serialization.text;

/**
 * Thrown by {@link ArticleText#read(String)} when a text is not in the article layout at all; says
 * why and on which line (from 1).
 */
public final class ArticleTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the text cannot be read. */
  public enum Kind {
    /** Nothing but white space (and perhaps a byte-order mark): there is no headline. */
    EMPTY_TEXT,
    /**
     * Lines end in more than one way — {@code \r\n}, a lone {@code \n}, a lone {@code \r} — and the
     * layout keeps one line separator; the line is the first that ends otherwise than the first line.
     */
    MIXED_LINE_ENDINGS,
    /**
     * Two blank lines in a row, a blank line at the start or at the end (after the one final line
     * break kept in the layout), or a block of nothing but white space: blocks are separated by exactly
     * one blank line. A line of white space inside a block is text.
     */
    IRREGULAR_BLANK_LINES,
    /** The first block has more than one line: a headline is one line. */
    MULTI_LINE_HEADLINE
  }

  /** Why the text cannot be read. */
  private final Kind kind;

  /** The line, from 1. */
  private final int line;

  ArticleTextException(Kind kind, int line, String message) {
    super(message + " (line " + line + ") [" + kind + "]");
    this.kind = kind;
    this.line = line;
  }

  /**
   * Why.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * The line where the problem is, from 1.
   *
   * @return the line number
   */
  public int getLine() {
    return line;
  }
}
