package dev.byline.serialization.text;

import java.util.Objects;

/**
 * The bytes around an article's text that the article itself does not hold: the line separator, a
 * final line break, a byte-order mark. {@link ArticleText#read(String)} reports them, and
 * {@link ArticleText#write(dev.byline.Article, TextLayout)} puts them back, so a text is written back
 * exactly as it was read.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextLayout {
  /** {@code \n}, no final line break, no byte-order mark — the seed article's layout. */
  public static final TextLayout DEFAULT = new TextLayout("\n", false, false);

  private final String lineSeparator;
  private final boolean finalLineBreak;
  private final boolean byteOrderMark;

  private TextLayout(String lineSeparator, boolean finalLineBreak, boolean byteOrderMark) {
    this.lineSeparator = lineSeparator;
    this.finalLineBreak = finalLineBreak;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * A layout.
   *
   * @param lineSeparator {@code "\n"} or {@code "\r\n"}
   * @param finalLineBreak whether the text ends with a line separator
   * @param byteOrderMark whether the text starts with {@code U+FEFF}
   * @return the layout
   * @throws IllegalArgumentException for another separator
   */
  public static TextLayout of(String lineSeparator, boolean finalLineBreak, boolean byteOrderMark) {
    Objects.requireNonNull(lineSeparator, "lineSeparator");
    if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
      throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
    }
    return new TextLayout(lineSeparator, finalLineBreak, byteOrderMark);
  }

  /**
   * The line separator.
   *
   * @return {@code "\n"} or {@code "\r\n"}
   */
  public String getLineSeparator() {
    return lineSeparator;
  }

  /**
   * Whether the text ends with a line separator.
   *
   * @return {@code true} for a final line break
   */
  public boolean hasFinalLineBreak() {
    return finalLineBreak;
  }

  /**
   * Whether the text starts with a byte-order mark ({@code U+FEFF}).
   *
   * @return {@code true} when it does
   */
  public boolean hasByteOrderMark() {
    return byteOrderMark;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextLayout l && lineSeparator.equals(l.lineSeparator)
        && finalLineBreak == l.finalLineBreak && byteOrderMark == l.byteOrderMark;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineSeparator, finalLineBreak, byteOrderMark);
  }

  /**
   * Returns, for example, {@code TextLayout[\r\n, final line break, BOM]}.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    return "TextLayout[" + (lineSeparator.equals("\n") ? "\\n" : "\\r\\n")
        + (finalLineBreak ? ", final line break" : "") + (byteOrderMark ? ", BOM" : "") + "]";
  }
}
