package dev.byline.core.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The words, punctuation and quotations of one headline or paragraph, in one pass, with the
 * sentence each belongs to. A quotation is a single token: the finder never reads names or cues
 * inside one.
 */
final class Tokens {
  static final int WORD = 0;
  static final int PUNCT = 1;
  static final int QUOTE = 2;

  /** Abbreviations whose period never ends a sentence. */
  private static final Set<String> INNER_ABBREVIATIONS = Lexicon.words("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep",
      "Gov", "Gen", "Lt", "Col", "Cmdr", "Capt", "Sgt", "Det", "Insp", "Supt", "St", "Rev", "Adm", "Maj", "Cpl",
      "Pvt", "Hon", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos",
      "vs", "Mt", "Ft", "approx", "Messrs", "Gov", "Pres", "Supt", "Sr", "Jr", "Inc", "Corp", "Ltd", "Co", "etc",
      "e.g", "i.e", "a.m", "p.m");

  /** Abbreviations before a name or number, whose period never ends a sentence. */
  private static final Set<String> TITLE_ABBREVIATIONS = Lexicon.words("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep",
      "Gov", "Gen", "Lt", "Col", "Cmdr", "Capt", "Sgt", "Det", "Insp", "Supt", "St", "Rev", "Adm", "Maj", "Cpl", "Pvt",
      "Hon", "No", "Mt", "Ft");

  /** Words before which a cue word is a noun or an infinitive ("the state", "to say"). */
  private static final Set<String> DETERMINERS = Lexicon.words("the", "a", "an", "its", "his", "her", "their", "our", "my",
      "your", "this", "that", "these", "those", "to", "of", "for", "no", "any", "every", "each", "whose");

  /** Abbreviations whose period ends a sentence only before a word that starts one ("in the U.S. The"). */
  private static final Set<String> SENTENCE_STARTERS = Lexicon.words("The", "He", "She", "It", "They", "We", "I", "But",
      "And", "In", "This", "That", "These", "Those", "There", "A", "An", "His", "Her", "Their", "Its", "Our", "So",
      "Yet", "However", "Meanwhile", "When", "While", "If", "As", "At", "On", "For", "After", "Before", "Still");

  final String text;
  final int[] kind;
  final int[] start;
  final int[] end;
  final int[] quote; // index of the quotation span for QUOTE tokens, else -1
  final int[] sentence; // sentence number of each token
  final int size;
  final List<Marks.Span> spans;
  private final String[] words; // the word as written, the punctuation mark, or the quotation's text; made when first asked for
  private final String[] lowered; // lower-case words, computed when first asked for
  private final byte[] cues; // 0 not yet known, 1 a cue, 2 no cue
  private final int[] sentenceFirst; // first token of each sentence
  private final int[] sentenceLast; // just after the last token of each sentence

  private Tokens(String text, List<Marks.Span> spans, int size, int[] kind, int[] start, int[] end, int[] quote) {
    this.text = text;
    this.spans = spans;
    this.size = size;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.quote = quote;
    sentence = new int[size];
    words = new String[size];
    lowered = new String[size];
    cues = new byte[size];
    int s = 0;
    for (int i = 0; i < size; i++) {
      sentence[i] = s;
      if (endsSentence(i)) {
        s++;
      }
    }
    int sentences = size == 0 ? 0 : sentence[size - 1] + 1;
    sentenceFirst = new int[sentences];
    sentenceLast = new int[sentences];
    for (int i = size - 1; i >= 0; i--) {
      sentenceFirst[sentence[i]] = i;
    }
    for (int i = 0; i < size; i++) {
      sentenceLast[sentence[i]] = i + 1;
    }
    dateline = readDateline();
  }

  private Object[] names;

  /** One slot per token for the finder to keep what it read there (the name starting at a token). */
  Object[] names() {
    if (names == null) {
      names = new Object[size];
    }
    return names;
  }

  /** The word, punctuation mark or quotation text of token {@code i}. */
  String word(int i) {
    String w = words[i];
    if (w == null) {
      w = kind[i] == QUOTE ? text.substring(spans.get(quote[i]).from(), spans.get(quote[i]).to()) : text.substring(start[i], end[i]);
      words[i] = w;
    }
    return w;
  }

