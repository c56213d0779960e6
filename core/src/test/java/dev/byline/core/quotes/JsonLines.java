package dev.byline.core.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough JSON for the annotated corpus (one object per line): objects, arrays, strings with
 * every escape, numbers, booleans and null. Core may not depend on Jackson, so the test reads the
 * few fields it needs with this; a malformed line fails with its line and offset.
 */
final class JsonLines {
  private final String text;
  private final int line;
  private int at;

  private JsonLines(String text, int line) {
    this.text = text;
    this.line = line;
  }

  /** Parses every non-blank line of {@code content} as one JSON value. */
  static List<Object> parse(String content) {
    List<Object> out = new ArrayList<>();
    String[] lines = content.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        JsonLines p = new JsonLines(lines[i], i + 1);
        Object value = p.value();
        p.space();
        if (p.at != p.text.length()) {
          throw p.error("text after the value");
        }
        out.add(value);
      }
    }
    return out;
  }

  private Object value() {
    space();
    if (at >= text.length()) {
      throw error("value expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return word("true", Boolean.TRUE);
      case 'f':
        return word("false", Boolean.FALSE);
      case 'n':
        return word("null", null);
      default:
        return number();
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> out = new LinkedHashMap<>();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return out;
    }
    while (true) {
      space();
      String key = string();
      space();
      expect(':');
      out.put(key, value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return out;
      }
    }
  }

  private List<Object> array() {
    List<Object> out = new ArrayList<>();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return out;
    }
    while (true) {
      out.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return out;
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = text.charAt(at++);
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        }
        default -> b.append(e); // \" \\ \/
      }
    }
  }

  private Object number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (start == at) {
      throw error("unexpected character");
    }
    String n = text.substring(start, at);
    return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
  }

  private Object word(String w, Object value) {
    if (!text.startsWith(w, at)) {
      throw error("unexpected word");
    }
    at += w.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("'" + c + "' expected");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("line " + line + ", offset " + at + ": " + what);
  }
}
