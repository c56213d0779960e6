package dev.byline.core.validation.internal;

import java.util.Arrays;

/**
 * Code-point offsets of one text as {@code char} offsets in constant or logarithmic time, where
 * {@link String#offsetByCodePoints} walks from the start every time. Built in one pass; holds the
 * code-point positions of the supplementary characters only (none for most text, when code-point
 * and {@code char} offsets coincide). Counts an unpaired surrogate as one code point, as
 * {@link String#codePointCount} does.
 */
final class CodePointIndex {
  private final int length;
  private final int[] supplementary;

  private CodePointIndex(int length, int[] supplementary) {
    this.length = length;
    this.supplementary = supplementary;
  }

  /**
   * Indexes {@code text}.
   *
   * @param text the text; not {@code null}
   * @return the index
   */
  static CodePointIndex of(String text) {
    int n = text.length();
    int pairs = 0;
    for (int i = 0; i < n; i++) {
      if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        pairs++;
        i++;
      }
    }
    if (pairs == 0) {
      return new CodePointIndex(n, null);
    }
    int[] at = new int[pairs];
    int k = 0;
    int cp = 0;
    for (int i = 0; i < n; i++, cp++) {
      if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        at[k++] = cp;
        i++;
      }
    }
    return new CodePointIndex(n - pairs, at);
  }

  /**
   * The text's length in code points.
   *
   * @return the length
   */
  int length() {
    return length;
  }

  /**
   * The {@code char} offset of a code-point offset, as {@code text.offsetByCodePoints(0, offset)}.
   *
   * @param offset a code-point offset, {@code 0 <= offset <= length()}
   * @return the {@code char} offset
   */
  int charOffset(int offset) {
    if (supplementary == null) {
      return offset;
    }
    int before = Arrays.binarySearch(supplementary, offset);
    return offset + (before >= 0 ? before : -before - 1);
  }
}
