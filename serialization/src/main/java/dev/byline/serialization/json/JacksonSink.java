package dev.byline.serialization.json;

import dev.byline.json.internal.JsonProperty;
import dev.byline.json.internal.TokenSink;
import java.util.Arrays;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.io.SerializedString;

/** Jackson 3's generator as the format writer's token sink. */
final class JacksonSink implements TokenSink {
  /** The format's property names, each encoded once. */
  private static final SerializedString[] NAMES =
      Arrays.stream(JsonProperty.values()).map(p -> new SerializedString(p.text())).toArray(SerializedString[]::new);

  private final JsonGenerator g;

  JacksonSink(JsonGenerator g) {
    this.g = g;
  }

  @Override
  public void startObject() {
    g.writeStartObject();
  }

  @Override
  public void endObject() {
    g.writeEndObject();
  }

  @Override
  public void startArray() {
    g.writeStartArray();
  }

  @Override
  public void endArray() {
    g.writeEndArray();
  }

  @Override
  public void name(JsonProperty name) {
    g.writeName(NAMES[name.ordinal()]);
  }

  @Override
  public void string(String value) {
    g.writeString(value);
  }

  @Override
  public void string(char[] text, int offset, int length) {
    g.writeString(text, offset, length);
  }

  @Override
  public void number(int value) {
    g.writeNumber(value);
  }

  @Override
  public void bool(boolean value) {
    g.writeBoolean(value);
  }
}
