package dev.byline.serialization.json;

import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.internal.Token;
import dev.byline.json.internal.TokenFailure;
import dev.byline.json.internal.TokenSource;
import java.io.CharConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/** Jackson 3's parser as the format reader's token source. */
final class JacksonSource implements TokenSource {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    for (JsonToken t : JsonToken.values()) {
      TOKENS[t.ordinal()] = switch (t) {
        case START_OBJECT -> Token.START_OBJECT;
        case END_OBJECT -> Token.END_OBJECT;
        case START_ARRAY -> Token.START_ARRAY;
        case END_ARRAY -> Token.END_ARRAY;
        case PROPERTY_NAME -> Token.NAME;
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
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public String nextName() {
    try {
      return p.nextName();
    } catch (JacksonException e) {
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
      return p.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public boolean fitsInInt() {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public String numberText() {
    return p.getString();
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
    return p.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public String containerPointer() {
    TokenStreamContext parent = p.streamReadContext().getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  @Override
  public void close() {
    try {
      p.close();
    } catch (JacksonException ignored) {
      // nothing more to read
    }
  }

  /**
   * The failure in the format's terms: a syntax error where Jackson found it, a limit at the start
   * of the token that exceeds it (Jackson gives no place for those).
   */
  private TokenFailure failure(JacksonException e) {
    Kind kind;
    TokenStreamLocation at;
    if (e instanceof StreamConstraintsException) {
      kind = Kind.LIMIT_EXCEEDED;
      at = p.currentTokenLocation();
    } else if (e instanceof JacksonIOException && !(e.getCause() instanceof CharConversionException)) {
      return new TokenFailure(Kind.IO_ERROR, TokenFailure.firstLine(e.getOriginalMessage()), -1, -1, e);
    } else {
      String message = e.getOriginalMessage();
      kind = message != null && message.startsWith("Duplicate") ? Kind.DUPLICATE_PROPERTY : Kind.MALFORMED_JSON;
      at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : p.currentLocation();
    }
    return new TokenFailure(kind, TokenFailure.firstLine(e.getOriginalMessage()), at.getLineNr(), at.getColumnNr(), e);
  }
}
