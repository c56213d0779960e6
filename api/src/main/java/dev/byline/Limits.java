package dev.byline;

/**
 * The documented size limits of Byline's model, enforced by validation (Bean Validation
 * {@code @Size} on the getters and Byline's own constraints) and by the readers in
 * {@code byline-serialization}: one truth, so that every article validation accepts can be written
 * and read back by every Byline format.
 *
 * <p>Lengths count UTF-16 {@code char}s, as {@link String#length()} and {@code @Size} do. The numbers
 * are generous for real news (the longest headlines run to a few hundred characters, long reads to a
 * few hundred paragraphs) and small enough that a hostile document cannot exhaust memory.
 *
 * <p>{@link #MAX_REPORTED_VIOLATIONS} bounds the other side: how much validation reports about an
 * article that breaks the same rule many times.
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

  /**
   * Latest year a date in the model may name: {@value}. Timestamps ({@code published},
   * {@code modified}) have four-digit years, 0000 to {@value}, because ISO 8601 — and every Byline
   * format — writes a year outside that range with a sign and more digits, which readers refuse; a
   * rights notice's years end no later than next year, far below this bound.
   */
  public static final int LATEST_YEAR = 9_999;

  /**
   * Longest URI — an article's identifier or URL, a media URL, a licence, a tag's scheme, an agent's
   * identifier: {@value} chars of {@link java.net.URI#toString()}. Generous for real addresses
   * (signed CDN image URLs run to about two thousand characters), far below the readers' string
   * limit.
   */
  public static final int URI_MAX_LENGTH = 8_192;

  /**
   * Most violations of one rule that validation lists one by one: {@value}. A rule is one constraint
   * at one place of the model — "a paragraph must not be blank", "tag labels are unique" — so an
   * article with 10,000 blank paragraphs gets the first {@value} of them by index, and then one
   * more violation on the list ({@code paragraphs}, code {@code paragraphs.moreViolations}) that
   * counts the rest and names the code and the index of the first one not listed. This keeps a
   * report, and the time and memory to build it, proportionate however broken the input is.
   */
  public static final int MAX_REPORTED_VIOLATIONS = 100;

  private Limits() {}
}
