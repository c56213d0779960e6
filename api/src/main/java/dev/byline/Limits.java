package dev.byline;

/**
 * The documented size limits of Byline's model, enforced by validation (Bean Validation
 * {@code @Size} on the getters) and by the readers in {@code byline-serialization}.
 *
 * <p>Lengths count UTF-16 {@code char}s, as {@link String#length()} and {@code @Size} do. The numbers
 * are generous for real news (the longest headlines run to a few hundred characters, long reads to a
 * few hundred paragraphs) and small enough that a hostile document cannot exhaust memory.
 */
public final class Limits {
  /** Longest headline or subheadline: {@value} chars. */
  public static final int HEADLINE_MAX_LENGTH = 1_000;

  /**
   * Longest short text — a name, title, label, cue, credit line, section or dateline: {@value}
   * chars.
   */
  public static final int SHORT_TEXT_MAX_LENGTH = 1_000;

  /**
   * Longest medium text — a caption, alternative text, attribution context, rights notice or usage
   * terms: {@value} chars.
   */
  public static final int MEDIUM_TEXT_MAX_LENGTH = 10_000;

  /** Longest body paragraph or quotation: {@value} chars. */
  public static final int PARAGRAPH_MAX_LENGTH = 100_000;

  /** Most body paragraphs in one article: {@value}. */
  public static final int MAX_PARAGRAPHS = 100_000;

  /** Most quotations in one article: {@value}. */
  public static final int MAX_QUOTES = 100_000;

  /** Most contributors, media items or tags in one article, each: {@value}. */
  public static final int MAX_ITEMS = 10_000;

  /**
   * Earliest year a rights notice may name: {@value}, when the first printed newspapers appeared.
   * A year before it is a typing error, not history.
   */
  public static final int EARLIEST_YEAR = 1600;

  private Limits() {}
}
