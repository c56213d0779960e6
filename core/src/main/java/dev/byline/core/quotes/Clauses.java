package dev.byline.core.quotes;

import static dev.byline.core.quotes.Finder.MAX_RUN;
import static dev.byline.core.quotes.Finder.WINDOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the finder reads around a quotation without any article state: name words and runs of
 * capitalised words, noun-phrase and clause boundaries, cues and their occasions, and what a
 * quotation's words look like. Every method looks at a bounded stretch of tokens.
 */
final class Clauses {
  private Clauses() {}

  /** Words a title leaves in lower case: "Takin’ It to the Streets". */
  static final Set<String> SMALL_TITLE_WORDS = Lexicon.words("a", "an", "the", "and", "or", "of", "in", "on",
      "at", "to", "for", "with", "by", "from", "as", "vs", "de", "la", "le", "nor", "but");

  /** Prepositions that start the occasion after a cue: "said in a statement". */
  static final Set<String> CONTEXT_PREPOSITIONS = Lexicon.words("in", "at", "during", "on", "to", "after",
      "before", "from", "via");

  /** Words that open a sentence with a phrase before its subject: "Speaking at …, Stoltenberg said". */
  static final Set<String> OPENING_WORDS = Lexicon.words("after", "before", "when", "while", "in", "at", "on",
      "for", "during", "despite", "although", "though", "as", "since", "following", "speaking", "asked", "like",
      "unlike", "with", "without", "by", "from", "under", "over", "amid", "if", "because", "once", "until", "to", "of",
      "added", "looking", "meanwhile", "still", "however", "hours", "days", "barely", "last", "earlier", "later",
      "right", "now");

  /** A his or her just after a name, before any other name: the person's gender. */
  static int genderNear(Tokens t, int after) {
    for (int k = after; k < t.size && k < after + 6 && t.kind[k] == Tokens.WORD
        && t.sentence[k] == t.sentence[after - 1]; k++) {
      if (t.isCapitalised(k)) {
        return Register.UNKNOWN_GENDER;
      }
      switch (t.word(k)) {
        case "his", "him", "himself":
          return Register.MALE;
        case "her", "hers", "herself":
          return Register.FEMALE;
        default:
          break;
      }
    }
    return Register.UNKNOWN_GENDER;
  }

  static String surnameOf(String name) {
    String[] w = name.split(" ");
    int last = w.length - 1;
    while (last > 0 && isSuffix(w[last])) {
      last--;
    }
    return bare(w[last]);
  }

  static boolean isConnector(Tokens t, int i) {
    String w = t.word(i);
    return w.equals("of") || w.equals("for") || w.equals("on") || w.equals("and") || w.equals("&") || w.equals("de")
        || w.equals("the");
  }

  static boolean isSuffix(String w) {
    return w.equals("Jr.") || w.equals("Jr") || w.equals("Sr.") || w.equals("Sr") || w.equals("II") || w.equals("III")
        || w.equals("IV");
  }

  static boolean isParticle(String w) {
    switch (w) {
      case "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "al", "bin", "ben", "ibn", "el",
          "ter", "ten", "dos", "das", "y", "La", "Le", "Van", "Von", "De", "Di", "Da", "Du", "Del", "Al", "El":
        return true;
      default:
        return false;
    }
  }

