package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.internal.Token;
import dev.byline.json.internal.TokenFailure;
import dev.byline.json.internal.TokenSource;
import java.io.CharConversionException;
import java.io.IOException;

/** Jackson 2's parser as the format reader's token source. */
final class JacksonSource implements TokenSource {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = switch (t) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case FIELD_NAME -> Token.NAME;
        case VALUE_STRING -> Token.STRING;
        case VALUE_NUMBER_INT -> Token.INTEGER;
        case VALUE_NUMBER_FLOAT -> Token.DECIMAL;
        case VALUE_TRUE -> Token.TRUE;
        case VALUE_FALSE -> Token.FALSE;
        case VALUE_NULL -> Token.NULL;
        default -> Token.OTHER;
      };
    }
  }

  private final JsonParser p;

  JacksonSource(JsonParser p) {
    this.p = p;
  }

  private static Token token(JsonToken t) {
    return t == null ? null : TOKENS[t.ordinal()];
  }

  @Override
  public Token next() {
    try {
      return token(p.nextToken());
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String nextName() {
    try {
      return p.nextFieldName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public Token current() {
    return token(p.currentToken());
  }

  @Override
  public String text() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean fitsInInt() {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String numberText() {
    try {
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int line() {
    return p.currentTokenLocation().getLineNr();
  }

  @Override
  public int column() {
    return p.currentTokenLocation().getColumnNr();
  }

  @Override
  public String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public String containerPointer() {
    JsonStreamContext parent = p.getParsingContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  @Override
  public void close() {
    try {
      p.close();
    } catch (IOException ignored) {
      // nothing more to read
    }
  }

  /**
   * The failure in the format's terms: a syntax error where Jackson found it (Jackson before 2.17
   * reports many of them one column further on: jackson-core issue 1173), a limit at the start of
   * the token that exceeds it (Jackson gives no place for those).
   */
  private TokenFailure failure(IOException e) {
    Kind kind;
    String message;
    JsonLocation at;
    if (e instanceof StreamConstraintsException c) {
      kind = Kind.LIMIT_EXCEEDED;
      message = c.getOriginalMessage();
      at = p.currentTokenLocation();
    } else if (e instanceof JsonProcessingException j) {
      message = j.getOriginalMessage();
      kind = message != null && message.startsWith("Duplicate") ? Kind.DUPLICATE_PROPERTY : Kind.MALFORMED_JSON;
      at = j.getLocation() != null && j.getLocation().getLineNr() > 0 ? j.getLocation() : p.currentLocation();
    } else if (e instanceof CharConversionException) {
      kind = Kind.MALFORMED_JSON;
      message = e.getMessage();
      at = p.currentLocation();
    } else {
      return new TokenFailure(Kind.IO_ERROR, TokenFailure.firstLine(e.getMessage()), -1, -1, e);
    }
    return new TokenFailure(kind, TokenFailure.firstLine(message), at.getLineNr(), at.getColumnNr(), e);
  }
}
