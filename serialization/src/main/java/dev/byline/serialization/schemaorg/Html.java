package dev.byline.serialization.schemaorg;

import java.util.Map;

/**
 * Turns the HTML found in JSON-LD text fields into plain text: tags removed ({@code <br>} and
 * {@code </p>} become a line break), character references decoded (named ones of HTML's common set,
 * decimal and hexadecimal). One pass, linear in the length.
 */
final class Html {
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
      Map.entry("apos", "'"), Map.entry("nbsp", "\u00a0"), Map.entry("ndash", "\u2013"),
      Map.entry("mdash", "\u2014"), Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"),
      Map.entry("ldquo", "\u201c"), Map.entry("rdquo", "\u201d"), Map.entry("hellip", "\u2026"),
      Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"), Map.entry("bdquo", "\u201e"),
      Map.entry("copy", "\u00a9"), Map.entry("reg", "\u00ae"), Map.entry("trade", "\u2122"),
      Map.entry("euro", "\u20ac"), Map.entry("pound", "\u00a3"), Map.entry("shy", "\u00ad"),
      Map.entry("auml", "\u00e4"), Map.entry("ouml", "\u00f6"), Map.entry("uuml", "\u00fc"),
      Map.entry("Auml", "\u00c4"), Map.entry("Ouml", "\u00d6"), Map.entry("Uuml", "\u00dc"),
      Map.entry("szlig", "\u00df"), Map.entry("eacute", "\u00e9"), Map.entry("egrave", "\u00e8"),
      Map.entry("agrave", "\u00e0"), Map.entry("aacute", "\u00e1"), Map.entry("iacute", "\u00ed"),
      Map.entry("oacute", "\u00f3"), Map.entry("uacute", "\u00fa"), Map.entry("ntilde", "\u00f1"),
      Map.entry("ccedil", "\u00e7"), Map.entry("ecirc", "\u00ea"), Map.entry("ocirc", "\u00f4"));

  private Html() {}

  static String toText(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('<') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<') {
        int close = s.indexOf('>', i + 1);
        boolean tag = close > i + 1 && close - i < 512
            && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/' || s.charAt(i + 1) == '!');
        if (tag) {
          String name = s.substring(i + 1, close).toLowerCase(java.util.Locale.ROOT);
          if (name.startsWith("br") || name.equals("/p") || name.startsWith("/div")) {
            out.append('\n');
          }
          i = close + 1;
          continue;
        }
      } else if (c == '&') {
        int semi = s.indexOf(';', i + 1);
        if (semi > i + 1 && semi - i <= 10) {
          String ref = s.substring(i + 1, semi);
          String value = null;
          if (ref.startsWith("#x") || ref.startsWith("#X")) {
            value = codePoint(ref.substring(2), 16);
          } else if (ref.startsWith("#")) {
            value = codePoint(ref.substring(1), 10);
          } else {
            value = NAMED.get(ref);
          }
          if (value != null) {
            out.append(value);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String codePoint(String digits, int radix) {
    try {
      int cp = Integer.parseInt(digits, radix);
      return Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF) ? new String(Character.toChars(cp)) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
