package dev.byline.serialization.json;

import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamReadException;

/**
 * A Byline JSON document that {@link BylineJsonModule} could not read because of its syntax or a
 * limit — kinds {@link Kind#MALFORMED_JSON} and {@link Kind#LIMIT_EXCEEDED} — as Jackson's
 * stream-level exception, so that a web framework answers 400 Bad Request. It carries the
 * {@link ArticleJsonException} (also as its cause) with the kind, JSON Pointer, line and column.
 */
public final class BylineStreamReadException extends StreamReadException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, and where. */
  private final ArticleJsonException error;

  BylineStreamReadException(JsonParser parser, ArticleJsonException error) {
    super(parser, error.getMessage(), BylineDatabindException.location(error), error);
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
}
