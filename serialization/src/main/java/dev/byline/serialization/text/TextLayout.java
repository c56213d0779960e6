package dev.byline.serialization.text;

import java.util.Objects;

/**
 * The bytes around an article's text that the article itself does not hold: the line separator, a
 * final line break, a byte-order mark, and how the tags line is written. {@link
 * ArticleText#read(String)} reports them, and {@link ArticleText#write(dev.byline.Article, TextLayout)}
 * puts them back, so a text is written back exactly as it was read.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextLayout {
  /**
   * {@code \n}, no final line break, no byte-order mark, tag labels separated by spaces and no tags
   * line for an article without tags — the seed article's layout.
   */
  public static final TextLayout DEFAULT = new TextLayout("\n", false, false, TagSeparator.SPACE, false);

  /** How the labels on the tags line are separated. */
  public enum TagSeparator {
    /**
     * By a single space, as in the seed ({@code Tags Jens Stoltenberg Post-Soviet conflicts}): the
     * reader finds where one label ends (see {@link ArticleText}). The writer falls back to
     * {@link #BAR} for labels the reader would not find again this way.
     */
    SPACE,
    /**
     * By {@code " | "} ({@code Tags climate change | energy}): every label comes back as written.
     * A reader takes a tags line holding {@code " | "} this way.
     */
    BAR
  }

  private final String lineSeparator;
  private final boolean finalLineBreak;
  private final boolean byteOrderMark;
  private final TagSeparator tagSeparator;
  private final boolean emptyTagsLine;

  private TextLayout(String lineSeparator, boolean finalLineBreak, boolean byteOrderMark, TagSeparator tagSeparator,
      boolean emptyTagsLine) {
    this.lineSeparator = lineSeparator;
    this.finalLineBreak = finalLineBreak;
    this.byteOrderMark = byteOrderMark;
    this.tagSeparator = tagSeparator;
    this.emptyTagsLine = emptyTagsLine;
  }

  /**
   * A layout with tag labels separated by spaces and no tags line for an article without tags.
   *
   * @param lineSeparator {@code "\n"}, {@code "\r\n"} or {@code "\r"}
   * @param finalLineBreak whether the text ends with a line separator
   * @param byteOrderMark whether the text starts with {@code U+FEFF}
   * @return the layout
   * @throws IllegalArgumentException for another separator
   */
  public static TextLayout of(String lineSeparator, boolean finalLineBreak, boolean byteOrderMark) {
    Objects.requireNonNull(lineSeparator, "lineSeparator");
    if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n") && !lineSeparator.equals("\r")) {
      throw new IllegalArgumentException("line separator must be \\n, \\r\\n or \\r");
    }
    return new TextLayout(lineSeparator, finalLineBreak, byteOrderMark, TagSeparator.SPACE, false);
  }

  /**
   * This layout with another separator between tag labels.
   *
   * @param separator the separator; not {@code null}
   * @return the layout
   */
  public TextLayout withTagSeparator(TagSeparator separator) {
    Objects.requireNonNull(separator, "separator");
    return new TextLayout(lineSeparator, finalLineBreak, byteOrderMark, separator, emptyTagsLine);
  }

  /**
   * This layout, with or without a tags line (the word {@code Tags} alone) for an article that has
   * no tags.
   *
   * @param emptyTagsLine whether to write the word {@code Tags} alone when there are no tags
   * @return the layout
   */
  public TextLayout withEmptyTagsLine(boolean emptyTagsLine) {
    return new TextLayout(lineSeparator, finalLineBreak, byteOrderMark, tagSeparator, emptyTagsLine);
  }

  /**
   * The line separator.
   *
   * @return {@code "\n"}, {@code "\r\n"} or {@code "\r"}
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

  /**
   * How the labels on the tags line are separated.
   *
   * @return the separator
   */
  public TagSeparator getTagSeparator() {
    return tagSeparator;
  }

  /**
   * Whether the text has a tags line (the word {@code Tags} alone) although its article has no tags.
   * The writer also writes one, whatever this says, where the reader would otherwise take the last
   * paragraph for the tags line or the notice, or would not find the notice.
   *
   * @return {@code true} when an empty tags line is written for an article without tags
   */
  public boolean hasEmptyTagsLine() {
    return emptyTagsLine;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TextLayout l && lineSeparator.equals(l.lineSeparator)
        && finalLineBreak == l.finalLineBreak && byteOrderMark == l.byteOrderMark
        && tagSeparator == l.tagSeparator && emptyTagsLine == l.emptyTagsLine;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineSeparator, finalLineBreak, byteOrderMark, tagSeparator, emptyTagsLine);
  }

  /**
   * Returns, for example, {@code TextLayout[\r\n, final line break, BOM, tags separated by " | "]}.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    String separator = switch (lineSeparator) {
      case "\n" -> "\\n";
      case "\r\n" -> "\\r\\n";
      default -> "\\r";
    };
    return "TextLayout[" + separator + (finalLineBreak ? ", final line break" : "") + (byteOrderMark ? ", BOM" : "")
        + (tagSeparator == TagSeparator.BAR ? ", tags separated by \" | \"" : "")
        + (emptyTagsLine ? ", empty tags line" : "") + "]";
  }
}
