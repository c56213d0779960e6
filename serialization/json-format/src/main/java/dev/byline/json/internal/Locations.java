package dev.byline.json.internal;

/**
 * Line and column of a position in a document held in memory, counted as JSON parsers count them:
 * a line ends at LF, at CR LF, or at a CR alone; columns count the input's units (chars of text,
 * bytes of bytes) from 1.
 */
final class Locations {
  private Locations() {}

  static int[] of(CharSequence text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  static int[] of(byte[] bytes, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      byte c = bytes[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }
}
