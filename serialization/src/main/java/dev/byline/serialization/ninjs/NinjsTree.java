package dev.byline.serialization.ninjs;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a ninjs document into a tree within {@link Ninjs}'s limits, refusing duplicate keys, and
 * finds the line and column of a JSON Pointer in the text (only when an error is reported, so reading
 * pays nothing for it).
 */
final class NinjsTree {
  static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(Ninjs.MAX_DOCUMENT_LENGTH)
          .maxStringLength(Ninjs.MAX_DOCUMENT_LENGTH)
          .maxNestingDepth(Ninjs.MAX_NESTING_DEPTH)
          .maxNameLength(Ninjs.MAX_NAME_LENGTH)
          .maxNumberLength(Ninjs.MAX_NUMBER_LENGTH)
          .build())
      .build()).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private NinjsTree() {}

  /** The document as an object tree; every failure as a {@link NinjsException} with its place. */
  static ObjectNode parse(String json) {
    JsonNode root;
    try (JsonParser p = MAPPER.createParser(json)) {
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new NinjsException(NinjsException.Kind.NOT_JSON, "", 1, 1, "the document is empty");
        }
        TokenStreamLocation start = p.currentTokenLocation();
        root = value(p, first);
        if (p.nextToken() != null) {
          TokenStreamLocation at = p.currentTokenLocation();
          throw new NinjsException(NinjsException.Kind.NOT_JSON, "", line(at), column(at),
              "content after the end of the document");
        }
        if (!root.isObject()) {
          throw new NinjsException(NinjsException.Kind.NOT_AN_OBJECT, "", line(start), column(start),
              "a ninjs document is a JSON object, found " + NinjsReader.describe(root));
        }
      } catch (StreamConstraintsException e) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new NinjsException(NinjsException.Kind.LIMIT_EXCEEDED, "", line(at), column(at), e.getOriginalMessage());
      } catch (JacksonException e) {
        TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw new NinjsException(NinjsException.Kind.NOT_JSON, "", line(at), column(at), "not JSON: " + e.getOriginalMessage());
      }
    }
    return (ObjectNode) root;
  }

  private static JsonNode value(JsonParser p, JsonToken t) {
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        for (JsonToken n = p.nextToken(); n == JsonToken.PROPERTY_NAME; n = p.nextToken()) {
          String name = p.currentName();
          if (o.has(name)) {
            TokenStreamLocation at = p.currentTokenLocation();
            throw new NinjsException(NinjsException.Kind.DUPLICATE_PROPERTY, p.streamReadContext().pathAsPointer().toString(),
                line(at), column(at), "the property \"" + name + "\" appears twice");
          }
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          a.add(value(p, n));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.stringNode(p.getString());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      default -> {
        return NODES.nullNode();
      }
    }
  }

  /**
   * The line and column (from 1) where the value at {@code pointer} starts in {@code json}, which
   * {@link #parse(String)} has read — or, with {@code key}, where the key of that property starts;
   * {@code {1, 1}} for the document itself.
   */
  static int[] locate(String json, String pointer, boolean key) {
    if (pointer.isEmpty()) {
      return new int[] {1, 1};
    }
    try (JsonParser p = MAPPER.createParser(json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        boolean candidate = key ? t == JsonToken.PROPERTY_NAME
            : t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY;
        if (candidate && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
          TokenStreamLocation at = p.currentTokenLocation();
          return new int[] {line(at), column(at)};
        }
      }
    }
    throw new IllegalStateException("no value at " + pointer + " in a document that was read");
  }

  private static int line(TokenStreamLocation at) {
    return at == null ? 1 : Math.max(1, at.getLineNr());
  }

  private static int column(TokenStreamLocation at) {
    return at == null ? 1 : Math.max(1, at.getColumnNr());
  }
}