  /** Tokens of {@code text}, whose quotations are {@code spans}. */
  static Tokens of(String text, List<Marks.Span> spans) {
    int n = text.length();
    int cap = Math.max(1, count(text, spans));
    int[] kind = new int[cap];
    int[] start = new int[cap];
    int[] end = new int[cap];
    int[] quote = new int[cap];
    int size = 0;
    int next = 0; // next span
    int i = 0;
    while (i < n) {
      int k;
      int from = i;
      int q = -1;
      if (next < spans.size() && i == spans.get(next).markStart()) {
        Marks.Span s = spans.get(next);
        k = QUOTE;
        q = next;
        i = s.markEnd();
        next++;
      } else {
        char c = text.charAt(i);
        if (Marks.isSpace(c)) {
          i++;
          continue;
        }
        int limit = next < spans.size() ? spans.get(next).markStart() : n;
        if (isWordStart(c)) {
          k = WORD;
          i = wordEnd(text, i, limit);
        } else {
          k = PUNCT;
          i += Character.charCount(text.codePointAt(i));
        }
      }
      if (size == cap) {
        cap *= 2;
        kind = Arrays.copyOf(kind, cap);
        start = Arrays.copyOf(start, cap);
        end = Arrays.copyOf(end, cap);
        quote = Arrays.copyOf(quote, cap);
      }
      kind[size] = k;
      start[size] = from;
      end[size] = i;
      quote[size] = q;
      size++;
    }
    return new Tokens(text, spans, size, kind, start, end, quote);
  }

  /** How many tokens {@link #of} makes: one pass, so that its arrays are allocated once. */
  private static int count(String text, List<Marks.Span> spans) {
    int n = text.length();
    int count = 0;
    int next = 0;
    int i = 0;
    while (i < n) {
      if (next < spans.size() && i == spans.get(next).markStart()) {
        i = spans.get(next).markEnd();
        next++;
        count++;
        continue;
      }
      char c = text.charAt(i);
      if (Marks.isSpace(c)) {
        i++;
        continue;
      }
      int limit = next < spans.size() ? spans.get(next).markStart() : n;
      i = isWordStart(c) ? wordEnd(text, i, limit) : i + Character.charCount(text.codePointAt(i));
      count++;
    }
    return count;
  }

  private static boolean isWordStart(char c) {
    return Character.isLetterOrDigit(c) || c == '@' || c == '#';
  }

  /** The end of a word: letters, digits, inner hyphens, apostrophes and periods, an abbreviation's period. */
  private static int wordEnd(String t, int from, int limit) {
    int j = from + 1;
    while (j < limit) {
      char c = t.charAt(j);
      if (Character.isLetterOrDigit(c)) {
        j++;
      } else if ((c == '-' || c == '\u2011' || c == '.' || c == '\u2019' || c == '\'' || c == '&' || c == '/')
          && j + 1 < limit && Character.isLetterOrDigit(t.charAt(j + 1))) {
        j++;
      } else if ((c == '\u2019' || c == '\'') && t.charAt(j - 1) == 's' && (j + 1 >= limit || !Character.isLetterOrDigit(t.charAt(j + 1)))) {
        j++; // the voters’
        break;
      } else {
        break;
      }
    }
    if (j < limit && t.charAt(j) == '.') {
      String w = t.substring(from, j);
      boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
      if (initial || w.indexOf('.') > 0 || INNER_ABBREVIATIONS.contains(w)) {
        j++; // "U.S.", "Mr.", "W."
        if (j + 1 < limit && (t.charAt(j) == '\u2019' || t.charAt(j) == '\'') && t.charAt(j + 1) == 's'
            && (j + 2 >= limit || !Character.isLetterOrDigit(t.charAt(j + 2)))) {
          j += 2; // "the F.B.I.’s New York office": the possessive belongs to the abbreviation
        }
      }
    }
    return j;
  }

