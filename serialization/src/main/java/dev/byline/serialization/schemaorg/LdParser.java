package dev.byline.serialization.schemaorg;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;

/**
 * Reads the JSON of a JSON-LD block into {@link Ld} values. Strict JSON first; a block that is not
 * strict JSON is read again with the leniencies pages need (raw control characters in strings,
 * comments, single quotes, trailing commas), with a note. A key repeated in one object keeps its last
 * value, as browsers' {@code JSON.parse} does, with a note. Linear in the length of the block.
 */
final class LdParser {
  /** Deepest nesting of arrays and objects in a block. */
  static final int MAX_NESTING_DEPTH = 64;

  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(MAX_NESTING_DEPTH)
      .maxStringLength(Integer.MAX_VALUE)
      .maxNameLength(100_000)
      .maxNumberLength(1_000)
      .build();

  private static final JsonFactory STRICT = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private static final JsonFactory LENIENT = JsonFactory.builder().streamReadConstraints(CONSTRAINTS)
      .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  /** Why a block could not be read; the message names the line and column. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final Notes notes;
  private final int block;

  private LdParser(Notes notes, int block) {
    this.notes = notes;
    this.block = block;
  }

  /**
   * Reads one block.
   *
   * @param json the block's text
   * @param block its 1-based number in a page, 0 for a block read on its own
   * @param notes where duplicate keys and leniency are noted
   */
  static Ld parse(String json, int block, Notes notes) throws Failure {
    Notes strictNotes = new Notes();
    try {
      Ld root = new LdParser(strictNotes, block).read(STRICT, json);
      notes.list.addAll(strictNotes.list);
      return root;
    } catch (JacksonException strict) {
      if (strict instanceof StreamConstraintsException) {
        throw new Failure(describe(strict), strict);
      }
      try {
        Ld root = new LdParser(notes, block).read(LENIENT, json);
        notes.add(SchemaOrgNote.Kind.JSON, block > 0 ? "JSON-LD block " + block : "/", null,
            "not strict JSON (" + describe(strict) + "); read with the leniencies of web pages: raw control "
                + "characters in strings, comments, single quotes, trailing commas");
        return root;
      } catch (JacksonException lenient) {
        throw new Failure(describe(strict), strict);
      }
    }
  }

  private static String describe(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    int cut = message == null ? -1 : message.indexOf('\n');
    String first = message == null ? "unreadable" : cut < 0 ? message : message.substring(0, cut);
    return at == null || at.getLineNr() < 0 ? first : first + " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private Ld read(JsonFactory factory, String json) {
    try (JsonParser p = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new tools.jackson.core.exc.StreamReadException(p, "no JSON value in the block");
      }
      Ld root = value(p, first, null, null, -1);
      if (p.nextToken() != null) {
        throw new tools.jackson.core.exc.StreamReadException(p, "content after the end of the JSON value");
      }
      return root;
    }
  }

  private Ld value(JsonParser p, JsonToken t, Ld parent, String key, int index) {
    switch (t) {
      case START_OBJECT -> {
        Ld o = new Ld(Ld.Type.OBJECT, null, parent, key, index, block);
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          Ld v = value(p, p.nextToken(), o, name, -1);
          if (o.put(name, v) != null) {
            notes.add(SchemaOrgNote.Kind.JSON, o.where(name), null,
                "the key appears more than once in the object; the last value is used, as a browser's JSON.parse does");
          }
        }
        return o;
      }
      case START_ARRAY -> {
        Ld a = new Ld(Ld.Type.ARRAY, null, parent, key, index, block);
        int i = 0;
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          a.add(value(p, n, a, null, i++));
        }
        return a;
      }
      case VALUE_STRING -> {
        return new Ld(Ld.Type.STRING, p.getString(), parent, key, index, block);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Ld(Ld.Type.NUMBER, p.getText(), parent, key, index, block);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Ld(Ld.Type.BOOLEAN, p.getText(), parent, key, index, block);
      }
      case VALUE_NULL -> {
        return new Ld(Ld.Type.NULL, null, parent, key, index, block);
      }
      default -> throw new tools.jackson.core.exc.StreamReadException(p, "unexpected token " + t);
    }
  }
}
