package dev.byline.serialization.schemaorg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One JSON value of a JSON-LD block, with its place in the block (parent, key or index), so that a
 * note can say where a value was found as a JSON Pointer, and with the keys the import has read, so
 * that it can say which were not carried over.
 */
final class Ld {
  enum Type { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  final Type type;
  /** The text of a string, or the literal of a number or boolean; {@code null} for the others. */
  final String text;
  final Ld parent;
  /** The key in the parent object, or {@code null} in an array or at the top. */
  final String key;
  /** The index in the parent array, or -1. */
  final int index;
  /** The 1-based number of the block in the page, or 0 for a block read on its own. */
  final int block;
  private Map<String, Ld> fields;
  private List<Ld> items;
  private Set<String> read;

  Ld(Type type, String text, Ld parent, String key, int index, int block) {
    this.type = type;
    this.text = text;
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.block = block;
    if (type == Type.OBJECT) {
      fields = new LinkedHashMap<>();
    } else if (type == Type.ARRAY) {
      items = new ArrayList<>();
    }
  }

  boolean isObject() {
    return type == Type.OBJECT;
  }

  boolean isArray() {
    return type == Type.ARRAY;
  }

  boolean isString() {
    return type == Type.STRING;
  }

  /** Puts a member; returns the value it replaces (a duplicate key), or {@code null}. */
  Ld put(String name, Ld value) {
    return fields.put(name, value);
  }

  void add(Ld value) {
    items.add(value);
  }

  /** A member of an object, marked as read; {@code null} when absent or when this is not an object. */
  Ld get(String name) {
    if (fields == null) {
      return null;
    }
    Ld v = fields.get(name);
    if (v != null) {
      markRead(name);
    }
    return v;
  }

  /** A member without marking it read (for looking at types and identifiers). */
  Ld peek(String name) {
    return fields == null ? null : fields.get(name);
  }

  void markRead(String name) {
    if (read == null) {
      read = new HashSet<>();
    }
    read.add(name);
  }

  boolean wasRead(String name) {
    return read != null && read.contains(name);
  }

  Map<String, Ld> fields() {
    return fields == null ? Collections.emptyMap() : fields;
  }

  List<Ld> items() {
    return items == null ? Collections.emptyList() : items;
  }

  int size() {
    return fields != null ? fields.size() : items != null ? items.size() : 0;
  }

  /** The string of a member that is a string, or {@code null}. */
  String string(String name) {
    Ld v = peek(name);
    return v != null && v.isString() ? v.text : null;
  }

  /** An RFC 6901 JSON Pointer to this value within its block. */
  String pointer() {
    List<String> parts = new ArrayList<>();
    for (Ld n = this; n.parent != null; n = n.parent) {
      parts.add(n.key != null ? escape(n.key) : Integer.toString(n.index));
    }
    StringBuilder out = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append('/').append(parts.get(i));
    }
    return out.toString();
  }

  /** Where this value is, for a note: its pointer, prefixed with the block number in a page. */
  String where() {
    String p = pointer();
    return block > 0 ? "JSON-LD block " + block + " " + (p.isEmpty() ? "/" : p) : (p.isEmpty() ? "/" : p);
  }

  /** Where a member of this object is. */
  String where(String name) {
    String p = pointer() + "/" + escape(name);
    return block > 0 ? "JSON-LD block " + block + " " + p : p;
  }

  private static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }
}
