package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import dev.byline.json.internal.JsonProperty;
import dev.byline.json.internal.TokenSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Jackson 2's generator as the format writer's token sink; its {@link IOException}s travel as
 * {@link UncheckedIOException}s through the writer and are unwrapped by the callers.
 *
 * <p>Jackson 2's UTF-8 generator writes a character outside the Basic Multilingual Plane (an emoji)
 * as two escaped surrogates, unless a 2.18+ feature is on, where Jackson 3 and the format write it
 * as itself. Such a string goes out as a raw value quoted here with the escapes Jackson 3 writes
 * (quotation mark, backslash, the short escapes of backspace, tab, line feed, form feed and carriage
 * return, other control characters as four hex digits in upper case), so that both bindings write
 * the same bytes.
 */
final class JacksonSink implements TokenSink {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /** The format's property names, each encoded once. */
  private static final SerializedString[] NAMES =
      Arrays.stream(JsonProperty.values()).map(p -> new SerializedString(p.text())).toArray(SerializedString[]::new);

  private final JsonGenerator g;
  private final boolean utf8;

  JacksonSink(JsonGenerator g) {
    this.g = g;
    this.utf8 = g instanceof UTF8JsonGenerator;
  }

  @Override
  public void startObject() {
    try {
      g.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray() {
    try {
      g.writeStartArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(JsonProperty name) {
    try {
      g.writeFieldName(NAMES[name.ordinal()]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      if (utf8 && hasSurrogate(value)) {
        g.writeRawValue(quote(value));
      } else {
        g.writeString(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(char[] text, int offset, int length) {
    try {
      if (utf8 && hasSurrogate(text, offset, length)) {
        g.writeRawValue(quote(new String(text, offset, length)));
      } else {
        g.writeString(text, offset, length);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasSurrogate(char[] text, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      if (Character.isSurrogate(text[i])) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16).append('"');
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\b' -> b.append("\\b");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\f' -> b.append("\\f");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20) {
            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @Override
  public void number(int value) {
    try {
      g.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      g.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
