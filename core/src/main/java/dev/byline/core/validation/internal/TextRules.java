package dev.byline.core.validation.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The rules of Byline's text constraints, each one pass over the text at most: {@code @NotBlankText},
 * {@code @SingleLine}, {@code @NoControlCharacters} and {@code @LanguageTag}. Each returns what it
 * found, or {@code null} for valid text; the constraint validators and {@link FastValidator} both
 * call these methods, so the rules have one definition.
 */
final class TextRules {
  /** Longest language tag looked at: BCP 47 tags of real languages are far shorter. */
  private static final int LANGUAGE_TAG_MAX_LENGTH = 64;

  private TextRules() {}

  /**
   * Blank text: no code point that is neither {@link Character#isWhitespace(int) white space} nor a
   * {@link Character#isSpaceChar(int) space separator} (which covers the no-break spaces). Stops at
   * the first other code point.
   *
   * @param value the text; not {@code null}
   * @return a {@code blank} finding, or {@code null}
   */
  static Finding blank(CharSequence value) {
    for (int i = 0; i < value.length(); ) {
      int cp = Character.codePointAt(value, i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        return null;
      }
      i += Character.charCount(cp);
    }
    return Finding.of("{dev.byline.blank}", value);
  }

  /**
   * A line break: line feed, carriage return, NEL, line or paragraph separator.
   *
   * @param value the text; not {@code null}
   * @return a {@code multiline} finding naming the first break's index, or {@code null}
   */
  static Finding lineBreak(CharSequence value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return Finding.of("{dev.byline.multiline}", value).with("index", i);
      }
    }
    return null;
  }

  /**
   * A control character other than tab and line feed (C0 and C1, as {@link Character#CONTROL}), or
   * an unpaired surrogate.
   *
   * @param value the text; not {@code null}
   * @return a {@code controlCharacter} finding naming the first one's index and code, or
   *     {@code null}
   */
  static Finding controlCharacter(CharSequence value) {
    int i = controlCharacterIndex(value);
    return i < 0 ? null : controlCharacterAt(value, i, value);
  }

  /**
   * The {@code controlCharacter} finding for the character at {@code index} of {@code text}.
   *
   * @param text the text holding it
   * @param index its index
   * @param shown the value to show
   * @return the finding
   */
  static Finding controlCharacterAt(CharSequence text, int index, Object shown) {
    return Finding.of("{dev.byline.controlCharacter}", shown)
        .with("index", index)
        .with("codePoint", String.format("U+%04X", (int) text.charAt(index)));
  }

  /**
   * The index of the first control character other than tab and line feed, or of the first unpaired
   * surrogate.
   *
   * @param value the text; not {@code null}
   * @return the index, or -1
   */
  static int controlCharacterIndex(CharSequence value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        if (c != '\t' && c != '\n') {
          return i;
        }
      } else if (c >= 0x7F) {
        if (c <= 0x9F) {
          return i; // DEL and the C1 controls, Character.CONTROL above U+001F
        }
        if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
          if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
            i++;
          } else {
            return i;
          }
        }
      }
    }
    return -1;
  }

  /**
   * An ill-formed BCP 47 language tag, by the JDK's parser ({@link Locale.Builder#setLanguageTag}),
   * which rejects {@code en_GB}, {@code english} or {@code e}; empty tags and tags over 64 chars are
   * ill-formed too.
   *
   * @param value the tag; not {@code null}
   * @return a {@code notLanguageTag} finding, or {@code null}
   */
  static Finding languageTag(CharSequence value) {
    String tag = value.toString();
    boolean ok = !tag.isEmpty() && tag.length() <= LANGUAGE_TAG_MAX_LENGTH;
    if (ok) {
      try {
        new Locale.Builder().setLanguageTag(tag);
      } catch (IllformedLocaleException e) {
        ok = false;
      }
    }
    return ok ? null : Finding.of("{dev.byline.notLanguageTag}", value);
  }
}
