package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.io.IOException;

/**
 * A well-formed JSON document that the Jackson 2 {@link BylineJsonModule} could not read as a Byline
 * value — an unknown, duplicate, missing or null property, a wrong JSON type, an unknown word, an
 * invalid value, an unsupported format version, a value where an object belongs — as Jackson 2's
 * {@code JsonMappingException} (not an {@code InvalidDefinitionException}), so that a web framework
 * answers 400 Bad Request. It carries the {@link ArticleJsonException} (also as its cause) with the
 * kind, JSON Pointer, line and column.
 */
public final class BylineJsonMappingException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, and where. */
  private final ArticleJsonException error;

  private BylineJsonMappingException(JsonParser parser, ArticleJsonException error) {
    super(parser, error.getMessage(), error);
    this._location = location(error);
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

  static JsonLocation location(ArticleJsonException error) {
    return new JsonLocation(ContentReference.unknown(), -1L, error.getLine(), error.getColumn());
  }

  /**
   * The Jackson 2 exception for a Byline reading error: a parse exception for syntax and limits,
   * the original {@link IOException} for a failing stream, a mapping exception for the rest.
   */
  static IOException of(JsonParser parser, ArticleJsonException error) {
    if (error.getKind() == Kind.IO_ERROR && error.getCause() instanceof IOException io) {
      return io;
    }
    if (error.getKind() == Kind.MALFORMED_JSON || error.getKind() == Kind.LIMIT_EXCEEDED) {
      return new BylineJsonParseException(parser, error);
    }
    return new BylineJsonMappingException(parser, error);
  }
}
