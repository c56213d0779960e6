package dev.byline.serialization.schemaorg;

import java.util.ArrayList;
import java.util.List;

/**
 * The field rules applied after {@link HtmlText}: control characters removed, line breaks joined in
 * one-line fields or written as line feeds in several-line ones, bodies split into paragraphs,
 * blank-looking text recognised as Byline's validator does. Each is a single scan.
 */
final class TextRules {
  private TextRules() {}

  static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /**
   * Removes C0 and C1 control characters other than tab and the line breaks, and unpaired
   * surrogates (Byline's validator refuses them in every text).
   */
  static String removeControls(String s) {
    StringBuilder out = null;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean drop;
      if (Character.isHighSurrogate(c)) {
        drop = i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1));
        if (!drop) {
          if (out != null) {
            out.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else if (Character.isLowSurrogate(c)) {
        drop = true;
      } else {
        drop = Character.getType(c) == Character.CONTROL && c != '\t' && !isBreak(c);
      }
      if (drop && out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      } else if (!drop && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Joins the lines of a one-line field with single spaces (the white space around each break goes) and strips the ends. */
  static String oneLine(String s) {
    boolean any = false;
    for (int i = 0; i < s.length() && !any; i++) {
      any = isBreak(s.charAt(i));
    }
    if (!any) {
      return s.strip();
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isBreak(c)) {
        while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
          out.setLength(out.length() - 1);
        }
        i++;
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || isBreak(s.charAt(i)))) {
          i++;
        }
        if (out.length() > 0 && i < s.length()) {
          out.append(' ');
        }
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString().strip();
  }

  /** Writes every line break ({@code \r\n}, {@code \r}, NEL, line and paragraph separators) as a line feed. */
  static String lineFeeds(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean other = c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      if (other && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          continue;
        }
        out.append(other ? '\n' : c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** The lines of a text, split at every kind of line break ({@code \r\n} is one). */
  static List<String> lines(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (isBreak(c)) {
        out.add(s.substring(start, i));
        if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /** Blank as Byline's validator sees it: nothing but white space and space separators (no-break spaces included). */
  static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Letters, digits, hyphens and underscores, starting with a letter, at most 64 characters: a tag or a locale. */
  static boolean looksLikeLanguageTag(String s) {
    if (s.isEmpty() || s.length() > 64 || !isAsciiLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }
}
