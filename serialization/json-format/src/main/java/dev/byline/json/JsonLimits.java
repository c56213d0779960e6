package dev.byline.json;

import dev.byline.Limits;

/**
 * The limits a Byline JSON reader puts on its input, so that a hostile document fails fast with
 * {@link ArticleJsonException.Kind#LIMIT_EXCEEDED} instead of exhausting time or memory: the length
 * of the whole document, of one string, of one property name and of one number, and the depth of
 * nesting. The defaults fit every article that validation accepts.
 *
 * <p>Lengths of text count UTF-16 {@code char}s; the document length counts bytes for byte and
 * stream input, {@code char}s for text input. Immutable and thread-safe.
 */
public final class JsonLimits {
  /** Default longest document: {@value} bytes (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

  /** Default deepest nesting of objects and arrays: {@value} (the format itself needs 7). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /**
   * Default longest string: {@value} chars, ten times the longest text validation allows
   * ({@link Limits#PARAGRAPH_MAX_LENGTH}), so that every string of a valid article is read.
   */
  public static final int DEFAULT_MAX_STRING_LENGTH = 10 * Limits.PARAGRAPH_MAX_LENGTH;

  /** Default longest number: {@value} chars. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;

  /** Default longest property name: {@value} chars (the format's longest is 17). */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  /**
   * The largest name limit that can be set: {@value} chars, Jackson's own default ceiling (2.16 and
   * later, and 3), so that every binding reports a name too long in the same place.
   */
  public static final int MAX_NAME_LENGTH = 50_000;

  private static final JsonLimits DEFAULTS = new Builder().build();

  private final long maxDocumentLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxNameLength;

  private JsonLimits(Builder b) {
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxNameLength = b.maxNameLength;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The longest document: bytes for byte and stream input, {@code char}s for text input.
   *
   * @return the limit
   */
  public long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * The deepest nesting of objects and arrays.
   *
   * @return the limit
   */
  public int getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * The longest string value, in {@code char}s.
   *
   * @return the limit
   */
  public int getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * The longest number, in {@code char}s.
   *
   * @return the limit
   */
  public int getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * The longest property name, in {@code char}s.
   *
   * @return the limit
   */
  public int getMaxNameLength() {
    return maxNameLength;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonLimits l && maxDocumentLength == l.maxDocumentLength && maxNestingDepth == l.maxNestingDepth
        && maxStringLength == l.maxStringLength && maxNumberLength == l.maxNumberLength && maxNameLength == l.maxNameLength;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(maxDocumentLength, maxNestingDepth, maxStringLength, maxNumberLength, maxNameLength);
  }

  /**
   * Returns the limits in words.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    return "JsonLimits[document " + maxDocumentLength + ", nesting " + maxNestingDepth + ", string " + maxStringLength
        + ", number " + maxNumberLength + ", name " + maxNameLength + "]";
  }

  /** Sets limits, starting from the defaults. Not thread-safe; the built limits are. */
  public static final class Builder {
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;

    private Builder() {}

    /**
     * The longest document (bytes for byte and stream input, {@code char}s for text input); at
     * most {@code Integer.MAX_VALUE - 16}, the largest array the JVM holds.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive(length, Integer.MAX_VALUE - 16, "maxDocumentLength");
      return this;
    }

    /**
     * The deepest nesting of objects and arrays; the format needs 7 (an affiliation in a quotation's
     * source); a value below that refuses valid articles.
     *
     * @param depth at least 1
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = (int) positive(depth, Integer.MAX_VALUE, "maxNestingDepth");
      return this;
    }

    /**
     * The longest string value, in {@code char}s.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = (int) positive(length, Integer.MAX_VALUE, "maxStringLength");
      return this;
    }

    /**
     * The longest number, in {@code char}s.
     *
     * @param length at least 1
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = (int) positive(length, Integer.MAX_VALUE, "maxNumberLength");
      return this;
    }

    /**
     * The longest property name, in {@code char}s; the format's longest is 17.
     *
     * @param length from 1 to {@value JsonLimits#MAX_NAME_LENGTH}
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = (int) positive(length, MAX_NAME_LENGTH, "maxNameLength");
      return this;
    }

    private static long positive(long value, long max, String name) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(name + " must be between 1 and " + max + ", was " + value);
      }
      return value;
    }

    /**
     * Builds the limits.
     *
     * @return immutable limits
     */
    public JsonLimits build() {
      return new JsonLimits(this);
    }
  }
}
