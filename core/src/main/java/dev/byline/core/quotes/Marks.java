package dev.byline.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in one headline or paragraph, in one left-to-right pass with a stack:
 * linear in the length of the text whatever its marks.
 *
 * <p>Double marks: {@code “ ” „ " « »} — a double opened by any of them closes with any double
 * closer ({@code ” " »}, or {@code “} after {@code „}, or {@code «} after a German {@code »}); double
 * marks never nest (a second opening double inside an open one is text). Single marks:
 * {@code ‘ ’ ‚ ' ‹ ›}; they nest inside doubles and doubles inside them. A right single mark or a
 * straight one between letters or digits is an apostrophe ({@code won’t}), one before a digit an
 * elision ({@code ’90s}); one after a plural's s, inside an open single quotation, before a space
 * and a lower-case word, is a possessive when a mark later in the paragraph can close the quotation
 * ({@code ‘The Smiths’ house is on fire,’}); a single mark left open when the paragraph ends, or when
 * a double closes over it, was an apostrophe. A {@code “} or {@code "} inside an open double, after a sentence end and a space
 * and before a capital letter or digit, opens the next paragraph of the same quotation run into
 * this one ("…about that. “As I say, …”", as an article body with its paragraphs joined gives it):
 * the open quotation ends at the sentence end, unclosed, and the new one continues it. Two right single marks (or two straight ones) in a row, not before a
 * letter or digit, close an open double as one mark ({@code “It was,’’ he said}: typewriter style
 * for {@code ”}). A double left open at the end of a paragraph runs to its end (in a
 * headline it is no quotation).
 */
final class Marks {
  private static final int DOUBLE = 0;
  private static final int SINGLE = 1;

  /**
   * One outermost quotation, in chars: {@code from}–{@code to} is the text between the marks,
   * {@code markStart} the opening mark, {@code markEnd} just after the closing mark (or the end of
   * the text when {@code unclosed}). {@code continued}: it opens the paragraph while a quotation of
   * the previous paragraph is still open.
   */
  record Span(int from, int to, int markStart, int markEnd, boolean unclosed, boolean continued) {}

  private Marks() {}

  /**
   * The outermost quotations of one part, in order; only those whose text holds a letter or digit.
   *
   * @param t the headline or paragraph
   * @param headline true for a headline (an unclosed mark is then no quotation)
   * @param continuing a quotation of the previous paragraph is still open
   */
  static List<Span> find(String t, boolean headline, boolean continuing) {
    int n = t.length();
    // closeOf[open] = index of the closing mark + 1; minus (index of the first of two closing marks ’’ + 2); 0 = no pair opens here
    int[] closeOf = new int[n + 1];
    int[] stack = new int[16];
    int[] family = new int[16];
    int depth = 0;
    int doubles = 0; // open doubles on the stack (0 or 1: doubles never nest)
    int lastCloser = -1; // the last right single or straight mark that is no apostrophe between letters
    for (int i = n - 1; i >= 0 && lastCloser < 0; i--) {
      char c = t.charAt(i);
      if ((c == '\u2019' || c == '\'') && !(i > 0 && Character.isLetterOrDigit(t.charAt(i - 1)) && i + 1 < n
          && Character.isLetterOrDigit(t.charAt(i + 1)))) {
        lastCloser = i;
      }
    }
    int[] splitTo = null; // splitTo[open] = where a quotation ends that a new paragraph's “ cut short
    boolean[] reopened = null; // reopened[open]: a “ that continues a quotation cut short there
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (!isMark(c)) {
        continue;
      }
      char prev = i > 0 ? t.charAt(i - 1) : ' ';
      char next = i + 1 < n ? t.charAt(i + 1) : ' ';
      char opener = depth > 0 ? t.charAt(stack[depth - 1]) : 0;
      if (doubles > 0 && family[depth - 1] == DOUBLE && (c == '\u2019' || c == '\'') && next == c && !isSpace(prev)
          && (i + 2 >= n || !Character.isLetterOrDigit(t.charAt(i + 2)))) {
        depth--; // ’’ typed for ”: the two marks close the double
        doubles--;
        closeOf[stack[depth]] = -(i + 2);
        i++;
        continue;
      }
      int role = role(c, prev, next, doubles > 0, depth > 0 && family[depth - 1] == SINGLE, opener, t, i,
          lastCloser > i);
      boolean opensAfterSpace = c == '\u201c' && role == NONE || c == '"' && isSpace(prev);
      int sentenceEnd = opensAfterSpace && doubles > 0 && opener != '\u201e' ? paragraphJoint(t, i) : -1;
      if (sentenceEnd >= 0) { // “A. “B.”: the paragraphs of one quotation, run together
        if (splitTo == null) {
          splitTo = new int[n + 1];
          reopened = new boolean[n + 1];
        }
        while (depth > 0 && family[depth - 1] == SINGLE) {
          depth--;
        }
        depth--;
        splitTo[stack[depth]] = sentenceEnd;
        stack[depth] = i;
        reopened[i] = true;
        depth++;
        continue;
      }
      if (role == OPEN_DOUBLE || role == OPEN_SINGLE) {
        if (depth == stack.length) {
          stack = java.util.Arrays.copyOf(stack, depth * 2);
          family = java.util.Arrays.copyOf(family, depth * 2);
        }
        stack[depth] = i;
        family[depth] = role == OPEN_DOUBLE ? DOUBLE : SINGLE;
        depth++;
        if (role == OPEN_DOUBLE) {
          doubles++;
        }
      } else if (role == CLOSE_DOUBLE) {
        while (depth > 0 && family[depth - 1] == SINGLE) {
          depth--; // singles left open inside a double were apostrophes
        }
        depth--;
        doubles--;
        closeOf[stack[depth]] = i + 1;
      } else if (role == CLOSE_SINGLE) {
        depth--;
        closeOf[stack[depth]] = i + 1;
      }
    }
    int unclosedDouble = -1;
    for (int d = 0; d < depth; d++) {
      if (family[d] == DOUBLE) {
        unclosedDouble = stack[d];
        break;
      }
    }
    List<Span> out = new ArrayList<>();
    int firstText = 0;
    while (firstText < n && isSpace(t.charAt(firstText))) {
      firstText++;
    }
    int end = n;
    while (end > 0 && isSpace(t.charAt(end - 1))) {
      end--;
    }
    int after = 0; // pairs opening before this index are nested in an earlier one
    for (int i = 0; i < n; i++) {
      boolean cut = splitTo != null && splitTo[i] > 0;
      boolean closed = closeOf[i] != 0;
      boolean open = i == unclosedDouble && !headline;
      if (i < after || !closed && !open && !cut) {
        continue;
      }
      boolean twoMarks = closeOf[i] < 0; // closed by ’’
      int close = cut ? splitTo[i] : !closed ? end : twoMarks ? -closeOf[i] - 2 : closeOf[i] - 1;
      int markEnd = cut ? close : !closed ? n : twoMarks ? close + 2 : close + 1;
      boolean continued = continuing && i == firstText || reopened != null && reopened[i];
      Span s = new Span(i + 1, Math.max(i + 1, close), i, markEnd, cut || !closed, continued);
      if (hasLetterOrDigit(t, s.from(), s.to())) {
        out.add(s);
      }
      after = markEnd;
    }
    return out;
  }

  private static final int NONE = 0;
  private static final int OPEN_DOUBLE = 1;
  private static final int CLOSE_DOUBLE = 2;
  private static final int OPEN_SINGLE = 3;
  private static final int CLOSE_SINGLE = 4;

  static boolean isMark(char c) {
    switch (c) {
      case '"', '\'', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', '\u201a', '\u2039', '\u203a':
        return true;
      default:
        return false;
    }
  }

  /** What a mark does here, given its neighbours and what is open. */
  private static int role(char c, char prev, char next, boolean doubleOpen, boolean singleOnTop, char opener,
      String t, int i, boolean closerLater) {
    boolean wordBefore = Character.isLetterOrDigit(prev);
    boolean wordAfter = Character.isLetterOrDigit(next);
    switch (c) {
      case '\u201c': // “ opens in English; closes „ in German
        if (doubleOpen) {
          return opener == '\u201e' || !isSpace(prev) && (isSpace(next) || isPunct(next)) ? CLOSE_DOUBLE : NONE;
        }
        return OPEN_DOUBLE;
      case '\u201d': // ”
        if (doubleOpen) {
          return CLOSE_DOUBLE;
        }
        return isSpace(prev) && !isSpace(next) ? OPEN_DOUBLE : NONE;
      case '\u201e': // „
        return doubleOpen ? NONE : OPEN_DOUBLE;
      case '\u00ab': // « (or the closer of German »…«)
        if (doubleOpen) {
          return opener == '\u00bb' ? CLOSE_DOUBLE : NONE;
        }
        return OPEN_DOUBLE;
      case '\u00bb': // » (or the opener of German »…«)
        if (doubleOpen) {
          return opener == '\u00bb' ? NONE : CLOSE_DOUBLE;
        }
        return !isSpace(next) && !wordBefore ? OPEN_DOUBLE : NONE;
      case '"':
        if (doubleOpen) {
          return CLOSE_DOUBLE;
        }
        return wordBefore && !wordAfter ? NONE : OPEN_DOUBLE; // 5'10" is no quotation
      case '\u2039': // ‹ (or the closer of German ›…‹)
        return singleOnTop && opener == '\u203a' ? CLOSE_SINGLE : OPEN_SINGLE;
      case '\u203a': // › (or the opener of German ›…‹)
        if (singleOnTop && opener != '\u203a') {
          return CLOSE_SINGLE;
        }
        return !isSpace(next) && !wordBefore ? OPEN_SINGLE : NONE;
      case '\u201a': // ‚ German single opener
        return OPEN_SINGLE;
      case '\u2018': // ‘ opens; closes ‚ in German
        if (singleOnTop && opener == '\u201a') {
          return CLOSE_SINGLE;
        }
        return wordBefore || isElision(t, i + 1) ? NONE : OPEN_SINGLE;
      case '\u2019': // ’ closes, or is an apostrophe
      case '\'':
        if (wordBefore && wordAfter) {
          return NONE; // won’t, Russia’s
        }
        if (wordAfter) {
          return c == '\'' && !isElision(t, i + 1) ? OPEN_SINGLE : NONE; // ’90s, ’tis, 'em
        }
        if (singleOnTop && closerLater && (prev == 's' || prev == 'S') && isSpace(next) && i + 2 < t.length()
            && Character.isLowerCase(t.charAt(i + 2))) {
          return NONE; // ‘It’s the players’ fault.’: a plural's possessive, and the quotation closes later
        }
        return singleOnTop && !isSpace(prev) ? CLOSE_SINGLE : NONE; // else the voters’ choice, or a stray mark
      default:
        return NONE;
    }
  }

  /**
   * Where the open quotation ends when the {@code “} at {@code i} opens the next paragraph of the
   * same quotation, run into one paragraph ("…about that. “As I say, …”": an article body whose
   * paragraphs were joined): just after the sentence end before it, when a space stands before the
   * mark, a full stop, question or exclamation mark (maybe with a closing bracket) before the space,
   * and a capital letter or digit after the mark; else -1.
   */
  private static int paragraphJoint(String t, int i) {
    if (i + 1 >= t.length() || !(Character.isUpperCase(t.charAt(i + 1)) || Character.isDigit(t.charAt(i + 1)))) {
      return -1;
    }
    int k = i;
    while (k > 0 && isSpace(t.charAt(k - 1))) {
      k--;
    }
    if (k == i || k == 0) {
      return -1;
    }
    int end = k;
    if (t.charAt(k - 1) == ')' || t.charAt(k - 1) == ']') {
      k--;
    }
    return k > 0 && ".?!\u2026".indexOf(t.charAt(k - 1)) >= 0 ? end : -1;
  }

  /** A space, including the no-break spaces French puts inside guillemets. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isPunct(char c) {
    return ".,;:!?)]\u2014\u2013-\u2026".indexOf(c) >= 0;
  }

  /** ’90s, 'em, ’til, 'cause, 'n': an apostrophe that stands for left-out letters. */
  private static boolean isElision(String t, int from) {
    int i = from;
    int n = t.length();
    while (i < n && Character.isDigit(t.charAt(i))) {
      i++;
    }
    if (i > from) {
      return true; // ’90s, '19
    }
    int j = from;
    while (j < n && j < from + 6 && Character.isLetter(t.charAt(j))) {
      j++;
    }
    if (j < n && Character.isLetter(t.charAt(j))) {
      return false;
    }
    String w = t.substring(from, j).toLowerCase(java.util.Locale.ROOT);
    return w.equals("em") || w.equals("til") || w.equals("cause") || w.equals("n") || w.equals("tis") || w.equals("twas")
        || w.equals("bout") || w.equals("round");
  }

  private static boolean hasLetterOrDigit(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