  private boolean endsSentence(int i) {
    if (kind[i] == PUNCT) {
      char p = text.charAt(start[i]);
      if (p != '.' && p != '!' && p != '?') {
        return false;
      }
      return i + 1 >= size || startsSentence(i + 1);
    }
    if (kind[i] == WORD && text.charAt(end[i] - 1) == '.' && end[i] - start[i] > 1) {
      // an abbreviation's period: ends the sentence only before a sentence starter or at the end
      String w = word(i).substring(0, word(i).length() - 1);
      boolean initial = w.length() == 1 && Character.isUpperCase(w.charAt(0));
      if (initial || TITLE_ABBREVIATIONS.contains(w)) {
        return false;
      }
      return i + 1 >= size || kind[i + 1] == QUOTE || kind[i + 1] == WORD && SENTENCE_STARTERS.contains(word(i + 1));
    }
    if (kind[i] == QUOTE) {
      if (!endsWithSentencePunctuation(word(i))) {
        return false;
      }
      if (i + 1 >= size || kind[i + 1] == QUOTE) {
        return true;
      }
      if (kind[i + 1] != WORD || !Character.isUpperCase(text.charAt(start[i + 1]))) {
        return false;
      }
      boolean exclaims = !word(i).strip().endsWith(".");
      for (int k = i + 1; k < size && k <= i + 5 && kind[k] == WORD; k++) {
        if (isCueAt(k)) {
          return false; // “…!” Trump tweeted.
        }
        if (!exclaims && !Character.isUpperCase(text.charAt(start[k]))) {
          break; // after a full stop only “….” Smith said.
        }
      }
      return true;
    }
    return false;
  }

  private boolean startsSentence(int i) {
    if (kind[i] == QUOTE) {
      return true;
    }
    char c = text.charAt(start[i]);
    return Character.isUpperCase(c) || Character.isDigit(c) || kind[i] == PUNCT && "([\u2014\u2013-,;:)]".indexOf(c) < 0; // "R-Neb., said", "(R-La.) said": no sentence starts with a comma or a closing bracket
  }

  /** A lower-case cue verb at token {@code k}, not used as a noun ("the state", "a call"). */
  boolean isCueAt(int k) {
    if (k < 0 || k >= size) {
      return false;
    }
    if (cues[k] == 0) {
      cues[k] = cueAt(k) ? (byte) 1 : (byte) 2;
    }
    return cues[k] == 1;
  }

  private boolean cueAt(int k) {
    if (kind[k] != WORD || !Character.isLowerCase(text.charAt(start[k]))) {
      return false;
    }
    Lexicon.Cue cue = Lexicon.cue(word(k));
    if (cue == null) {
      return false;
    }
    String particle = Lexicon.particle(cue.base());
    if (particle != null && (k + 1 >= size || !word(k + 1).equals(particle)
        || k + 2 < size && kind[k + 2] == WORD && Character.isLowerCase(word(k + 2).charAt(0)))) {
      return false; // "went on," but not "go on sale"
    }
    if (Lexicon.NOUN_LIKE.contains(cue.base()) && (word(k).equals(cue.base()) || word(k).endsWith("s")
        && !word(k).endsWith("ss"))) {
      // "the hibernating state": a noun unless a pronoun, a name or an auxiliary stands before it
      if (k == 0) {
        return false;
      }
      if (kind[k - 1] == QUOTE) {
        // “…,” comments Johnston; but "“…,” state broadcaster CCTV said": a noun's modifier before a noun
        return !(k + 1 < size && kind[k + 1] == WORD && Character.isLowerCase(text.charAt(start[k + 1]))
            && !Lexicon.FUNCTION_WORDS.contains(Lexicon.lower(word(k + 1))));
      }
      if (kind[k - 1] == PUNCT) {
        return text.charAt(start[k - 1]) == ',';
      }
      String before = word(k - 1);
      String lowerBefore = Lexicon.lower(before);
      if (Lexicon.STATEMENT_NOUNS.contains(lowerBefore) || Lexicon.PERSON_NOUNS.contains(lowerBefore)
          || Lexicon.ORG_NOUNS.contains(lowerBefore) || lowerBefore.equals("letter") || lowerBefore.equals("sign")) {
        return true; // "the statement read", "the company posted"
      }
      if (!Lexicon.isPronoun(before) && !Character.isUpperCase(before.charAt(0)) && !before.equals("who")
          && !before.equals("they") && !before.equals("I") && !before.equals("we") && !before.equals("also")
          && !before.equals("often") && !before.equals("then") && !before.equals("will") && !before.equals("would")
          && !before.equals("to") && !before.equals("did") && !before.equals("does") && !before.equals("and")) {
        return false;
      }
    }
    if (k > 0 && kind[k - 1] == WORD) {
      String before = Lexicon.lower(word(k - 1));
      boolean possessive = before.endsWith("\u2019s") || before.endsWith("'s");
      String w = word(k);
      boolean past = !w.equals(cue.base()) && !w.endsWith("ing") && !(w.endsWith("s") && !w.endsWith("ss"));
      boolean introducesQuote = k + 2 < size && kind[k + 1] == PUNCT && (text.charAt(start[k + 1]) == ','
          || text.charAt(start[k + 1]) == ':') && kind[k + 2] == QUOTE;
      if ((DETERMINERS.contains(before) && !(before.equals("to") && introducesQuote)) || possessive && !past) {
        return false; // a noun ("Trump’s claim"), or an infinitive ("to say"); but "McDonald’s said" is a verb,
                      // and so is "to say, “…”", which quotes
      }
    }
    return true;
  }

