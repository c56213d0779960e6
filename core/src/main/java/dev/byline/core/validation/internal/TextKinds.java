package dev.byline.core.validation.internal;

/**
 * The kinds of character that Byline's text rules look for, found in one pass over a text: what a
 * reader records while it reads each string, so that validation after reading can skip the scans
 * that would find nothing. The kinds are those of {@link TextRules#controlCharacterIndex} (a control
 * character other than tab and line feed, or an unpaired surrogate) and {@link TextRules#lineBreak}
 * (line feed, carriage return, NEL, line or paragraph separator).
 */
public final class TextKinds {
  /** No character any rule looks for. */
  public static final int NONE = 0;

  /** A control character other than tab and line feed, or an unpaired surrogate. */
  public static final int CONTROL_CHARACTER = 1;

  /** A line break: line feed, carriage return, NEL, line or paragraph separator. */
  public static final int LINE_BREAK = 2;

  /** An unpaired surrogate (also counted as {@link #CONTROL_CHARACTER}). */
  public static final int UNPAIRED_SURROGATE = 4;

  /** Every kind: what a validator must assume of texts it knows nothing about. */
  public static final int ALL = CONTROL_CHARACTER | LINE_BREAK | UNPAIRED_SURROGATE;

  private TextKinds() {}

  /**
   * The kinds of character in {@code text}, in one pass over its chars; a char that no rule looks for
   * takes at most four comparisons (printable ASCII two).
   *
   * @param text the text; not {@code null}
   * @return the kinds found, {@link #NONE} or a combination of the other constants
   */
  public static int of(String text) {
    int kinds = NONE;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0xA0) { // ASCII and C1
        if (c >= 0x20 && c < 0x7F) {
          continue; // printable ASCII: two comparisons
        }
        if (c == '\n') {
          kinds |= LINE_BREAK;
        } else if (c == '\r' || c == 0x85) {
          kinds |= LINE_BREAK | CONTROL_CHARACTER; // CR, NEL
        } else if (c != '\t') {
          kinds |= CONTROL_CHARACTER; // C0 but tab and line feed, DEL, C1
        }
      } else if (c < Character.MIN_SURROGATE) {
        if ((c | 1) == 0x2029) {
          kinds |= LINE_BREAK; // U+2028, U+2029
        }
      } else if (c < Character.MIN_LOW_SURROGATE) { // a high surrogate: paired when a low one follows
        if (i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          kinds |= UNPAIRED_SURROGATE | CONTROL_CHARACTER;
        }
      } else if (c <= Character.MAX_SURROGATE) { // a low surrogate with no high one before it
        kinds |= UNPAIRED_SURROGATE | CONTROL_CHARACTER;
      }
    }
    return kinds;
  }

  /**
   * The index of the first unpaired surrogate in {@code text}.
   *
   * @param text the text; not {@code null}
   * @return the index, or -1
   */
  public static int unpairedSurrogateIndex(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }
}
