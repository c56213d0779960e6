package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;

/**
 * A Byline JSON document that the Jackson 2 {@link BylineJsonModule} could not read because of its
 * syntax or a limit — kinds {@link Kind#MALFORMED_JSON} and {@link Kind#LIMIT_EXCEEDED} — as
 * Jackson 2's parse exception, a {@code JsonProcessingException}, so that a web framework answers
 * 400 Bad Request. It carries the {@link ArticleJsonException} (also as its cause) with the kind,
 * JSON Pointer, line and column.
 */
public final class BylineJsonParseException extends JsonParseException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, and where. */
  private final ArticleJsonException error;

  BylineJsonParseException(JsonParser parser, ArticleJsonException error) {
    super(parser, error.getMessage(), BylineJsonMappingException.location(error), error);
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