  /**
   * A cue verb in the past, capitalised because it opens the sentence, before its speaker:
   * "Replied Stephen: “…”", "Concluded the researchers: “…”". Never the base form ("Post", "Hail"),
   * which may be a name.
   */
  boolean invertedAtSentenceStart(int k) {
    if (kind[k] != WORD || !Character.isUpperCase(text.charAt(start[k])) || k > 0 && sentence[k - 1] == sentence[k]
        || k + 1 >= size || kind[k + 1] != WORD) {
      return false;
    }
    String lower = Lexicon.lower(word(k));
    Lexicon.Cue cue = Lexicon.cue(lower);
    return cue != null && cue.strong() && !lower.equals(cue.base()) && lower.endsWith("ed")
        || lower.equals("said") || lower.equals("wrote");
  }

  /** Whether a quotation's text ends a sentence: its last mark before closing spaces is . ! ? or …. */
  static boolean endsWithSentencePunctuation(String q) {
    for (int i = q.length() - 1; i >= 0; i--) {
      char c = q.charAt(i);
      if (Marks.isSpace(c) || c == '\u2019' || c == '\'' || c == '\u201d' || c == '"' || c == ')' || c == ']') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }
    return false;
  }

  /**
   * Just after the dateline that opens this paragraph, else 0: the place in capitals, a state or
   * country after a comma, the agency in brackets and a dash ("WASHINGTON (AP) —", "ST. LOUIS, MO
   * (KTVI) –", "NEW YORK--"). A dateline names no one who speaks.
   */
  int datelineEnd() {
    return dateline;
  }

  private final int dateline;

  private int readDateline() {
    int k = 0;
    while (k < size && k < 6 && (kind[k] == WORD && inCapitals(k) || k > 0 && isPunct(k, "."))) {
      k++;
    }
    if (k == 0) {
      return 0;
    }
    if (isPunct(k, ",")) {
      k++;
      while (k < size && k < 12 && (isCapitalised(k) || isPunct(k, "."))) {
        k++;
      }
    }
    if (isPunct(k, "(")) {
      int close = k + 1;
      while (close < size && close < k + 6 && !isPunct(close, ")")) {
        close++;
      }
      if (!isPunct(close, ")")) {
        return 0;
      }
      k = close + 1;
    }
    int dashes = k;
    while (isPunct(k, "\u2014") || isPunct(k, "\u2013") || isPunct(k, "-")) {
      k++;
    }
    return k > dashes && k < size ? k : 0;
  }

  /** A word of two or more letters, all of them capitals ("LOS", "ST", "N.Y."). */
  private boolean inCapitals(int i) {
    int letters = 0;
    for (int j = start[i]; j < end[i]; j++) {
      char c = text.charAt(j);
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isPunct(int i, String p) {
    return i >= 0 && i < size && kind[i] == PUNCT && end[i] - start[i] == p.length() && text.startsWith(p, start[i]);
  }

  boolean isCapitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(start[i]));
  }

  String lower(int i) {
    String l = lowered[i];
    if (l == null) {
      l = Lexicon.lower(word(i));
      lowered[i] = l;
    }
    return l;
  }

  private int cpChar;
  private int cpCount;

  /**
   * The code-point offset of a char index; indexes asked for must not decrease, so that a whole
   * part is counted once.
   */
  int codePoint(int charIndex) {
    if (charIndex < cpChar) {
      cpChar = 0;
      cpCount = 0;
    }
    cpCount += text.codePointCount(cpChar, charIndex);
    cpChar = charIndex;
    return cpCount;
  }

  /** Whether only spaces stand between tokens {@code i} and {@code i + 1}. */
  boolean adjacent(int i) {
    for (int c = end[i]; c < start[i + 1]; c++) {
      if (!Marks.isSpace(text.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  /** The first token of the sentence of token {@code i}. */
  int sentenceStart(int i) {
    return sentenceFirst[sentence[i]];
  }

  /** Just after the last token of the sentence of token {@code i}. */
  int sentenceEnd(int i) {
    return sentenceLast[sentence[i]];
  }
}
