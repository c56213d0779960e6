package dev.byline.json.internal;

/**
 * A JSON token writer, as a binding adapts its JSON library's generator to it for the format's
 * one writer. A failure of the underlying output is thrown as the binding's own unchecked
 * exception.
 */
public interface TokenSink {
  /** Writes the start of an object. */
  void startObject();

  /** Writes the end of an object. */
  void endObject();

  /** Writes the start of an array. */
  void startArray();

  /** Writes the end of an array. */
  void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name
   */
  void name(JsonProperty name);

  /**
   * Writes a string value.
   *
   * @param value the text
   */
  void string(String value);

  /**
   * Writes a string value held in part of a character array, as {@link #string(String)} writes the
   * same text.
   *
   * @param text the characters
   * @param offset where the value starts
   * @param length how many characters it has
   */
  void string(char[] text, int offset, int length);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  void number(int value);

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   */
  void bool(boolean value);
}