  /** An initial or a run of initials, each a capital letter and a dot: "J.", "P.J.", "J.R.R.". */
  static boolean isInitial(String w) {
    int n = w.length();
    if (n < 2 || n > 8 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isUpperCase(w.charAt(i)) || w.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  /** A word without a possessive ending: "Trump’s" gives "Trump". */
  static String bare(String w) {
    if (w.endsWith("\u2019s") || w.endsWith("'s")) {
      return w.substring(0, w.length() - 2);
    }
    if ((w.endsWith("s\u2019") || w.endsWith("s'")) && w.length() > 2) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  static boolean isPossessive(String w) {
    return w.endsWith("\u2019s") || w.endsWith("'s") || w.endsWith("s\u2019") || w.endsWith("s'");
  }

  /** A word that can be part of a person's name. */
  static boolean isNameWord(String word) {
    String w = bare(word);
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))
        || Lexicon.NOT_NAMES.contains(Lexicon.pronounBase(w)) // also "I’m", "I’ve"
        || Lexicon.TITLE_WORDS.contains(w) || Lexicon.HONORIFICS.contains(w) || Lexicon.ROYAL.contains(w)
        || isSuffix(w) || isOrgNoun(w) || endsWithPersonNoun(w) || Lexicon.isPronoun(w)) {
      return false;
    }
    boolean lower = false;
    for (int i = 1; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        lower = true;
        break;
      }
    }
    return lower;
  }

  /** "Singer-guitarists", "Co-founder": a hyphenated word whose last part is a person noun is a title, no name. */
  /** "Oscar-winning", "Ex-escort-turned-hairdresser": a compound with a lower-case part describes; no name word does. */
  static boolean hasLowerCasePart(String w) {
    for (int h = w.indexOf('-'); h >= 0 && h + 1 < w.length(); h = w.indexOf('-', h + 1)) {
      if (Character.isLowerCase(w.charAt(h + 1))) {
        return true;
      }
    }
    return false;
  }

  static boolean endsWithPersonNoun(String w) {
    int hyphen = w.lastIndexOf('-');
    if (hyphen < 0 || hyphen + 1 >= w.length() || !Character.isLowerCase(w.charAt(hyphen + 1))) {
      return false;
    }
    String last = w.substring(hyphen + 1);
    return Lexicon.PERSON_NOUNS.contains(last)
        || last.endsWith("s") && Lexicon.PERSON_NOUNS.contains(last.substring(0, last.length() - 1));
  }

  /** "Ministry", "Productions": an organisation word, compared without case (and without allocating). */
  static boolean isOrgNoun(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && i > 0) {
        return false; // "WeWork", "McDowell": no common noun
      }
    }
    return Lexicon.ORG_NOUNS.contains(w) || Lexicon.ORG_NOUNS_CAPITALISED.contains(w);
  }

  static boolean isAcronym(String word) {
    String w = bare(word);
    if (w.length() < 2) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != '.' && c != '&' && !Character.isDigit(c)) {
        return false;
      }
    }
    return letters >= 2;
  }

  static boolean isOrgWord(String word) {
    String w = bare(word);
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && isOrgNoun(w) || isAcronym(w);
  }

  /** Whether a run of capitalised words starts at token {@code i}. */
  static boolean startsRun(Tokens t, int i) {
    if (!t.isWord(i) || !(t.isCapitalised(i) || particlesOpenName(t, i))) {
      return false;
    }
    return i == 0 || !t.isWord(i - 1) || !t.adjacent(i - 1) || !continuesRun(t, i - 1) || isPossessive(t.word(i - 1))
        || (t.word(i - 1).equals("A") || t.word(i - 1).equals("An")) && atSentenceStart(t, i - 1); // "A Downing Street spokesman"
  }

  /**
   * Whether the word at {@code i} is a name particle followed by a capitalised word, maybe after a
   * second particle: "de Blasio", "von der Leyen".
   */
  static boolean particlesOpenName(Tokens t, int i) {
    return isParticle(t.word(i)) && (t.isCapitalised(i + 1)
        || i + 2 < t.size && t.isWord(i + 1) && isParticle(t.word(i + 1)) && t.isCapitalised(i + 2));
  }

  static boolean continuesRun(Tokens t, int i) {
    return t.isCapitalised(i) || isParticle(t.word(i)) || isInitial(t.word(i));
  }

  /** Just after the run of capitalised words starting at {@code i}. */
  static int runEnd(Tokens t, int i) {
    int j = i + 1;
    while (j < t.size && j < i + MAX_RUN && t.isWord(j) && t.adjacent(j - 1) && !isPossessive(t.word(j - 1))
        && (t.isCapitalised(j) || isInitial(t.word(j)) || isSuffix(t.word(j))
            || j + 1 < t.size && t.adjacent(j) && particlesOpenName(t, j)
                && (t.isCapitalised(j + 1) || t.adjacent(j + 1)))) { // "de Blasio", "von der Leyen"
      j++;
    }
    return j;
  }

  static boolean atSentenceStart(Tokens t, int i) {
    return i == t.sentenceStart(i) || t.kind[i - 1] == Tokens.QUOTE && Tokens.endsWithSentencePunctuation(t.word(i - 1))
        || t.kind[i - 1] == Tokens.PUNCT && "(\u2014\u2013-:".contains(t.word(i - 1));
  }

  /** "WeWork", "McDowell": a capital inside a word marks a name even at the start of a sentence. */
  static boolean innerCapital(String w) {
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  static int lastNameWord(Tokens t, int first, int last) {
    int k = last;
    while (k > first && isSuffix(t.word(k))) {
      k--;
    }
    return k;
  }

  /** Whether lower-case words up to a person noun follow: "Goddard planetary scientist". */
  static boolean followedByPersonNoun(Tokens t, int k, int to) {
    for (int i = k; i < to && i < k + 4 && t.isWord(i) && !t.isCapitalised(i); i++) {
      String lw = t.lower(i);
      if (Lexicon.PERSON_NOUNS.contains(lw) || Lexicon.SPOKES_NOUNS.contains(lw)) {
        return true;
      }
      if (Lexicon.FUNCTION_WORDS.contains(lw)) {
        return false;
      }
    }
    return false;
  }

  static boolean isLeadingFiller(String lw) {
    switch (lw) {
      case "and", "but", "yet", "so", "then", "also", "while", "as", "according", "to", "however", "though", "later",
          "earlier", "meanwhile", "separately", "previously", "afterwards", "finally", "instead", "still":
        return true;
      default:
        return false;
    }
  }

  /** The start of the last run of capitalised words {@link #orgEnd} joins to the organisation's name, or {@code k}. */
  static int lastOrgRun(Tokens t, int k, int end, int to) {
    int e = end;
    int last = k;
    while (e + 1 < to && t.isWord(e) && t.adjacent(e - 1) && (t.word(e).equals("of") || t.word(e).equals("for")
        || t.word(e).equals("and") || t.word(e).equals("&") || t.word(e).equals("on")) && t.isCapitalised(e + 1)
        && t.adjacent(e) && !Lexicon.TIME_WORDS.contains(t.lower(e + 1))) { // not "Scientists on Monday"
      last = e + 1;
      e = runEnd(t, e + 1);
    }
    return last;
  }

  /** The end of an organisation's name: "Ministry of Defence", "Customs and Border Protection". */
  static int orgEnd(Tokens t, int k, int end, int to) {
    int last = lastOrgRun(t, k, end, to);
    return last > k ? runEnd(t, last) : end;
  }


  /** "vapor on Europa": a name after a preposition is seldom what a pronoun refers to. */
  static boolean afterPreposition(Tokens t, int k) {
    if (k == 0 || !t.isWord(k - 1)) {
      return false;
    }
    switch (t.lower(k - 1)) {
      case "on", "in", "at", "of", "from", "to", "into", "over", "near", "about", "for", "across", "through", "inside",
          "by", "with", "against", "between", "among", "toward", "towards", "than":
        return true;
      default:
        return false;
    }
  }

  /** A name that a noun follows modifies it: "a Tumblr post", "Indiana protesters". */
  static boolean modifiesNoun(Tokens t, int after) {
    for (int k = after; k < t.size && k < after + 3 && t.isWord(k) && !t.isCapitalised(k); k++) {
      String lw = t.lower(k);
      if (Lexicon.FUNCTION_WORDS.contains(lw) || t.isCueAt(k)) {
        return false;
      }
      if (Lexicon.PERSON_NOUNS.contains(lw) || Lexicon.ORG_NOUNS.contains(lw) || Lexicon.STATEMENT_NOUNS.contains(lw)
          || Lexicon.CUE_NOUNS.contains(lw) || Lexicon.NAMING_NOUNS.contains(lw)) {
        return true;
      }
    }
    return false;
  }

  static List<String> lowerWords(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '\u2019' || text.charAt(j) == '\'')) {
        j++;
      }
      if (j > i) {
        out.add(Lexicon.lower(text.substring(i, j)));
      }
      i = j;
    }
    return out;
  }

  static String trimPunctuation(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  /**
   * Where the subject of a sentence starts: after an opening phrase ("Speaking at …, "), or after
   * several in a row ("From the deck of his schooner, undergoing an overhaul in Seattle, skipper …").
   */
  static int subjectStart(Tokens t, int from, int to) {
    int s = Math.max(from, t.datelineEnd()); // "WASHINGTON (AP) — Scientists on Monday …": the subject follows
    while (s < to && t.kind[s] == Tokens.PUNCT) {
      s++;
    }
    if (!(s < to && t.isWord(s))) {
      return s;
    }
    int afterTime = afterTimeOpener(t, s, to);
    if (afterTime > s) {
      return afterTime; // "But on Thursday night the Home Office watered down …"
    }
    String w = t.lower(s);
    if (!(OPENING_WORDS.contains(w) || w.endsWith("ing") || w.endsWith("ly") || opensTimePhrase(t, s, to))) {
      return s;
    }
    for (int phrases = 0; phrases < 3; phrases++) {
      int after = -1;
      for (int k = s; k < to && k < s + WINDOW; k++) {
        if (t.isPunct(k, ",")) {
          after = k + 1;
          break;
        }
        if (t.kind[k] == Tokens.QUOTE) {
          break;
        }
      }
      if (after < 0) {
        break;
      }
      s = after;
      if (!(s < to && t.isWord(s) && (t.lower(s).endsWith("ing") || t.lower(s).endsWith("ed")))) {
        break; // only a participle phrase follows: "…, moored for the winter, …"
      }
    }
    return s;
  }

  /** Words inside such a phrase before its noun of time: "on the last Thursday night", "late last week". */
  private static final Set<String> TIME_MODIFIERS = Lexicon.words("the", "last", "this", "next", "early", "late");

  /** Prepositions that open a phrase of time with no comma after it: "on Thursday night", "late last week". */
  private static final Set<String> TIME_PREPOSITIONS = Lexicon.words("on", "at", "in", "late", "early", "last", "by");

  /**
   * Just after a phrase of time that opens {@code [s, to)} with no comma, maybe after "but" or "and"
   * ("But on Thursday night the Home Office …", "Late last week Acme …"), when a determiner or a
   * capitalised word follows it; else {@code s}.
   */
  static int afterTimeOpener(Tokens t, int s, int to) {
    int p = s;
    if (p < to && t.isWord(p) && isLeadingFiller(t.lower(p))) {
      p++;
    }
    if (!(p < to && t.isWord(p) && TIME_PREPOSITIONS.contains(t.lower(p)))) {
      return s;
    }
    int last = -1;
    for (int k = p + 1; k < to && k <= p + 4 && t.isWord(k); k++) {
      String w = t.lower(k);
      if (TIME_NOUNS.contains(w)) {
        last = k;
      } else if (!TIME_MODIFIERS.contains(w)) {
        break;
      }
    }
    if (last < 0 || last + 1 >= to || !t.isWord(last + 1)) {
      return s;
    }
    String next = t.lower(last + 1);
    return next.equals("the") || next.equals("a") || next.equals("an") || t.isCapitalised(last + 1) ? last + 1 : s;
  }

  /** Words that open a phrase of time before a comma: "The following Monday evening,", "That night,". */
  private static final Set<String> TIME_OPENERS = Lexicon.words("the", "that", "this", "next", "one");

  /** Nouns of time that end such a phrase. */
  private static final Set<String> TIME_NOUNS = Lexicon.words("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year",
      "season", "summer", "winter", "spring", "autumn", "fall", "time");

  /** A time phrase of at most five words that opens the sentence and ends in a comma: "The following Monday evening,". */
  private static boolean opensTimePhrase(Tokens t, int s, int to) {
    if (!TIME_OPENERS.contains(t.lower(s))) {
      return false;
    }
    for (int k = s + 1; k < to && k <= s + 5 && t.isWord(k); k++) {
      if (TIME_NOUNS.contains(t.lower(k)) && k + 1 < to && t.isPunct(k + 1, ",")) {
        return true;
      }
    }
    return false;
  }

  static int strongCue(Tokens t, int from, int to) {
    for (int k = from; k < to && k < from + WINDOW; k++) {
      if (t.isCueAt(k) && Lexicon.cue(t.word(k)).strong()) {
        return k;
      }
    }
    return -1;
  }

  /** A cue ("said", "told reporters", "said in a statement") just before the punctuation at {@code p}. */
  static boolean cueEndsAt(Tokens t, int p, int from) {
    for (int k = p - 1; k >= from && k >= p - 6; k--) {
      if (t.isCueAt(k)) {
        return cueEnd(t, k, p) == p || context(t, cueEnd(t, k, p), p) != null;
      }
      if (t.kind[k] != Tokens.WORD) {
        return false;
      }
    }
    return false;
  }

  static boolean onlyPunctuation(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.kind[k] != Tokens.PUNCT) {
        return false;
      }
    }
    return true;
  }

  /** A colon between the cue and the next quotation: the cue introduces that one. */
  static boolean introducesNext(Tokens t, int from, int to) {
    for (int k = from; k < to + 1 && k < t.size; k++) {
      if (t.isPunct(k, ":")) {
        return k + 1 < t.size && t.kind[k + 1] == Tokens.QUOTE;
      }
      if (t.isCueAt(k)) {
        return false; // "“…,” Doe said, adding: “…”": the colon is the second verb's
      }
      if (t.kind[k] == Tokens.QUOTE || t.kind[k] == Tokens.PUNCT && ".!?".contains(t.word(k))) {
        return false;
      }
    }
    return false;
  }

  /** Just after a cue: "said", "went on", "told reporters". */
  static int cueEnd(Tokens t, int c, int to) {
    Lexicon.Cue cue = Lexicon.cue(t.word(c));
    int e = c + 1;
    if (Lexicon.particle(cue.base()) != null) {
      e++;
    }
    if (cue.base().equals("tell") && e < to && t.isWord(e) && Character.isLowerCase(t.word(e).charAt(0))
        && !Lexicon.TIME_WORDS.contains(t.lower(e)) && !Lexicon.FUNCTION_WORDS.contains(t.lower(e))
        && !Lexicon.isPronoun(t.word(e))) {
      e++; // told reporters
    }
    return Math.min(e, to);
  }

  static String cueText(Tokens t, int c, int end) {
    return t.text.substring(t.start[c], t.end[end - 1]);
  }

  /** Just after a noun phrase: the next comma, parenthesis, dash or sentence end. */
  static int segmentEnd(Tokens t, int from, int to) {
    int k = from;
    while (k < to && !(t.kind[k] == Tokens.PUNCT && !t.word(k).equals(".") && !t.word(k).equals("-"))
        && t.kind[k] != Tokens.QUOTE && !(t.isWord(k) && (t.word(k).equals("who") || t.word(k).equals("which")))) { // "WHO" is no relative
      if (t.isPunct(k, ".")) {
        break;
      }
      k++;
    }
    return k;
  }

  /** "in a statement" after the speaker and verb: words from a preposition to the sentence end. */
  static String context(Tokens t, int from, int to) {
    if (from >= to || !t.isWord(from) || !CONTEXT_PREPOSITIONS.contains(t.word(from))) {
      return null;
    }
    int e = from;
    while (e < to && (t.kind[e] == Tokens.WORD || t.kind[e] == Tokens.PUNCT && !t.word(e).equals(".")
        && !t.word(e).equals(",") && !t.word(e).equals(";") && !t.word(e).equals(":"))) {
      e++;
    }
    return t.text.substring(t.start[from], t.end[e - 1]);
  }

  /** The first token of the stretch ending at {@code end} that no punctuation or quotation interrupts. */
  static int segmentStart(Tokens t, int limit, int end) {
    int s = end - 1;
    while (s >= limit && t.kind[s] != Tokens.QUOTE
        && !(t.kind[s] == Tokens.PUNCT && !t.word(s).equals("-") && !t.word(s).equals(")"))) {
      if (t.isPunct(s, ")")) {
        while (s > limit && !t.isPunct(s, "(")) {
          s--;
        }
      }
      s--;
    }
    return s + 1;
  }

  static boolean isConjunction(String w) {
    return w.equals("and") || w.equals("but") || w.equals("or") || w.equals("then") || w.equals("that");
  }

  /** "Speaking at a press conference at NATO headquarters, …" gives "at a press conference at NATO headquarters". */
  static String openingContext(Tokens t, int from, int to) {
    if (from >= to || !t.isWord(from)) {
      return null;
    }
    int comma = from;
    while (comma < to && comma < from + WINDOW && !t.isPunct(comma, ",")) {
      comma++;
    }
    if (comma >= to || comma == from) {
      return null;
    }
    if (t.word(from).equals("Speaking") && comma > from + 1) {
      return t.text.substring(t.start[from + 1], t.end[comma - 1]);
    }
    if (t.word(from).equals("In") && t.isWord(from + 1) && (t.lower(from + 1).equals("a") || t.lower(from + 1).equals("an"))
        && t.isWord(from + 2) && (t.lower(from + 2).equals("statement") || t.lower(from + 2).equals("interview"))) {
      return "i" + t.text.substring(t.start[from] + 1, t.end[comma - 1]);
    }
    return null;
  }

  /** "said in a statement: “…”" gives "in a statement". */
  static String beforeContext(Tokens t, int from, int q) {
    if (q - 1 <= from || !(t.isPunct(q - 1, ":") || t.isPunct(q - 1, ","))) {
      return null;
    }
    String c = context(t, from, q - 1);
    if (c == null) {
      return null;
    }
    for (int k = from; k < q - 1; k++) {
      if (t.isWord(k) && t.lower(k).equals("that")) {
        return null;
      }
    }
    return c;
  }

  /** "said that scientists still needed …, “from …”": the quotation goes on the writer's clause. */
  static boolean insideThatClause(Tokens t, int q, int from) {
    for (int k = q - 2; k >= from && k >= q - WINDOW && t.kind[k] != Tokens.QUOTE; k--) {
      if (t.isCueAt(k)) {
        return false;
      }
      if (t.isWord(k) && t.lower(k).equals("that") && k + 1 < q && t.isWord(k - 1 < from ? k : k - 1)
          && k - 1 >= from && t.isCueAt(k - 1)) {
        return true;
      }
      if (t.isWord(k) && t.lower(k).equals("that")) {
        for (int c = k - 1; c >= from && c >= k - 6; c--) {
          if (t.isCueAt(c)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** A cue in the clause before the quotation, or just after it. */
  static boolean cueNear(Tokens t, int q, int from, int to) {
    for (int k = q - 1; k >= from && k >= q - WINDOW && t.kind[k] != Tokens.QUOTE; k--) {
      if (isCueWord(t, k)) {
        return true;
      }
    }
    for (int k = q + 1; k < to && k <= q + 8 && t.kind[k] != Tokens.QUOTE; k++) {
      if (isCueWord(t, k)) {
        return true;
      }
      if (t.kind[k] == Tokens.PUNCT && ".!?".contains(t.word(k))) {
        break;
      }
    }
    return false;
  }

  static boolean isCueWord(Tokens t, int k) {
    return t.isCueAt(k) || t.isWord(k) && (Lexicon.CUE_NOUNS.contains(t.lower(k)) || t.lower(k).equals("according"));
  }

  static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  static boolean endsWithPunctuation(String q) {
    return Tokens.endsWithSentencePunctuation(q) || trimPunctuation(q).length() < q.strip().length()
        && ",;:".indexOf(q.strip().charAt(q.strip().length() - 1)) >= 0;
  }

  static String firstWord(String words) {
    int a = 0;
    while (a < words.length() && !Character.isLetterOrDigit(words.charAt(a))) {
      a++;
    }
    int b = a;
    while (b < words.length() && (Character.isLetterOrDigit(words.charAt(b)) || words.charAt(b) == '\u2019'
        || words.charAt(b) == '\'')) {
      b++;
    }
    return Lexicon.lower(words.substring(a, b));
  }

  /**
   * Whether a quotation's text starts with a personal pronoun or another word that opens a clause
   * ("we need …"), also contracted with its verb ("we've won …", "you’re not …", "I'm").
   */
  static boolean startsClause(String words) {
    String first = firstWord(words);
    if (Lexicon.CLAUSE_STARTS.contains(first)) {
      return true;
    }
    int apostrophe = Math.max(first.indexOf('\''), first.indexOf('\u2019'));
    if (apostrophe <= 0) {
      return false;
    }
    String rest = first.substring(apostrophe + 1);
    boolean contraction = rest.equals("ve") || rest.equals("re") || rest.equals("ll") || rest.equals("d")
        || rest.equals("m") || rest.equals("s");
    return contraction && Lexicon.CLAUSE_STARTS.contains(first.substring(0, apostrophe));
  }

  static boolean firstPersonSentence(Tokens t, int from, int q) {
    int s = subjectStart(t, from, q);
    return s < q && t.isWord(s) && (t.word(s).equals("I") || t.word(s).equals("We"));
  }

  static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        n++;
      }
      in = letter || in && (s.charAt(i) == '\u2019' || s.charAt(i) == '\'' || s.charAt(i) == '-');
    }
    return n;
  }

  /** Every word capitalised but the small ones: "Takin’ It to the Streets", "Mary Poppins". One pass. */
  static boolean isTitleLike(String s) {
    int content = 0;
    int n = s.length();
    int i = 0;
    boolean onlyI = true;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && !Marks.isSpace(s.charAt(j))) {
        j++;
      }
      int e = j;
      while (e > i && !Character.isLetterOrDigit(s.charAt(e - 1))) {
        e--;
      }
      if (e > i) {
        String w = s.substring(i, e);
        if (!(content > 0 && SMALL_TITLE_WORDS.contains(w))) {
          if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
            return false;
          }
          content++;
          onlyI &= w.equals("I");
        }
      }
      i = j;
    }
    return content > 0 && !(content == 1 && onlyI);
  }
}
