package dev.byline.serialization.schemaorg;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing the schema.org import did beyond copying a value: what it is about, where the value was
 * in the input, and why.
 *
 * <p>{@link #getWhere()} names the place in the input: a JSON Pointer into the JSON-LD block
 * ({@code /image/0/caption}), prefixed with the block's number when the block came from a page
 * ({@code JSON-LD block 2 /author/0/name}), or a page's meta tag
 * ({@code <meta property="og:title">}). {@link #getValue()} holds the input text concerned, shortened
 * to 200 characters.
 *
 * <p>Immutable and thread-safe; equal when kind, place, value and message are equal.
 */
public final class SchemaOrgNote {
  /** What kind of thing the import did. */
  public enum Kind {
    /**
     * Text changed by the documented HTML-to-text rule (markup removed, character references
     * decoded, a line break in a one-line field joined, a blank-looking paragraph dropped, a control
     * character removed).
     */
    TEXT_CHANGED,
    /**
     * A value read under an assumption the note states: a date without a zone given the offset of
     * another date of the page, {@code name} used as the headline, an image's {@code description}
     * used as its caption, a language tag written with an underscore.
     */
    ASSUMED,
    /**
     * A value for which Byline's model has a place, left out because it cannot be read (a date, a
     * web address, a language tag) or because it would make the article invalid (too long, modified
     * before published, a duplicate); the message says which.
     */
    LEFT_OUT,
    /** A property Byline's model has no place for (schema.org {@code wordCount}, {@code logo}, …). */
    NOT_CARRIED_OVER,
    /**
     * Something about the JSON itself: a key repeated in one object (the last value is used), a
     * block that is not strict JSON read leniently, a block that is not JSON at all.
     */
    JSON
  }

  private static final int MAX_VALUE_CHARS = 200;

  private final Kind kind;
  private final String where;
  private final String value;
  private final String message;

  SchemaOrgNote(Kind kind, String where, String value, String message) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.where = Objects.requireNonNull(where, "where");
    this.value = value == null ? null : shorten(value);
    this.message = Objects.requireNonNull(message, "message");
  }

  private static String shorten(String s) {
    if (s.length() <= MAX_VALUE_CHARS) {
      return s;
    }
    int end = MAX_VALUE_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /**
   * What kind of thing the import did.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Where the value was in the input: a JSON Pointer into the block, with the block's number in a
   * page, or a meta tag.
   *
   * @return the place
   */
  public String getWhere() {
    return where;
  }

  /**
   * The input text concerned, at most 200 characters (longer text is cut and ends with "…").
   *
   * @return the text, if the note is about one value
   */
  public Optional<String> getValue() {
    return Optional.ofNullable(value);
  }

  /**
   * Why, in words: "not a date with a time of day: left out".
   *
   * @return the message
   */
  public String getMessage() {
    return message;
  }

  /**
   * The note on one line: {@code where: message ("value") [KIND]}.
   *
   * @return the note as text
   */
  @Override
  public String toString() {
    return where + ": " + message + (value == null ? "" : " (\"" + value + "\")") + " [" + kind + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SchemaOrgNote n && kind == n.kind && where.equals(n.where)
        && Objects.equals(value, n.value) && message.equals(n.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, where, value, message);
  }
}
