package dev.byline.core.validation.internal;

import java.util.Collection;
import java.util.Iterator;

/**
 * Prints an offending value safely for a report: at most {@value #MAX_CODE_POINTS} code points,
 * control characters, unpaired surrogates and format characters (but the zero-width joiner of
 * emoji) escaped as {@code \}{@code uXXXX}, line breaks and tabs as {@code \n}, {@code \r}, {@code \t};
 * text in double quotes with quotes and backslashes escaped; then {@code …(N more)} counting the
 * code points left out. A collection prints as {@code [a, b]}, element by element, and stops once
 * the limit is reached with {@code …(N elements)}, its size: a list of a million tags is never
 * turned into one string.
 */
public final class Printable {
  /** Most code points of the value printed. */
  public static final int MAX_CODE_POINTS = 80;

  private Printable() {}

  /**
   * Prints {@code value}.
   *
   * @param value the value, may be {@code null}
   * @return the printable value, {@code "null"} for none
   */
  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    boolean text = value instanceof CharSequence;
    Printer out = new Printer(text);
    if (value instanceof Collection<?> c) {
      out.add("[");
      Iterator<?> it = c.iterator();
      while (it.hasNext() && !out.full()) {
        Object e = it.next();
        out.add(e == c ? "(this Collection)" : String.valueOf(e));
        if (it.hasNext()) {
          out.add(", ");
        }
      }
      if (it.hasNext() || out.full()) {
        return out.elements(c.size());
      }
      out.add("]");
    } else {
      out.add(text ? value.toString() : String.valueOf(value));
    }
    return out.finish();
  }

  private static final class Printer {
    private final boolean text;
    private final StringBuilder out;
    private int count;
    private long more;

    Printer(boolean text) {
      this.text = text;
      this.out = new StringBuilder(text ? "\"" : "");
    }

    void add(String s) {
      int i = 0;
      while (i < s.length() && count < MAX_CODE_POINTS) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        count++;
        append(cp);
      }
      if (i < s.length()) {
        more += s.codePointCount(i, s.length());
      }
    }

    private void append(int cp) {
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '"' && text) {
        out.append("\\\"");
      } else if (cp == '\\' && text) {
        out.append("\\\\");
      } else if (Character.getType(cp) == Character.CONTROL
          || Character.getType(cp) == Character.SURROGATE
          || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }

    boolean full() {
      return count >= MAX_CODE_POINTS;
    }

    String elements(int size) {
      return out.append("\u2026(").append(size).append(" elements)").toString();
    }

    String finish() {
      if (more > 0) {
        out.append("\u2026(").append(more).append(" more)");
      }
      if (text) {
        out.append('"');
      }
      return out.toString();
    }
  }
}
