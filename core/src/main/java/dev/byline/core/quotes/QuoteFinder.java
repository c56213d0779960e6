package dev.byline.core.quotes;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.TextLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every quotation in an article's headline and paragraphs, with its exact text, its location
 * in code points, its kind and who said it. Deterministic, rule-based, no network, no model.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteFinder.find(headline, paragraphs);
 * }</pre>
 *
 * <h2>Quotation marks</h2>
 *
 * <ul>
 *   <li>Double marks, curly ({@code “…”}) or straight ({@code "…"}), everywhere.
 *   <li>Single curly marks ({@code ‘…’}) in headlines and, outside double marks, in the body (the
 *       British style); straight single marks ({@code '…'}) in headlines only. A right single mark
 *       between letters ({@code won’t}, {@code Russia’s}) or before a digit ({@code ’90s}) is an
 *       apostrophe, never a closing mark.
 *   <li>Single marks inside a double-quoted passage are a nested quotation: they stay part of the
 *       outer quotation's text and are not reported on their own.
 *   <li>A quotation running over several paragraphs (the opening mark repeated at the start of each,
 *       no closing mark until the last) is reported as one {@link Quote} per paragraph, each with its
 *       own location, all with the attribution found for the last one.
 *   <li>A mark that never closes in a headline is ignored (it is no quotation); in the body the
 *       quotation runs to the end of the paragraph. Marks around no letter or digit quote nothing.
 * </ul>
 *
 * <p>{@link Quote#getText()} is exactly what stands between the marks; the location is its span.
 * The kind is {@link QuoteKind#FULL} when the text starts with a capital letter and holds or ends
 * with sentence punctuation ({@code . , ! ? …}), {@link QuoteKind#PARTIAL} otherwise (a fragment
 * worked into the writer's sentence, or scare quotes).
 *
 * <h2>Speakers</h2>
 *
 * <p>Sentences are found outside the quotations. For each quotation, in this order:
 *
 * <ol>
 *   <li><b>after it</b>, in the same sentence: {@code ,” said Stoltenberg.}, {@code ,” Stoltenberg said
 *       in a statement.}, {@code ,” according to the ministry.} — the cue verb, the speaker and an
 *       occasion that starts with a preposition ({@code in}, {@code at}, {@code during}, …) as context;
 *   <li><b>before it</b>, in the same sentence: the last cue verb before the opening mark ({@code said},
 *       {@code stated}, {@code told reporters}, {@code characterizing}, …) and the sentence's subject —
 *       the first person named in the sentence, a name just before the verb, or {@code he}/{@code she}
 *       for the last speaker; a sentence opening "Speaking at …," or "In a statement," gives the
 *       context;
 *   <li><b>continuation</b>: a quotation that stands alone as its sentence, right after a quotation
 *       of the same paragraph with a known speaker, takes that attribution;
 *   <li><b>headline</b>: "Secretary general: … ‘…’" — the words before the colon name a person of the
 *       article by name or title;
 *   <li>otherwise the source is explicitly unknown ({@link Attribution#unknown()}): never a guess.
 * </ol>
 *
 * <p>People are registered as the article introduces them: "NATO Secretary-General Jens Stoltenberg"
 * is the person Jens Stoltenberg, title Secretary-General, affiliation NATO, and a later
 * "Stoltenberg" is the same person. A speaker named in all capitals, or with a word such as
 * Ministry, Agency or Police, is an {@link Organization}.
 *
 * <h2>Cost</h2>
 *
 * <p>One pass per paragraph; looking for cues stays within {@value #WINDOW} chars of a quotation, so
 * the time is linear in the length of the text. Thread-safe: no state between calls.
 */
public final class QuoteFinder {
  /** How far before or after a quotation the finder looks for its cue, in chars. */
  public static final int WINDOW = 400;

  static final Set<String> CUE_VERBS = Set.of(
      "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "asked", "asks",
      "explained", "explains", "noted", "notes", "wrote", "writes", "warned", "warns", "argued",
      "argues", "insisted", "insists", "maintained", "maintains", "declared", "declares", "announced",
      "announces", "replied", "replies", "continued", "continues", "stressed", "stresses", "claimed",
      "claims", "acknowledged", "admitted", "conceded", "urged", "urges", "vowed", "vows", "promised",
      "pledged", "recalled", "remarked", "observed", "posted", "tweeted", "characterizing",
      "characterising", "calling", "called", "describing", "described", "saying", "adding", "warning",
      "insisting", "telling", "noting", "stating", "arguing");

  static final Set<String> TITLES = Set.of(
      "Secretary-General", "Secretary General", "President", "Vice President", "Prime Minister",
      "Chancellor", "Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
      "Defense Secretary", "Defence Secretary", "Secretary of State", "Secretary", "Governor",
      "Senator", "Sen.", "Rep.", "Representative", "Mayor", "Ambassador", "General", "Gen.",
      "Commissioner", "Director", "Chief Executive", "CEO", "Chairman", "Chairwoman", "Chair",
      "Spokesperson", "Spokesman", "Spokeswoman", "spokesperson", "spokesman", "spokeswoman",
      "Dr.", "Professor", "Prof.", "Judge", "Justice", "Pope", "King", "Queen", "Prince", "Princess");

  static final Set<String> NOT_NAMES = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
      "Officials", "Critics", "Analysts", "Experts", "Police", "Speaking", "In", "On", "At", "But",
      "And", "Or", "If", "When", "While", "After", "Before", "According", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "However", "Meanwhile", "Still",
      "Yet", "So", "As", "Amid", "Also", "There", "Here", "Some", "Many", "Most", "All");

  static final Set<String> ORGANISATION_WORDS = Set.of(
      "Ministry", "Department", "Agency", "Police", "Office", "Council", "Commission", "Committee",
      "Government", "Party", "Company", "Corporation", "Inc.", "Ltd.", "Association", "Union",
      "Bank", "University", "Court", "Army", "Navy", "Kremlin", "Pentagon", "Embassy");

  static final Set<String> CONTEXT_PREPOSITIONS = Set.of("in", "at", "during", "on", "to", "after", "before", "from", "via");

  private QuoteFinder() {}

  /**
   * Finds the quotations of an article from its headline and paragraphs (its current quotes are
   * not looked at).
   *
   * @param article the article; not {@code null}
   * @return the quotations in reading order, headline first
   */
  public static List<Quote> find(Article article) {
    Objects.requireNonNull(article, "article");
    return find(article.getHeadline(), article.getParagraphs());
  }

  /**
   * Finds the quotations in a headline and body paragraphs.
   *
   * @param headline the headline; not {@code null}
   * @param paragraphs the body paragraphs, in order; not {@code null}, no {@code null} element
   * @return the quotations in reading order, headline first; never {@code null}
   */
  public static List<Quote> find(String headline, List<String> paragraphs) {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(paragraphs, "paragraphs");
    for (String p : paragraphs) {
      Objects.requireNonNull(p, "paragraph");
    }
    return new Run(headline, paragraphs).find();
  }

  /** One finding over one article. */
  private static final class Run {
    final String headline;
    final List<String> paragraphs;
    final Map<String, Person> byName = new HashMap<>();
    final Map<String, Person> bySurname = new HashMap<>();
    final Map<String, Person> byTitle = new HashMap<>();
    Agent lastSpeaker;

    Run(String headline, List<String> paragraphs) {
      this.headline = headline;
      this.paragraphs = paragraphs;
    }

    List<Quote> find() {
      for (String p : paragraphs) {
        registerIntroductions(p);
      }
      List<Quote> out = new ArrayList<>(headlineQuotes());
      List<Span> pending = new ArrayList<>(); // pieces of a quotation still open at a paragraph's end
      Attribution pendingAttribution = null; // found where that quotation opened
      for (int i = 0; i < paragraphs.size(); i++) {
        String text = paragraphs.get(i);
        List<Span> spans = spans(text, false, !pending.isEmpty());
        if (!pending.isEmpty() && (spans.isEmpty() || !spans.get(0).continued())) {
          flush(out, pending, pendingAttribution); // the continuation never came
          pendingAttribution = null;
        }
        Attribution previous = null;
        for (Span span : spans) {
          Span s = span.withParagraph(i);
          Attribution a = attribute(text, s, previous);
          if (s.unclosed()) {
            if (pending.isEmpty() || pendingAttribution == null || !pendingAttribution.isSourceKnown()) {
              pendingAttribution = a;
            }
            pending.add(s);
            continue;
          }
          if (s.continued() && !pending.isEmpty()) {
            if (!a.isSourceKnown() && pendingAttribution != null) {
              a = pendingAttribution;
            }
            flush(out, pending, a);
            pendingAttribution = null;
          }
          out.add(quote(text, s, a));
          if (a.isSourceKnown()) {
            previous = a;
          }
        }
      }
      flush(out, pending, pendingAttribution);
      return out;
    }

    void flush(List<Quote> out, List<Span> pieces, Attribution a) {
      for (Span piece : pieces) {
        out.add(quote(paragraphs.get(piece.paragraph()), piece, a == null ? Attribution.unknown() : a));
      }
      pieces.clear();
    }

    Quote quote(String text, Span s, Attribution a) {
      String words = text.substring(s.from(), s.to());
      TextLocation at = s.paragraph() < 0
          ? TextLocation.inHeadline(s.cpFrom(), s.cpTo())
          : TextLocation.inParagraph(s.paragraph(), s.cpFrom(), s.cpTo());
      return Quote.builder().text(words).kind(kind(words)).attribution(a).location(at).build();
    }

    static QuoteKind kind(String words) {
      int first = 0;
      while (first < words.length() && !Character.isLetterOrDigit(words.charAt(first))) {
        first++;
      }
      if (first == words.length() || !Character.isUpperCase(words.charAt(first))) {
        return QuoteKind.PARTIAL;
      }
      for (int i = 0; i < words.length(); i++) {
        if (".,!?\u2026".indexOf(words.charAt(i)) >= 0) {
          return QuoteKind.FULL;
        }
      }
      return QuoteKind.PARTIAL;
    }

    // ---- quotation spans ---------------------------------------------------------------------

    /** A quotation's text between its marks, in chars; paragraph -1 is the headline. */
    record Span(int from, int to, int markStart, int markEnd, boolean continued, boolean unclosed, int paragraph,
        int cpFrom, int cpTo) {
      Span withParagraph(int p) {
        return new Span(from, to, markStart, markEnd, continued, unclosed, p, cpFrom, cpTo);
      }
    }

    /** Code-point offsets of increasing char indexes, counted once: linear for a whole paragraph. */
    static final class CodePoints {
      private final String t;
      private int charAt;
      private int cpAt;

      CodePoints(String t) {
        this.t = t;
      }

      int of(int charIndex) {
        cpAt += t.codePointCount(charAt, charIndex);
        charAt = charIndex;
        return cpAt;
      }
    }

    static Span span(CodePoints cps, int from, int to, int markStart, int markEnd, boolean continued, boolean unclosed) {
      int cpFrom = cps.of(from);
      return new Span(from, to, markStart, markEnd, continued, unclosed, -1, cpFrom, cps.of(to));
    }

    static boolean isOpeningDouble(char c) {
      return c == '\u201c' || c == '\u201e' || c == '\u00ab';
    }

    static boolean isClosingDouble(char c) {
      return c == '\u201d' || c == '\u00bb';
    }

    /**
     * The quotations of one part. {@code continuing}: a quotation is still open from the previous
     * paragraph, so an opening mark at the very start continues it.
     */
    List<Span> spans(String t, boolean inHeadline, boolean continuing) {
      List<Span> out = new ArrayList<>();
      for (Span s : markedSpans(t, inHeadline, continuing)) {
        if (t.substring(s.from(), s.to()).codePoints().anyMatch(Character::isLetterOrDigit)) {
          out.add(s); // marks around nothing but spaces or punctuation quote nothing
        }
      }
      return out;
    }

    List<Span> markedSpans(String t, boolean inHeadline, boolean continuing) {
      List<Span> out = new ArrayList<>();
      CodePoints cps = new CodePoints(t);
      int n = t.length();
      int i = 0;
      boolean first = true;
      while (i < n) {
        char c = t.charAt(i);
        boolean straightOpen = c == '"' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
        if (isOpeningDouble(c) || straightOpen) {
          boolean continued = first && continuing && i == leadingSpace(t);
          int close = closingDouble(t, i + 1, c == '"');
          if (close < 0) {
            if (!inHeadline) {
              out.add(span(cps, i + 1, trimEnd(t, n), i, n, continued, true));
            }
            break;
          }
          out.add(span(cps, i + 1, close, i, close + 1, continued, false));
          i = close + 1;
          first = false;
          continue;
        }
        if (c == '\u2018' || inHeadline && c == '\'' && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
          if (i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1))) {
            int close = closingSingle(t, i + 1, c == '\'');
            if (close > 0) {
              out.add(span(cps, i + 1, close, i, close + 1, false, false));
              i = close + 1;
              first = false;
              continue;
            }
          }
        }
        if (!Character.isWhitespace(c)) {
          first = false;
        }
        i++;
      }
      return out;
    }

    static int leadingSpace(String t) {
      int i = 0;
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      return i;
    }

    static int trimEnd(String t, int end) {
      while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    /** The closing double mark after {@code from}, skipping nested single quotations; -1 if none. */
    static int closingDouble(String t, int from, boolean straight) {
      for (int i = from; i < t.length(); i++) {
        char c = t.charAt(i);
        if (straight ? c == '"' : isClosingDouble(c)) {
          return i;
        }
        if (!straight && isOpeningDouble(c)) {
          return -1; // a new quotation opens first: this one never closed
        }
      }
      return -1;
    }

    /** The closing single mark: not between letters (an apostrophe), not before a digit. */
    static int closingSingle(String t, int from, boolean straight) {
      char mark = straight ? '\'' : '\u2019';
      for (int i = from; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == mark) {
          boolean letterBefore = i > 0 && Character.isLetterOrDigit(t.charAt(i - 1));
          boolean letterAfter = i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
          if (letterBefore && letterAfter) {
            continue; // won’t, Russia’s
          }
          if (!letterBefore && letterAfter) {
            continue; // ’90s
          }
          return i;
        }
        if (c == '\u2018' || isOpeningDouble(c) || isClosingDouble(c)) {
          return -1;
        }
      }
      return -1;
    }

    // ---- people ------------------------------------------------------------------------------

    /** Registers "NATO Secretary-General Jens Stoltenberg"-style introductions. */
    void registerIntroductions(String t) {
      List<int[]> words = words(t);
      for (int w = 0; w < words.size(); w++) {
        for (int len = 3; len >= 1; len--) {
          if (w + len > words.size()) {
            continue;
          }
          String title = join(t, words, w, len);
          if (!TITLES.contains(title)) {
            continue;
          }
          int nameStart = w + len;
          int nameLen = 0;
          while (nameStart + nameLen < words.size() && nameLen < 3 && isNameWord(word(t, words, nameStart + nameLen))) {
            nameLen++;
          }
          if (nameLen >= 2) {
            String name = join(t, words, nameStart, nameLen);
            Person.Builder b = Person.builder().name(name).title(title);
            if (w > 0) {
              String org = word(t, words, w - 1);
              if (isOrganisationToken(org) && adjacent(t, words, w - 1, w)) {
                b.affiliation(Organization.of(org));
              }
            }
            register(b.build());
            w = nameStart + nameLen - 1;
          }
          break;
        }
      }
    }

    static boolean adjacent(String t, List<int[]> words, int a, int b) {
      return t.substring(words.get(a)[1], words.get(b)[0]).isBlank();
    }

    static boolean isOrganisationToken(String w) {
      if (w.length() >= 2 && w.codePoints().allMatch(cp -> Character.isUpperCase(cp) || cp == '.' || Character.isDigit(cp))) {
        return true;
      }
      return ORGANISATION_WORDS.contains(w);
    }

    static boolean isNameWord(String w) {
      return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !NOT_NAMES.contains(w) && !TITLES.contains(w)
          && w.codePoints().skip(1).anyMatch(Character::isLowerCase);
    }

    void register(Person p) {
      byName.putIfAbsent(p.getName(), p);
      String[] parts = p.getName().split(" ");
      bySurname.putIfAbsent(parts[parts.length - 1], p);
      p.getTitle().ifPresent(title -> byTitle.putIfAbsent(normalise(title), p));
    }

    static String normalise(String s) {
      return s.toLowerCase(Locale.ROOT).replace('-', ' ').replace('\u2011', ' ').strip();
    }

    /** The agent a name refers to, or null when the words are no name. */
    Agent resolve(String words) {
      String w = words.strip();
      int space = w.indexOf(' ');
      if (space > 0 && TITLES.contains(w.substring(0, space)) && allNameWords(w.substring(space + 1))) {
        String title = w.substring(0, space);
        String name = w.substring(space + 1);
        Agent known = known(name);
        if (known != null) {
          return known;
        }
        Person p = Person.builder().name(name).title(title).build();
        register(p);
        return p;
      }
      if (w.equals("he") || w.equals("she") || w.equals("He") || w.equals("She")) {
        return lastSpeaker;
      }
      if (w.startsWith("the ") || w.startsWith("The ")) {
        String rest = w.substring(4);
        if (isOrganisationPhrase(rest)) {
          return Organization.of(rest);
        }
        return byTitle.get(normalise(rest));
      }
      if (byName.containsKey(w)) {
        return byName.get(w);
      }
      if (bySurname.containsKey(w)) {
        return bySurname.get(w);
      }
      Person titled = byTitle.get(normalise(w));
      if (titled != null) {
        return titled;
      }
      if (isOrganisationPhrase(w)) {
        return Organization.of(w);
      }
      String[] parts = w.split(" ");
      for (String part : parts) {
        if (!isNameWord(part)) {
          return null;
        }
      }
      Person p = Person.of(w);
      register(p);
      return p;
    }

    static boolean isOrganisationPhrase(String w) {
      if (w.isEmpty()) {
        return false;
      }
      for (String part : w.split(" ")) {
        if (isOrganisationToken(part)) {
          return true;
        }
      }
      return false;
    }

    // ---- attribution -------------------------------------------------------------------------

    Attribution attribute(String t, Span s, Attribution previous) {
      int[] sentence = sentence(t, s);
      Attribution a = after(t, s, sentence[1]);
      if (a == null) {
        a = before(t, s, sentence[0]);
      }
      if (a == null && previous != null && standsAlone(t, s, sentence)) {
        a = previous;
      }
      if (a == null) {
        a = Attribution.unknown();
      }
      if (a.getSource().isPresent()) {
        lastSpeaker = a.getSource().get();
      }
      return a;
    }

    /** The sentence around a quotation: from the last sentence end before it to the next after it. */
    int[] sentence(String t, Span s) {
      int start = Math.max(0, s.markStart - WINDOW);
      int from = start;
      for (int i = s.markStart - 1; i >= start; i--) {
        if (endsSentenceAt(t, i)) {
          from = i + 1;
          break;
        }
      }
      int end = Math.min(t.length(), s.markEnd + WINDOW);
      int to = end;
      if (s.markEnd > 0 && s.markEnd <= t.length() && s.to > s.from && ".!?".indexOf(t.charAt(s.to - 1)) >= 0
          && nextStartsSentence(t, s.markEnd)) {
        to = s.markEnd; // “… path.” ends its sentence
      } else {
        for (int i = s.markEnd; i < end; i++) {
          char c = t.charAt(i);
          if (isOpeningDouble(c)) {
            break;
          }
          if (endsSentenceAt(t, i)) {
            to = i + 1;
            break;
          }
        }
      }
      return new int[] {from, to};
    }

    static boolean nextStartsSentence(String t, int i) {
      while (i < t.length() && t.charAt(i) == ' ') {
        i++;
      }
      return i >= t.length() || Character.isUpperCase(t.charAt(i)) || isOpeningDouble(t.charAt(i)) || t.charAt(i) == '"';
    }

    static boolean endsSentenceAt(String t, int i) {
      char c = t.charAt(i);
      if (".!?".indexOf(c) < 0) {
        return false;
      }
      int j = i + 1;
      if (j < t.length() && (isClosingDouble(t.charAt(j)) || t.charAt(j) == '\u2019' || t.charAt(j) == '"')) {
        return false; // inside a quotation's end: decided by the quotation
      }
      if (j >= t.length()) {
        return true;
      }
      if (t.charAt(j) != ' ') {
        return false;
      }
      // "U.S. has", "Mr. Smith": an abbreviation before the dot does not end the sentence
      int w = i;
      while (w > 0 && Character.isLetter(t.charAt(w - 1))) {
        w--;
      }
      String word = t.substring(w, i);
      if (word.length() == 1 && Character.isUpperCase(word.charAt(0)) || Set.of("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "St", "Prof").contains(word)) {
        return false;
      }
      return nextStartsSentence(t, j);
    }

    boolean standsAlone(String t, Span s, int[] sentence) {
      String before = t.substring(sentence[0], s.markStart);
      String after = t.substring(Math.min(s.markEnd, t.length()), Math.max(sentence[1], Math.min(s.markEnd, t.length())));
      return before.isBlank() && after.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** {@code ,” said Stoltenberg.} / {@code ,” Stoltenberg said in a statement.} / {@code ,” according to X.} */
    Attribution after(String t, Span s, int sentenceEnd) {
      if (s.markEnd >= t.length()) {
        return null;
      }
      int from = s.markEnd;
      String rest = t.substring(from, Math.max(from, sentenceEnd));
      List<String> w = tokens(rest);
      if (w.isEmpty()) {
        return null;
      }
      if (w.size() >= 3 && w.get(0).equals("according") && w.get(1).equals("to")) {
        return attribution(nameAt(w, 2), null, "according to");
      }
      if (CUE_VERBS.contains(w.get(0))) {
        String name = nameAt(w, 1);
        if (name != null) {
          int used = 1 + name.split(" ").length;
          return attribution(name, context(w, used), w.get(0));
        }
        return null;
      }
      String name = nameAt(w, 0);
      if (name != null) {
        int k = name.split(" ").length;
        if (k < w.size() && CUE_VERBS.contains(w.get(k))) {
          String cue = w.get(k);
          int used = k + 1;
          if ((cue.equals("told") || cue.equals("tells")) && used < w.size() && Character.isLowerCase(w.get(used).charAt(0))
              && !CONTEXT_PREPOSITIONS.contains(w.get(used))) {
            cue = cue + " " + w.get(used);
            used++;
          }
          return attribution(name, context(w, used), cue);
        }
      }
      return null;
    }

    /** The last cue verb before the quotation in its sentence, and the sentence's subject. */
    Attribution before(String t, Span s, int sentenceStart) {
      String text = t.substring(sentenceStart, s.markStart);
      List<String> w = tokens(text);
      int verb = -1;
      for (int i = w.size() - 1; i >= 0; i--) {
        if (CUE_VERBS.contains(w.get(i))) {
          verb = i;
          break;
        }
      }
      if (verb < 0) {
        int accordingAt = -1;
        for (int i = 0; i + 2 < w.size(); i++) {
          if (w.get(i).equals("according") && w.get(i + 1).equals("to")) {
            accordingAt = i;
          }
        }
        return accordingAt >= 0 ? attribution(nameAt(w, accordingAt + 2), null, "according to") : null;
      }
      String cue = w.get(verb);
      if ((cue.equals("told") || cue.equals("tells")) && verb + 1 < w.size() && Character.isLowerCase(w.get(verb + 1).charAt(0))
          && !CONTEXT_PREPOSITIONS.contains(w.get(verb + 1)) && !w.get(verb + 1).equals("that")) {
        cue = cue + " " + w.get(verb + 1);
      }
      Agent speaker = null;
      for (int i = 0; i < verb && speaker == null; i++) {
        String name = nameAt(w, i);
        if (name != null) {
          Agent a = known(name);
          if (a != null) {
            speaker = a;
          }
          i += name.split(" ").length - 1;
        }
      }
      if (speaker == null && verb > 0 && nameAt(w, 0) != null) {
        speaker = resolve(nameAt(w, 0)); // the sentence's subject: "Jane Doe, the mayor, said: …"
      }
      if (speaker == null && verb > 0) {
        String justBefore = w.get(verb - 1);
        if (justBefore.equals("he") || justBefore.equals("she") || justBefore.equals("He") || justBefore.equals("She")) {
          speaker = lastSpeaker;
        } else {
          for (int len = Math.min(3, verb); len >= 1 && speaker == null; len--) {
            String name = String.join(" ", w.subList(verb - len, verb));
            if (name.equals(nameAt(w, verb - len))) {
              speaker = resolve(name);
            }
          }
        }
      }
      if (speaker == null) {
        return null;
      }
      Attribution.Builder b = Attribution.builder().source(speaker).cue(cue);
      String context = openingContext(t.substring(sentenceStart, s.markStart));
      if (context != null) {
        b.context(context);
      }
      return b.build();
    }

    static boolean allNameWords(String words) {
      for (String part : words.split(" ")) {
        if (!isNameWord(part)) {
          return false;
        }
      }
      return true;
    }

    /** A person already known by full name or surname (no new person is made up here). */
    Agent known(String name) {
      int space = name.indexOf(' ');
      if (space > 0 && TITLES.contains(name.substring(0, space))) {
        name = name.substring(space + 1); // "Secretary-General Jens Stoltenberg"
      }
      if (byName.containsKey(name)) {
        return byName.get(name);
      }
      if (bySurname.containsKey(name)) {
        return bySurname.get(name);
      }
      return null;
    }

    /** "Speaking at a press conference at NATO headquarters, …" → "at a press conference at NATO headquarters". */
    static String openingContext(String sentence) {
      String s = sentence.stripLeading();
      int comma = s.indexOf(',');
      if (comma < 0) {
        return null;
      }
      if (s.startsWith("Speaking ")) {
        return s.substring("Speaking ".length(), comma);
      }
      if (s.startsWith("In a statement") || s.startsWith("In an interview")) {
        return "i" + s.substring(1, comma);
      }
      return null;
    }

    Attribution attribution(String name, String context, String cue) {
      if (name == null) {
        return null;
      }
      Agent speaker = resolve(name);
      if (speaker == null) {
        return null;
      }
      Attribution.Builder b = Attribution.builder().source(speaker).cue(cue);
      if (context != null) {
        b.context(context);
      }
      return b.build();
    }

    /** "in a statement" after the speaker and verb: words from a preposition to the sentence end. */
    static String context(List<String> w, int from) {
      if (from >= w.size() || !CONTEXT_PREPOSITIONS.contains(w.get(from))) {
        return null;
      }
      return String.join(" ", w.subList(from, w.size()));
    }

    /**
     * A name at token {@code i}: up to three name words after an optional title ("Senator Mark
     * Reed" gives "Mark Reed"), "the Ministry of Defence", an organisation in capitals, or a
     * pronoun; else null.
     */
    static String nameAt(List<String> w, int i) {
      if (i >= w.size()) {
        return null;
      }
      String first = w.get(i);
      if (first.equals("he") || first.equals("she") || first.equals("He") || first.equals("She")) {
        return first;
      }
      if ((first.equals("the") || first.equals("The")) && i + 1 < w.size()) {
        int k = i + 1;
        while (k < w.size() && k < i + 6 && !w.get(k).isEmpty()
            && (Character.isUpperCase(w.get(k).charAt(0)) || w.get(k).equals("of") && k + 1 < w.size()
                && !w.get(k + 1).isEmpty() && Character.isUpperCase(w.get(k + 1).charAt(0)))) {
          k++;
        }
        return k > i + 1 ? String.join(" ", w.subList(i, k)) : null;
      }
      int start = i;
      if (TITLES.contains(first) && i + 1 < w.size() && isNameWord(w.get(i + 1))) {
        start = i + 1;
      }
      int k = start;
      while (k < w.size() && k < start + 3 && (isNameWord(w.get(k)) || isOrganisationToken(w.get(k)) && k == start)) {
        k++;
      }
      return k > start ? String.join(" ", w.subList(i, k)) : null;
    }

    /** Words of a stretch of text, punctuation dropped (hyphens and apostrophes kept). */
    static List<String> tokens(String text) {
      List<String> out = new ArrayList<>();
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || (c == '-' || c == '\u2019' || c == '\'' || c == '.') && b.length() > 0) {
          b.append(c);
        } else if (b.length() > 0) {
          out.add(stripDot(b.toString()));
          b.setLength(0);
        }
      }
      if (b.length() > 0) {
        out.add(stripDot(b.toString()));
      }
      return out;
    }

    static String stripDot(String word) {
      if (word.endsWith(".") && !(word.length() <= 4 && word.indexOf('.') < word.length() - 1) && !TITLES.contains(word)) {
        return word.substring(0, word.length() - 1);
      }
      return word;
    }

    static List<int[]> words(String t) {
      List<int[]> out = new ArrayList<>();
      int i = 0;
      while (i < t.length()) {
        while (i < t.length() && !(Character.isLetterOrDigit(t.charAt(i)))) {
          i++;
        }
        int s = i;
        while (i < t.length() && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '-' || t.charAt(i) == '.' && i + 1 < t.length() && Character.isLetter(t.charAt(i + 1)))) {
          i++;
        }
        if (i < t.length() && t.charAt(i) == '.' && i - s <= 3 && s < i) {
          i++; // "Sen.", "Dr."
        }
        if (i > s) {
          out.add(new int[] {s, i});
        }
      }
      return out;
    }

    static String word(String t, List<int[]> words, int i) {
      return t.substring(words.get(i)[0], words.get(i)[1]);
    }

    static String join(String t, List<int[]> words, int from, int len) {
      StringBuilder b = new StringBuilder();
      for (int k = from; k < from + len; k++) {
        if (k > from) {
          String between = t.substring(words.get(k - 1)[1], words.get(k)[0]);
          if (!between.equals(" ")) {
            return "";
          }
          b.append(' ');
        }
        b.append(word(t, words, k));
      }
      return b.toString();
    }

    // ---- headline ----------------------------------------------------------------------------

    List<Quote> headlineQuotes() {
      List<Quote> out = new ArrayList<>();
      for (Span s : spans(headline, true, false)) {
        Span h = s.withParagraph(-1);
        Attribution a = null;
        int colon = headline.indexOf(':');
        if (colon > 0 && colon < s.markStart) {
          Agent speaker = resolve(headline.substring(0, colon));
          if (speaker != null) {
            a = Attribution.builder().source(speaker).build();
          }
        }
        if (a == null) {
          a = after(headline, h, headline.length());
          if (a == null) {
            a = before(headline, h, 0);
          }
        }
        out.add(quote(headline, h, a == null ? Attribution.unknown() : a));
      }
      return out;
    }
  }
}
