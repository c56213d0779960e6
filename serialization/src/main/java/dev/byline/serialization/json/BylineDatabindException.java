package dev.byline.serialization.json;

import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.databind.DatabindException;

/**
 * A well-formed JSON document that {@link BylineJsonModule} could not read as a Byline value — an
 * unknown, duplicate, missing or null property, a wrong JSON type, an unknown word, an invalid
 * value, an unsupported format version, a value where an object belongs — as Jackson's databind
 * exception, so that a web framework answers 400 Bad Request. It carries the
 * {@link ArticleJsonException} (also as its cause) with the kind, JSON Pointer, line and column.
 */
public final class BylineDatabindException extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, and where. */
  private final ArticleJsonException error;

  private BylineDatabindException(JsonParser parser, ArticleJsonException error) {
    super(parser, error.getMessage(), location(error), error);
    this.error = error;
  }

  /**
   * The Byline error: kind, JSON Pointer, line, column and message.
   *
   * @return the error
   */
  public ArticleJsonException getArticleJsonException() {
    return error;
  }

  /**
   * What went wrong.
   *
   * @return the kind
   */
  public Kind getKind() {
    return error.getKind();
  }

  /**
   * Where, as an RFC 6901 JSON Pointer into the document being read.
   *
   * @return the JSON Pointer
   */
  public String getPointer() {
    return error.getPointer();
  }

  static TokenStreamLocation location(ArticleJsonException error) {
    return new TokenStreamLocation(ContentReference.unknown(), -1L, error.getLine(), error.getColumn());
  }

  /**
   * The Jackson exception for a Byline reading error: stream-level for syntax and limits, the
   * original I/O exception for a failing stream, databind-level for the rest.
   */
  static JacksonException of(JsonParser parser, ArticleJsonException error) {
    if (error.getKind() == Kind.IO_ERROR && error.getCause() instanceof JacksonIOException io) {
      return io;
    }
    if (error.getKind() == Kind.MALFORMED_JSON || error.getKind() == Kind.LIMIT_EXCEEDED) {
      return new BylineStreamReadException(parser, error);
    }
    return new BylineDatabindException(parser, error);
  }
}
