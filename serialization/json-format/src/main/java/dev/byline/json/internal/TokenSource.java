package dev.byline.json.internal;

/**
 * A JSON token stream, as a binding adapts its JSON library's parser to it for the format's one
 * reader. A failure of the underlying parser is thrown as a {@link TokenFailure}; the reader adds
 * where it happened as a JSON Pointer.
 */
public interface TokenSource extends AutoCloseable {
  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws TokenFailure when the input is malformed, over a limit, or cannot be read
   */
  Token next();

  /**
   * Moves to the next token, which in an object is a property name or the object's end.
   *
   * @return the name, or {@code null} when the token is not a name (the object's end)
   * @throws TokenFailure when the input is malformed, over a limit, or cannot be read
   */
  String nextName();

  /**
   * The current token.
   *
   * @return the token, or {@code null} before the first and after the last
   */
  Token current();

  /**
   * The current string value or property name.
   *
   * @return the text
   * @throws TokenFailure when the text is malformed or over a limit (parsers read it lazily)
   */
  String text();

  /**
   * Whether the current whole number fits in an {@code int}.
   *
   * @return {@code true} if it does
   * @throws TokenFailure when the number is malformed or over a limit
   */
  boolean fitsInInt();

  /**
   * The current whole number.
   *
   * @return the value
   * @throws TokenFailure when the number is malformed or over a limit
   */
  int intValue();

  /**
   * The current number as written.
   *
   * @return the number's text
   */
  String numberText();

  /**
   * The line of the current token's start.
   *
   * @return the line, from 1, or -1 when the input has no lines (binary formats)
   */
  int line();

  /**
   * The column of the current token's start.
   *
   * @return the column, from 1, or -1 when the input has no lines
   */
  int column();

  /**
   * The JSON Pointer of the current value (for a property name: of its value).
   *
   * @return the pointer, {@code ""} for the document's root value
   */
  String pointer();

  /**
   * The JSON Pointer of the innermost object or array that is open.
   *
   * @return the pointer, {@code ""} at the document's root
   */
  String containerPointer();

  /** Releases the parser; a facade closes what it opened, a module leaves the caller's parser open. */
  @Override
  void close();
}
