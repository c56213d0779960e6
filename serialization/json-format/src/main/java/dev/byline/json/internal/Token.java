package dev.byline.json.internal;

/** The tokens of a JSON document, as a {@link TokenSource} reports them. */
public enum Token {
  /** The start of an object. */
  START_OBJECT,
  /** The end of an object. */
  END_OBJECT,
  /** The start of an array. */
  START_ARRAY,
  /** The end of an array. */
  END_ARRAY,
  /** A property name. */
  NAME,
  /** A string value. */
  STRING,
  /** A whole number. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** Anything else a binary format may carry (embedded binary data, for example). */
  OTHER
}
