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
   * takes a few comparisons (printable ASCII two).
   *
   * @param text the text; not {@code null}
   * @return the kinds found, {@link #NONE} or a combination of the other constants
   */
  public static int of(String text) {
    int kinds = NONE;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x2028 || c > 0x2029 && c < Character.MIN_SURROGATE
          || c > Character.MAX_SURROGATE) {
        continue; // printable ASCII, and every other char no rule looks for but the surrogates
      }
      if (c < 0x20) {
        if (c == '\n') {
          kinds |= LINE_BREAK;
        } else if (c == '\r') {
          kinds |= LINE_BREAK | CONTROL_CHARACTER;
        } else if (c != '\t') {
          kinds |= CONTROL_CHARACTER;
        }
      } else if (c <= 0x9F) {
        kinds |= c == 0x85 ? LINE_BREAK | CONTROL_CHARACTER : CONTROL_CHARACTER; // DEL and C1
      } else if (c == 0x2028 || c == 0x2029) {
        kinds |= LINE_BREAK;
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          kinds |= UNPAIRED_SURROGATE | CONTROL_CHARACTER;
        }
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
