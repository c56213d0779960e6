package dev.byline.core.quotes;

import static dev.byline.core.quotes.Clauses.*;

import dev.byline.Attribution;
import dev.byline.Limits;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.TextLocation;
import dev.byline.core.quotes.Register.Entity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One finding over one article: quotations, kinds and speakers (see {@link QuoteFinder}). */
final class Finder {
  /** How many tokens (words and marks) before or after a quotation the finder reads for its cue. */
  static final int WINDOW = 60;



  /** Cues that also name things: "a script called “Wild Rose”". */
  private static final Set<String> NAMING_CUES = Lexicon.words("call", "dub", "describe", "characterise", "characterize");

  /** Lower-case words that belong to a title before a name: "chief executive", "senior analyst". */
  private static final Set<String> TITLE_MODIFIERS = Lexicon.words("chief", "senior", "deputy", "vice", "executive",
      "associate", "assistant", "general", "managing", "lead", "acting", "interim", "principal", "head", "co-founder",
      "founding", "special", "political", "press", "communications", "research", "study", "national", "foreign",
      "defense", "defence", "finance", "state", "district", "federal", "regional", "global");


  /** The most capitalised words read as one name with its titles ("Indiana State Teachers Association President Keith Gambill"). */
  static final int MAX_RUN = 12;

  /** How many earlier subjects a pronoun or description may refer back to. */
  static final int RECENT = 12;

  /** Who said a quotation: speaker null with {@code known} false is an explicitly unknown source. */
  record Found(Entity speaker, String cue, String context) {
    static final Found UNKNOWN = new Found(null, null, null);

    Found {
      cue = clean(cue, Limits.SHORT_TEXT_MAX_LENGTH);
      context = clean(context, Limits.MEDIUM_TEXT_MAX_LENGTH);
    }

    boolean known() {
      return speaker != null;
    }

    boolean attributed() {
      return speaker != null || cue != null;
    }
  }

  /**
   * Text the model accepts as a name, title, cue or context: one line, no control characters, not
   * blank, at most {@code max} chars; else null (the finder then leaves it out rather than build an
   * invalid value).
   */
  static String clean(String s, int max) {
    if (s == null || s.isEmpty() || s.length() > max) {
      return null;
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
              || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)))) {
        return null;
      }
      letter |= Character.isLetterOrDigit(c);
    }
    return letter ? s : null;
  }

  /** An organisation of this name, or an unknown source when the name is not one the model accepts. */
  private Ref orgRef(String name, long at) {
    String n = clean(name, Limits.SHORT_TEXT_MAX_LENGTH);
    return n == null ? Ref.ANONYMOUS : new Ref(register.organisation(n, at), false, false);
  }

  /** A quotation to report: part -1 is the headline; code-point offsets within the part. */
  private record Reported(int part, Tokens tokens, int token, int cpFrom, int cpTo, QuoteKind kind, Found found) {
    Reported with(Found f) {
      return new Reported(part, tokens, token, cpFrom, cpTo, kind, f);
    }
  }

  private static Reported reported(int part, Tokens t, int q, QuoteKind kind, Found found) {
    Marks.Span s = t.spans.get(t.quote[q]);
    int cpFrom = t.codePoint(s.from());
    return new Reported(part, t, q, cpFrom, t.codePoint(s.to()), kind, found);
  }

  /** A name found in the text: the person's name, how later mentions say it, and what came with it. */
  record Name(int from, int to, int nameFrom, String name, String surname, int words, String title,
      String affiliation, int gender, boolean possessive) {}

  private final String headline;
  private final List<String> paragraphs;
  private final Register register = new Register();
  private final Set<String> midSentence = new HashSet<>(); // capitalised words seen inside sentences
  private final Entity[] recent = new Entity[RECENT]; // subjects, most recent at recentTop - 1
  private final int[] recentGender = new int[RECENT]; // of an unnamed subject (recent[i] null): "her husband" is male
  private final int[] recentSentence = new int[RECENT]; // the sentence (counted from 1) whose subject it was
  private final int[] recentPart = new int[RECENT]; // the paragraph of that sentence
  private int sentences; // sentences begun so far
  private int recentCount;
  private Found lastFound; // the last attribution with a cue (its speaker known or explicitly unknown), quoted or reported
  private int lastFoundParagraph = -10;
  private Entity lastStatementAuthor;
  private final List<Reported> reported = new ArrayList<>();
  private final java.util.Map<String, Found> spoken = new java.util.HashMap<>(); // word trigrams of quotations with a speaker
  private final List<String> unindexedTexts = new ArrayList<>(); // quotations with a speaker not yet in spoken
  private final List<Found> unindexedFound = new ArrayList<>();

  Finder(String headline, List<String> paragraphs) {
    this.headline = headline;
    this.paragraphs = paragraphs;
  }

  List<Quote> find() {
    Tokens head = Tokens.of(headline, Marks.find(headline, true, false));
    List<Tokens> read = new ArrayList<>(paragraphs.size());
    paragraphOf = new int[paragraphs.size()];
    boolean continuing = false;
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      List<Marks.Span> spans = Marks.find(p, false, continuing);
      continuing = !spans.isEmpty() && spans.get(spans.size() - 1).unclosed();
      if (spans.isEmpty() && isFurniture(p)) {
        continue; // "Advertisement", "READ MORE: …", "Photo: Getty Images": the story reads on past it
      }
      paragraphOf[read.size()] = i;
      read.add(Tokens.of(p, spans));
    }
    Tokens[] body = read.toArray(new Tokens[0]);
    for (int i = 0; i < body.length; i++) {
      learnCapitals(body[i]);
      learnOrganisations(body[i], i);
    }
    learnCapitals(head);
    for (boolean fullNames : new boolean[] {true, false}) { // full names first, then "Mr. Reed" refers to them
      for (int i = 0; i < body.length; i++) {
        introduce(body[i], i, fullNames);
      }
      introduce(head, -1, fullNames);
    }
    for (int i = 0; i < body.length; i++) {
      introduceQuoted(body[i], i);
    }
    mainPass = true;
    headlineQuotes(head);
    List<Reported> pending = new ArrayList<>();
    for (int i = 0; i < body.length; i++) {
      paragraph(body[i], i, pending);
    }
    flush(pending, null);
    List<Quote> out = new ArrayList<>(reported.size());
    for (Reported r : reported) {
      out.add(quote(r));
    }
    return out;
  }

  // ---- building the quotes ---------------------------------------------------------------------

  /** The paragraph of the article each paragraph read stands at (furniture is skipped). */
  private int[] paragraphOf;

  /** Most words a paragraph of page furniture has. */
  private static final int FURNITURE_MAX_WORDS = 12;

  /**
   * How the paragraphs of page furniture that scraped articles carry between paragraphs of the story
   * open, compared without case: a marker of an advertisement, a link to another story, a picture's
   * credit.
   */
  private static final List<String> FURNITURE_OPENINGS = List.of("advertisement", "advertising", "sponsored",
      "story continues", "article continues", "continue reading", "scroll to continue", "read more", "read also",
      "also read", "more:", "related", "see also", "watch:", "watch more", "watch now", "listen:", "click here",
      "photo:", "photo credit", "photograph:", "image:", "image credit", "picture:", "credit:", "video:",
      "getty images");

  /**
   * Whether a paragraph with no quotation is page furniture between paragraphs of the story, not
   * part of it: at most {@value #FURNITURE_MAX_WORDS} words opened by one of
   * {@link #FURNITURE_OPENINGS} ("Advertisement", "Story continues below advertisement", "READ MORE:
   * …", "Photo: Getty Images"), or the one word "Image" or "Photo" of a picture left out.
   */
  static boolean isFurniture(String paragraph) {
    String p = paragraph.strip();
    if (p.equalsIgnoreCase("image") || p.equalsIgnoreCase("photo") || p.equalsIgnoreCase("video")) {
      return true;
    }
    for (String opening : FURNITURE_OPENINGS) {
      if (p.regionMatches(true, 0, opening, 0, opening.length())
          && (p.length() == opening.length() || !Character.isLetter(p.charAt(opening.length())))) {
        return wordCount(p) <= FURNITURE_MAX_WORDS;
      }
    }
    return false;
  }

  private Quote quote(Reported r) {
    TextLocation at = r.part() < 0 ? TextLocation.inHeadline(r.cpFrom(), r.cpTo())
        : TextLocation.inParagraph(paragraphOf[r.part()], r.cpFrom(), r.cpTo());
    return Quote.builder().text(r.tokens().word(r.token())).kind(r.kind()).attribution(attribution(r.found()))
        .location(at).build();
  }

  private final java.util.Map<Found, Attribution> attributions = new java.util.HashMap<>();

  /** The attribution of a finding, built once for all its quotations. */
  private Attribution attribution(Found f) {
    return attributions.computeIfAbsent(f, Finder::build);
  }

  private static Attribution build(Found f) {
    Attribution.Builder b = Attribution.builder();
    if (f.speaker() != null) {
      b.source(f.speaker().agent());
    }
    if (f.cue() != null) {
      b.cue(f.cue());
    }
    if (f.context() != null) {
      b.context(f.context());
    }
    return b.build();
  }

  // ---- names -----------------------------------------------------------------------------------

  /**
   * Organisations' names of two or more words that hold a capitalised organisation noun, wherever
   * they stand ("born at the Denver Zoo", "a ruling of the Colorado Supreme Court"), by that noun
   * and position: "the zoo said" later may be the last of them.
   */
  private void learnOrganisations(Tokens t, int part) {
    for (int i = 0; i < t.size; i++) {
      if (!t.isCapitalised(i) || !Lexicon.ORG_NOUNS.contains(t.lower(i))) {
        continue;
      }
      int from = i;
      while (from > 0 && from > i - MAX_RUN && t.isCapitalised(from - 1) && t.adjacent(from - 1)
          && !isPossessive(t.word(from - 1)) && !(atSentenceStart(t, from - 1) && t.word(from - 1).equals("The"))) {
        from--;
      }
      int to = orgEnd(t, from, runEnd(t, from), t.size);
      if (to - from < 2 || to <= i) {
        continue;
      }
      String name = wordsOf(t, from, to);
      namedOrganisations.computeIfAbsent(t.lower(i), k -> new java.util.TreeMap<>()).put(position(part, from), name);
      i = to - 1;
    }
  }

  /** {@link #learnOrganisations}: organisation noun, then each name holding it by where it stands. */
  private final java.util.Map<String, java.util.TreeMap<Long, String>> namedOrganisations = new java.util.HashMap<>();

  private void learnCapitals(Tokens t) {
    for (int i = 1; i < t.size; i++) {
      if (t.isCapitalised(i) && !atSentenceStart(t, i)) {
        midSentence.add(bare(t.word(i)));
      }
    }
  }

  /**
   * Whether the run {@code [i, runTo)}, read as the name {@code n}, starts an organisation's name
   * that {@link Clauses#orgEnd} carries on to {@code orgTo} ("of", "for", "and" … and more capitalised
   * words), with a word of organisations in its first run or at its end, and opened by no given name
   * or registered surname: "National Oceanic and Atmospheric Administration" — never "Keith Joseph and
   * Margaret Thatcher" or "Rosaly Lopes of NASA".
   */
  private boolean namesOrganisation(Tokens t, int i, int runTo, int orgTo, Name n) {
    if (orgTo <= runTo || opensAsAPerson(t, n)) {
      return false;
    }
    for (int k = i; k < runTo; k++) {
      if (t.isWord(k) && isOrgNoun(bare(t.word(k)))) {
        return true; // an organisation word in the first run
      }
    }
    return isOrgNoun(bare(t.word(orgTo - 1))); // "… and Atmospheric Administration"; an acronym ("NASA") is not enough
  }

  /**
   * Whether the name {@code n} modifies a spokesperson's noun after it, opened by no given name or
   * registered surname: "a Downing Street spokesman", "an Air Mobility Command spokesperson" name the
   * organisation the spokesperson speaks for ("a Boris Johnson spokesman" speaks for a person).
   */
  private boolean speaksFor(Tokens t, Name n) {
    return !n.possessive() && n.title() == null && t.isWord(n.to()) && !t.isCapitalised(n.to())
        && Lexicon.SPOKES_NOUNS.contains(t.lower(n.to())) && !opensAsAPerson(t, n);
  }

  /**
   * Whether the name {@code n} at {@code i} comes right after a lower-case noun for a kind of
   * organisation, opened by no given name or registered surname: "the charity Medical Aid for
   * Palestinians", "the firm Goldman Sachs" name the organisation.
   */
  private boolean namedAfterOrgNoun(Tokens t, int i, Name n) {
    return n.nameFrom() == i && n.title() == null && !n.possessive() && t.isWord(i - 1) && !t.isCapitalised(i - 1)
        && t.adjacent(i - 1) && GENERIC_ORG_NOUNS.contains(t.lower(i - 1)) && !opensAsAPerson(t, n);
  }

  /**
   * Whether the name {@code n} reads as a person's: a known given name opens it, or its surname is a
   * registered person's. Organisations' names are told from people's by this ("Rosaly Lopes of NASA",
   * "a Boris Johnson spokesman" against "an Air Mobility Command spokesperson").
   */
  private boolean opensAsAPerson(Tokens t, Name n) {
    return register.isSurname(n.surname())
        || Lexicon.givenNameGender(bare(t.word(n.nameFrom()))) != Register.UNKNOWN_GENDER;
  }

  /** The words {@code [from, to)} as written, without the punctuation around them: an organisation's name. */
  private static String wordsOf(Tokens t, int from, int to) {
    return bare(t.text.substring(t.start[from], t.end[to - 1]));
  }

  /**
   * Whether a known given name standing alone before "and" shares the surname of the two-word name
   * {@code n} at {@code i}: "Sara and Sameer Ahmed" (not "Jane Roe and Sameer Ahmed").
   */
  private static boolean sharesSurname(Tokens t, int i, Name n) {
    return n.words() == 2 && n.nameFrom() == i && i >= 2 && t.isWord(i - 1) && t.lower(i - 1).equals("and")
        && t.isWord(i - 2) && Lexicon.givenNameGender(t.word(i - 2)) != Register.UNKNOWN_GENDER
        && !(i >= 3 && t.isWord(i - 3) && t.isCapitalised(i - 3) && t.adjacent(i - 3));
  }

  /** Registers every person the part names with a full name or a title, in reading order. */
  private void introduce(Tokens t, int part, boolean fullNames) {
    for (int i = 0; i < t.size; i++) {
      if (!startsRun(t, i)) {
        continue;
      }
      Name n = nameAt(t, i);
      if (n == null) {
        i = runEnd(t, i) - 1;
        continue;
      }
      if (fullNames && n.words() >= 2) {
        int runTo = runEnd(t, i);
        int orgTo = orgEnd(t, i, runTo, t.size);
        if (namesOrganisation(t, i, runTo, orgTo, n)) {
          i = orgTo - 1; // "the National Oceanic and Atmospheric Administration": no person
          continue;
        }
        if (speaksFor(t, n)) {
          i = n.to() - 1; // "an Air Mobility Command spokesperson": the organisation's name, no person
          continue;
        }
        if (namedAfterOrgNoun(t, i, n)) {
          register.organisation(wordsOf(t, i, orgTo), position(part, i));
          i = orgTo - 1; // "the charity Medical Aid for Palestinians": an organisation, no person
          continue;
        }
      }
      if (fullNames && sharesSurname(t, i, n)) {
        register.person(t.word(i - 2) + " " + n.surname(), n.surname(), null, null, Register.UNKNOWN_GENDER,
            position(part, i - 2)); // "Sara and Sameer Ahmed": Sara Ahmed too
      }
      if (fullNames && n.words() >= 2) {
        Entity e = register.bySurname(n.surname(), n.name(), position(part, i));
        if (e == null || !endsWithWords(e.name, n.name())) { // "Van Der Beek" after "James Van Der Beek" is he
          e = register.person(n.name(), n.surname(), n.title(), n.affiliation(), n.gender(), position(part, i));
        }
        appositive(t, n.to(), e);
        if (e.gender == Register.UNKNOWN_GENDER) {
          e.gender = genderNear(t, n.to()); // "Teresa Nielsen Hayden at her office"
        }
      } else if (!fullNames && n.words() < 2 && (n.title() != null || n.gender() != Register.UNKNOWN_GENDER)) {
        Entity e = person(n, position(part, i)); // "Mr. Reed": the person introduced with a full name, or a new one
        if (e.title == null && n.title() != null) {
          register.person(e.name, n.surname(), n.title(), n.affiliation(), n.gender(), e.introduced);
        }
        appositive(t, n.to(), e);
      } else if (fullNames && n.words() == 1 && n.title() == null && organisationAppositive(t, n.to())) {
        register.organisation(n.name(), position(part, i)); // "Square, a company that provides …"
      } else if (fullNames && n.words() == 1 && n.title() == null && !n.possessive() && personAppositive(t, n.to())
          && register.bySurname(n.surname(), n.name(), position(part, i)) == null) {
        Entity e = register.person(n.name(), n.surname(), null, null, Register.UNKNOWN_GENDER, position(part, i));
        appositive(t, n.to(), e); // "Lee, the Democratic Party leader, said": a person known by one name
      }
      i = n.to() - 1;
    }
  }

  /**
   * Registers the full names that only a quotation gives ("“… Investor Advocate Rick Fleming said …”",
   * then "“…,” said Fleming"): after every name outside quotations, and only for a surname that no one
   * registered has, so that a later mention by that surname gets the full name. A name inside a
   * quotation never becomes a subject or a speaker by itself.
   */
  private void introduceQuoted(Tokens t, int part) {
    for (int q = 0; q < t.size; q++) {
      if (t.kind[q] != Tokens.QUOTE) {
        continue;
      }
      Tokens inner = Tokens.of(t.word(q), List.of());
      for (int i = 0; i < inner.size; i++) {
        if (!startsRun(inner, i)) {
          continue;
        }
        Name n = readName(inner, i);
        if (n == null) {
          i = runEnd(inner, i) - 1;
          continue;
        }
        if (n.words() >= 2 && !n.possessive() && !register.isSurname(n.surname())) {
          register.person(n.name(), n.surname(), n.title(), n.affiliation(), n.gender(), position(part, q));
        }
        i = n.to() - 1;
      }
    }
  }

  /** ", a company …", ", an airline …": an appositive that makes the one-word name before it an organisation. */
  private static boolean organisationAppositive(Tokens t, int after) {
    if (!t.isPunct(after, ",") || after + 2 >= t.size || !t.isWord(after + 1)) {
      return false;
    }
    String first = t.lower(after + 1);
    if (!first.equals("a") && !first.equals("an")) {
      return false;
    }
    for (int k = after + 2; k < t.size && k < after + 5 && t.isWord(k); k++) {
      String w = t.lower(k);
      if (GENERIC_ORG_NOUNS.contains(w)) {
        return true;
      }
      if (Lexicon.PERSON_NOUNS.contains(w)) {
        return false;
      }
    }
    return false;
  }


  /** How many words an appositive that makes a one-word name a person may have: "the Democratic Party leader". */
  private static final int MAX_PERSON_APPOSITIVE_WORDS = 8;

  /**
   * ", the Democratic Party leader, said", ", the company’s chief executive, said": an appositive
   * between commas, opened by an article or a possessive, that holds a person noun or a title and is
   * followed by a cue verb. It makes the one-word name before it a person ("Lee, the …, said"), even
   * at the start of a sentence, where a lone capitalised word is otherwise no name.
   */
  private static boolean personAppositive(Tokens t, int after) {
    if (!t.isPunct(after, ",") || after + 2 >= t.size || !t.isWord(after + 1)) {
      return false;
    }
    String first = t.lower(after + 1);
    if (!first.equals("the") && !first.equals("a") && !first.equals("an") && !isPossessive(t.word(after + 1))) {
      return false;
    }
    boolean person = false;
    int k = after + 1;
    for (; k < t.size && k <= after + MAX_PERSON_APPOSITIVE_WORDS && t.isWord(k); k++) {
      String w = t.lower(k);
      if (w.equals("who") || w.equals("which") || w.equals("that")) {
        return false;
      }
      person |= Lexicon.PERSON_NOUNS.contains(w) || Lexicon.TITLE_WORDS.contains(t.word(k));
    }
    return person && t.isPunct(k, ",") && k + 1 < t.size && t.isCueAt(k + 1);
  }

  /** Whether {@code name} ends with {@code words} as whole words: "James Van Der Beek" ends with "Van Der Beek". */
  private static boolean endsWithWords(String name, String words) {
    int at = name.length() - words.length();
    return at > 0 && name.charAt(at - 1) == ' ' && Register.endsWithIgnoringCase(name, words); // "De Blasio" of "Bill de Blasio"
  }

  /** "Jane Doe, the mayor of Springfield," and "X, a spokeswoman for Y,": title and affiliation. */
  private void appositive(Tokens t, int after, Entity e) {
    if (!t.isPunct(after, ",") || after + 1 >= t.size || !t.isWord(after + 1)) {
      return;
    }
    int i = after + 1;
    String first = t.lower(i);
    boolean determiner = first.equals("a") || first.equals("an") || first.equals("the");
    if (determiner) {
      i++;
    }
    int titleFrom = i;
    int k = i;
    boolean personNoun = false;
    while (k < t.size && k < i + 5 && t.isWord(k) && !t.word(k).endsWith("\u2019s") && !t.word(k).endsWith("'s")) {
      String lw = t.lower(k);
      if (lw.equals("of") || lw.equals("at") || lw.equals("for") || lw.equals("with") || lw.equals("in")
          || lw.equals("who") || lw.equals("and") && !personNoun) {
        break;
      }
      if (Lexicon.PERSON_NOUNS.contains(lw) || Lexicon.TITLE_WORDS.contains(t.word(k))) {
        personNoun = true;
        if (e.gender == Register.UNKNOWN_GENDER) {
          e.gender = Lexicon.nounGender(lw);
        }
      }
      k++;
    }
    if (!personNoun || k == titleFrom || clean(t.text.substring(t.start[titleFrom], t.end[k - 1]), 1000) == null || !determiner && !Lexicon.TITLE_WORDS.contains(t.word(titleFrom))
        && !Lexicon.PERSON_NOUNS.contains(t.lower(titleFrom))) {
      return;
    }
    String title = clean(t.text.substring(t.start[titleFrom], t.end[k - 1]), Limits.SHORT_TEXT_MAX_LENGTH);
    String affiliation = null;
    if (k < t.size && t.isWord(k) && (t.lower(k).equals("of") || t.lower(k).equals("at") || t.lower(k).equals("for"))) {
      int a = k + 1;
      if (t.isWord(a) && t.lower(a).equals("the")) {
        a++;
      }
      int b = a;
      while (b < t.size && b < a + MAX_RUN && t.isWord(b) && (t.isCapitalised(b) || isConnector(t, b) && t.isCapitalised(b + 1))
          && (b == a || t.adjacent(b - 1))) {
        b++;
      }
      if (b > a && !t.word(b - 1).endsWith("\u2019s")) {
        affiliation = clean(t.text.substring(t.start[a], t.end[b - 1]), Limits.SHORT_TEXT_MAX_LENGTH);
      }
    }
    if (e.title == null) {
      register.person(e.name, surnameOf(e.name), title, affiliation, e.gender, e.introduced);
    }
  }
















  /**
   * The person named by the run of capitalised words at {@code i}: "NATO Secretary-General Jens
   * Stoltenberg" is Jens Stoltenberg, title Secretary-General, affiliation NATO; "Mr. Trump" is
   * Trump; "Prince Andrew" keeps his title. Null when the run names no person (a place, an
   * organisation, a word that only starts a sentence).
   */
  Name nameAt(Tokens t, int i) {
    if (!mainPass) {
      return readName(t, i);
    }
    Object[] cache = t.names();
    Object cached = cache[i];
    if (cached == null) {
      Name n = readName(t, i);
      cache[i] = n == null ? NO_NAME : n;
      return n;
    }
    return cached == NO_NAME ? null : (Name) cached;
  }

  private static final Object NO_NAME = new Object();

  /** Given names that are also words the finder otherwise never reads as names: "Will", "May", "June". */
  private static final Set<String> GIVEN_NAME_HOMOGRAPHS = Lexicon.words("Will", "May", "June", "April");

  /** Words that open a noun phrase whose one capitalised word after an adjective names a thing: "one single-vineyard Frühburgunder". */
  private static final Set<String> THING_DETERMINERS = Lexicon.words("the", "a", "an", "one", "his", "her", "its", "their",
      "our", "my", "your");

  /** Verbs of a view held, after which the next quotation paragraph with no cue gives the holder's words. */
  private static final Set<String> BELIEF_CUES = Lexicon.words("believe", "think", "feel", "hope");

  /** Verbs in the plural after a subject: "Democrats have", "The Little Monsters are" name a group. */
  private static final Set<String> PLURAL_VERBS = Lexicon.words("are", "were", "have");

  /** Words before a month that make it a date: "in May Smith said". */
  private static final Set<String> BEFORE_A_DATE = Lexicon.words("in", "on", "since", "by", "until", "till", "from",
      "during", "of", "last", "next", "early", "late", "mid", "through", "before", "after", "this", "that", "every");

  /**
   * A given name that is also a word ("Will", "May"), read as a name when it opens a run, a name
   * word follows it, and it stands mid-sentence where the word cannot be: "said Will Tjernlund",
   * "“…,” Will Moy, chief executive …" — never "Will Trump sign?", "in May Smith said".
   */
  private static boolean givenNameHomograph(Tokens t, int k, int runStart, int first) {
    if (k != runStart || first < 0 || !GIVEN_NAME_HOMOGRAPHS.contains(t.word(k)) || atSentenceStart(t, k)) {
      return false;
    }
    return !(t.isWord(k - 1) && (BEFORE_A_DATE.contains(t.lower(k - 1)) || Character.isDigit(t.word(k - 1).charAt(0))))
        && !(k + 1 < t.size && t.isWord(k + 1) && Character.isDigit(t.word(k + 1).charAt(0)));
  }

  /**
   * A title that is also a given name ("Dean"), read as the given name when it opens the run
   * before one name word and an appositive follows with the person's role: "says Dean Nelson, a
   * senior ranger …" — "Dean Jane Roe said" keeps the title.
   */
  private static boolean titleAsGivenName(Tokens t, int k, int runStart, int first, int last) {
    String w = t.word(k);
    if (k != runStart || first != k + 1 || last != first || !Lexicon.TITLE_WORDS.contains(w)
        || Lexicon.givenNameGender(w) == Register.UNKNOWN_GENDER) {
      return false;
    }
    return last + 2 < t.size && t.isPunct(last + 1, ",") && t.isWord(last + 2)
        && (t.lower(last + 2).equals("a") || t.lower(last + 2).equals("an"));
  }

  /**
   * A surname that is also a word ("May"), read as a name when it ends a run after a given name or
   * an honorific ("Theresa May", "Mrs May"), or alone mid-sentence once someone of that surname is
   * registered ("“…,” May said") — never before a number ("May 5") or after a word that makes it a
   * date ("in May").
   */
  private boolean surnameHomograph(Tokens t, int k, int runStart, int first) {
    if (first >= 0 || !GIVEN_NAME_HOMOGRAPHS.contains(t.word(k))
        || k + 1 < t.size && t.isWord(k + 1) && Character.isDigit(t.word(k + 1).charAt(0))) {
      return false;
    }
    if (k > runStart) {
      String before = t.word(k - 1);
      return isNameWord(before) || Lexicon.HONORIFICS.contains(before);
    }
    return register.isSurname(t.word(k)) && !atSentenceStart(t, k)
        && !(t.isWord(k - 1) && BEFORE_A_DATE.contains(t.lower(k - 1)));
  }

  /** A name right after a noun of works ("the movie Blade Runner"), the noun no verb ("to show Starmer"). */
  private static boolean namesWork(Tokens t, int i) {
    return i > 0 && t.isWord(i - 1) && t.adjacent(i - 1) && Lexicon.WORK_NOUNS.contains(t.word(i - 1))
        && !(i > 1 && t.isWord(i - 2) && Lexicon.VERB_BEFORE.contains(t.lower(i - 2)));
  }

  /** Set once every paragraph's introductions are registered: names read from then on are cached per token. */
  private boolean mainPass;

  private Name readName(Tokens t, int i) {
    int end = runEnd(t, i);
    if (i > 0 && t.isWord(i - 1) && t.adjacent(i - 1) && !Lexicon.HONORIFICS.contains(t.word(i))
        && !Lexicon.TITLE_WORDS.contains(t.word(i)) && !Lexicon.ROYAL.contains(t.word(i))
        && (isNumber(t.lower(i - 1)) || describes(t.lower(i - 1)) && !modifiesUnknownNoun(t, end, t.size))) {
      return null; // "an Oklahoma Republican who", "nine African-American churchgoers": a description, no name
    }
    boolean possessive = isPossessive(t.word(end - 1));
    int k = end - 1;
    int last = k;
    while (k > i && isSuffix(t.word(k))) {
      k--;
    }
    int words = 0;
    int first = -1;
    while (k >= i && words < 3) {
      String w = t.word(k);
      if (isInitial(w) && first >= 0 || isParticle(w) && first >= 0 && k > i) {
        first = k;
        k--;
        continue;
      }
      if (!isNameWord(w) && !givenNameHomograph(t, k, i, first) && !surnameHomograph(t, k, i, first)
          && !titleAsGivenName(t, k, i, first, last)
          || k < last && isPossessive(w) || t.invertedAtSentenceStart(k)) {
        break; // "Replied Stephen": the verb is no part of the name
      }
      if (words >= 2 && (k > i || atSentenceStart(t, k)) && (Lexicon.PERSON_NOUNS.contains(Lexicon.lower(w))
          || Lexicon.lower(w).endsWith("ologist"))) { // "Sociologist Elizabeth Sweet says"
        break; // "Farmer Chad Smith said": a person noun capitalised only because it opens the sentence
      }
      if (words >= 2 && hasLowerCasePart(w)) {
        break; // "Ex-escort-turned-hairdresser Nikkie Brass", "Oscar-winning Jane Doe": a description, no name
      }
      first = k;
      words++;
      k--;
    }
    if (words == 0) {
      return null;
    }
    while (first < last && isParticle(t.word(first)) && !t.isCapitalised(first)) {
      first++; // a capitalised particle opening the name is part of it: "Van Der Beek", "De Niro"
    }
    int prefixEnd = first; // tokens [i, prefixEnd) are titles, honorifics, organisations
    String firstWord = bare(t.word(first));
    boolean honorific = prefixEnd > i && Lexicon.HONORIFICS.contains(t.word(prefixEnd - 1));
    boolean titled = prefixEnd > i && (Lexicon.TITLE_WORDS.contains(t.word(prefixEnd - 1))
        || Lexicon.ROYAL.contains(t.word(prefixEnd - 1)));
    boolean lowerTitle = i > 0 && t.isWord(i - 1) && t.adjacent(i - 1) && Lexicon.PERSON_NOUNS.contains(t.word(i - 1));
    if (!honorific && !titled && !lowerTitle && first > 0 && t.isWord(first - 1) && t.lower(first - 1).equals("the") && end < t.size
        && t.isWord(end) && PLURAL_VERBS.contains(t.lower(end))) {
      return null; // "The Little Monsters are praying": a group, no one person
    }
    if (!honorific && !titled && !lowerTitle && words >= 2 && Lexicon.PLACE_ENDS.contains(bare(t.word(last)))
        && Lexicon.givenNameGender(firstWord) == Register.UNKNOWN_GENDER) {
      return null; // "Trump Tower", "Morton County": a place, no one who speaks
    }
    if (!honorific && !titled && !lowerTitle && Lexicon.PLACE_STARTS.contains(firstWord)
        && !(words == 1 && register.isSurname(firstWord))) { // but "White said" after Mary Jo White
      return null; // New York, Hong Kong
    }
    if (prefixEnd == i && namesWork(t, i) && Lexicon.givenNameGender(firstWord) == Register.UNKNOWN_GENDER) {
      return null; // "the 2014 drumming drama Whiplash", "the romance La La Land": a work, no one who speaks
    }
    if (words == 1 && prefixEnd == i && i >= 2 && t.isWord(i - 1) && t.adjacent(i - 1) && !t.isCapitalised(i - 1)
        && !Lexicon.PERSON_NOUNS.contains(t.lower(i - 1)) && t.isWord(i - 2) && THING_DETERMINERS.contains(t.lower(i - 2))
        && !register.isSurname(firstWord)) {
      return null; // "the upcoming Mordecai", "the new Batman": a title or a thing, no one a surname would name
    }
    if (words == 1 && !honorific && !titled && prefixEnd == i && atSentenceStart(t, first)
        && (!midSentence.contains(firstWord) && !register.isSurname(firstWord) && !t.isCueAt(end)
            // "Jenelle followed …" after Jenelle Evans is she
            && (register.byFirstName(firstWord) == null || GIVEN_NAME_HOMOGRAPHS.contains(firstWord))
            && !innerCapital(firstWord) && !(end == first + 1 && personAppositive(t, end))
            || Lexicon.PERSON_NOUNS.contains(Lexicon.lower(firstWord)))) {
      return null; // "Teachers chanted", "Earlier, …"
    }
    if (words == 3 && first == i && !honorific && !titled && i > 0 && t.isWord(i - 1)
        && (t.lower(i - 1).equals("of") || t.lower(i - 1).equals("in") || t.lower(i - 1).equals("from")
            || t.lower(i - 1).equals("to") || t.lower(i - 1).equals("for") || t.lower(i - 1).equals("at"))) {
      first++; // "the former President of Iceland Ólafur Grímsson", "ambassador to Britain Liu Xiaming"
      words--;
    }
    String name = t.text.substring(t.start[first], t.end[last]);
    if (possessive) {
      name = bare(name);
    }
    int gender = Register.UNKNOWN_GENDER;
    String title = null;
    String affiliation = null;
    if (prefixEnd > i) {
      String p = t.word(prefixEnd - 1);
      if (Lexicon.MALE_HONORIFICS.contains(p)) {
        gender = Register.MALE;
      } else if (Lexicon.FEMALE_HONORIFICS.contains(p)) {
        gender = Register.FEMALE;
      }
      if (words == 1 && Lexicon.ROYAL.contains(p)) {
        name = t.text.substring(t.start[prefixEnd - 1], t.start[first]) + name; // Prince Andrew
        gender = Lexicon.FEMALE_NOUNS.contains(Lexicon.lower(p)) ? Register.FEMALE : Register.MALE;
      }
      int titleEnd = prefixEnd;
      while (titleEnd > i && Lexicon.HONORIFICS.contains(t.word(titleEnd - 1))) {
        titleEnd--;
      }
      int titleStart = titleEnd;
      while (titleStart > i && Lexicon.TITLE_WORDS.contains(t.word(titleStart - 1))
          && !Lexicon.HONORIFICS.contains(t.word(titleStart - 1))) {
        titleStart--;
      }
      while (titleStart > i && titleStart < titleEnd && t.isCapitalised(titleStart - 1) && !isOrgWord(t.word(titleStart - 1))
          && !isPossessive(t.word(titleStart - 1)) && !Lexicon.TITLE_WORDS.contains(t.word(titleStart - 1))
          && Lexicon.TITLE_WORDS.contains(t.word(titleStart))) {
        titleStart--; // "Press Secretary"
      }
      if (titleStart < titleEnd && !(words == 1 && Lexicon.ROYAL.contains(p))) {
        title = t.text.substring(t.start[titleStart], t.end[titleEnd - 1]);
      }
      if (titleStart > i && title != null) {
        affiliation = bare(t.text.substring(t.start[i], t.end[titleStart - 1]));
        if (!isOrgWord(t.word(titleStart - 1)) && !isOrgWord(t.word(i))) {
          affiliation = titleStart - i <= 2 ? affiliation : null;
        }
      }
    } else if (lowerTitle) {
      String noun = t.word(i - 1);
      int from = i - 1; // "Disney’s chief executive Bob Iger": title "chief executive", affiliation Disney
      while (from > 0 && from > i - 4 && t.isWord(from - 1) && t.adjacent(from - 1) && !t.isCapitalised(from - 1)
          && (TITLE_MODIFIERS.contains(t.word(from - 1)) || Lexicon.PERSON_NOUNS.contains(t.word(from - 1)))) {
        from--;
      }
      title = t.text.substring(t.start[from], t.end[i - 1]);
      if (from > 0 && t.isCapitalised(from - 1) && t.adjacent(from - 1)) {
        int org = from - 1;
        while (org > 0 && org > from - MAX_RUN && t.isCapitalised(org - 1) && t.adjacent(org - 1)
            && !isPossessive(t.word(org - 1))) {
          org--;
        }
        if (isPossessive(t.word(from - 1)) || isOrgWord(t.word(from - 1))) {
          affiliation = bare(t.text.substring(t.start[org], t.end[from - 1]));
        }
      }
      int nounGender = Lexicon.nounGender(noun);
      if (nounGender != Register.UNKNOWN_GENDER) {
        gender = nounGender;
      }
    }
    String surname = bare(t.word(lastNameWord(t, first, last)));
    if (words == 1 && name.indexOf(' ') < 0) {
      surname = name;
    }
    name = clean(name, Limits.SHORT_TEXT_MAX_LENGTH);
    if (name == null) {
      return null; // a name over a line break or past the model's limits is no name the finder gives
    }
    title = clean(title, Limits.SHORT_TEXT_MAX_LENGTH);
    affiliation = clean(affiliation, Limits.SHORT_TEXT_MAX_LENGTH);
    return new Name(i, end, first, name, surname, words, title, affiliation, gender, possessive);
  }



  /** The registered person a name found in the text is, registering a new one if needed. */
  private Entity person(Name n, long at) {
    if (n.words() == 1 && n.title() == null && Lexicon.ONE_WORD_ORGANISATIONS.contains(n.name())) {
      return register.organisation(n.name(), at); // "posted to Facebook": never a person
    }
    if (n.words() == 1 && n.title() == null) {
      Entity organisation = register.knownOrganisation(n.name());
      if (organisation != null) {
        return organisation; // "Square was founded" after "Square, a company that …": not a person
      }
    }
    Entity e = register.bySurname(n.surname(), n.name(), at);
    if (e == null && n.words() == 1 && n.name().indexOf(' ') < 0) {
      e = register.byFirstName(n.name());
    }
    if (n.words() >= 2 || e == null) {
      if (e != null && n.words() >= 2 && !e.name.equals(n.name()) && Register.endsWithIgnoringCase(e.name, n.name())) {
        return e; // "Eriksson Ek" of "Joel Eriksson Ek", "De Blasio" of "Bill de Blasio"
      }
      if (e == null || n.words() >= 2 && !e.name.equals(n.name())) {
        Entity byFull = register.bySurname(n.surname(), n.name(), at);
        if (byFull != null && byFull.name.equals(n.name())) {
          return byFull;
        }
        return register.person(n.name(), n.surname(), n.title(), n.affiliation(), n.gender(), at);
      }
    }
    if (e.gender == Register.UNKNOWN_GENDER) {
      e.gender = n.gender();
    }
    return e;
  }

  private static long position(int part, int token) {
    return ((long) (part + 1) << 32) | token;
  }

  // ---- mentions --------------------------------------------------------------------------------

  /** What a noun phrase refers to: a registered agent, or explicitly nobody known. */
  record Ref(Entity entity, boolean pronoun, boolean name, boolean established) {
    static final Ref ANONYMOUS = new Ref(null, false, false, false);

    Ref(Entity entity, boolean pronoun, boolean name) {
      this(entity, pronoun, name, entity != null && (entity.name.indexOf(' ') > 0 || entity.title != null));
    }
  }

  /** The reference of a name: established when it is a full name, titled, or a person already registered. */
  private Ref nameRef(Name n, long at) {
    boolean known = n.words() >= 2 || n.title() != null || n.gender() != Register.UNKNOWN_GENDER
        || register.bySurname(n.surname(), n.name(), at) != null || register.byFirstName(n.name()) != null;
    return new Ref(person(n, at), false, true, known);
  }

  private static final int NO_HEAD = 0;
  private static final int HEAD_NAME = 1;
  private static final int HEAD_ORG = 2;
  private static final int HEAD_PERSON_NOUN = 3;
  private static final int HEAD_ORG_NOUN = 4;
  private static final int HEAD_STATEMENT = 5;

  /** Prepositions whose object is no subject: "the commander of Kowloon West district said". */
  private static final Set<String> PREPOSITIONS_OF_PLACE = Lexicon.words("of", "for", "to", "at", "in", "from", "on",
      "by", "about", "into", "near");

  /** Words after a quotation that start a clause of the writer's own. */
  private static final Set<String> NEW_CLAUSE = Lexicon.words("and", "but", "or", "while", "because", "so", "yet",
      "although", "though", "whereas", "since", "if", "when");

  /** Words that may open a noun phrase before its head. */
  private static final Set<String> DETERMINERS = Lexicon.words("the", "a", "an", "one", "another", "some", "many",
      "most", "all", "several", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "both",
      "each", "every", "any", "no", "other", "two", "three", "four", "five", "former", "then", "also", "fellow",
      "more", "few", "such", "own", "same", "much");

  /** Words after which a noun phrase's head has been seen: "source inside the camp", "Lopes of NASA". */
  private static final Set<String> NP_STOPS = Lexicon.words("of", "at", "for", "in", "inside", "with", "from", "on",
      "who", "which", "that", "whose", "as", "to", "by", "after", "before", "during", "near", "about", "under",
      "over", "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "did", "does", "do",
      "said", "says", "told", "when", "while", "where", "because", "if", "but", "or", "than");

  /**
   * The speaker a noun phrase names, or null when it names none. The phrase's head decides: a
   * person's name (the last one before a preposition: "Goddard planetary scientist Avi Mandell"),
   * a pronoun, an organisation's name, or a description ("the company", "a WeWork spokesperson",
   * "one legal expert", "the statement").
   */
  Ref mention(Tokens t, int from, int until, int part) {
    int to = Math.min(until, from + WINDOW);
    int a = from;
    while (a < to && (t.kind[a] == Tokens.PUNCT || t.isWord(a) && isLeadingFiller(t.lower(a)))) {
      a++;
    }
    if (a >= to) {
      return null;
    }
    if (t.kind[a] == Tokens.WORD && Lexicon.isPronoun(t.word(a)) && !(t.isCapitalised(a + 1) && t.adjacent(a)
        && isNameWord(t.word(a + 1)) && !Lexicon.NOT_NAMES.contains(t.word(a + 1)))) {
      return pronoun(t, a, part);
    }
    int head = NO_HEAD;
    int headAt = -1;
    Name name = null;
    String org = null;
    Ref firstConjunct = null;
    int modifierFrom = -1; // a capitalised modifier before a noun head: "WeWork spokesperson"
    int modifierTo = -1;
    int plain = 0;
    for (int k = a; k < to; k++) {
      if (t.kind[k] == Tokens.QUOTE) {
        break;
      }
      if (t.kind[k] == Tokens.PUNCT) {
        if (t.word(k).equals("(")) {
          while (k + 1 < to && !t.isPunct(k, ")")) {
            k++;
          }
          continue;
        }
        if (t.word(k).equals("-") || t.word(k).equals("&")) {
          continue;
        }
        break;
      }
      String lw = t.lower(k);
      if (head != NO_HEAD && (lw.equals("and") || lw.equals("&"))) {
        if (head == HEAD_NAME && firstConjunct == null) {
          firstConjunct = new Ref(person(name, position(part, headAt)), false, true); // "Paganini and his team"
        }
        if (head != HEAD_NAME) {
          head = NO_HEAD; // "lead researcher and NASA planetary scientist Lucas Paganini": the last one counts
          plain = 0;
        }
        continue;
      }
      if (head == HEAD_STATEMENT && (lw.equals("from") || lw.equals("by")) && k + 1 < to) {
        Ref author = mention(t, k + 1, to, part);
        if (author != null && author.entity() != null) {
          return author; // "according to a 2014 report from the World Bank"
        }
      }
      if (head != NO_HEAD && NP_STOPS.contains(lw)) {
        if (head == HEAD_PERSON_NOUN && (lw.equals("to") || lw.equals("of") || lw.equals("for") || lw.equals("at"))) {
          int r = k + 1;
          boolean definite = r < to && t.isWord(r) && t.lower(r).equals("the");
          if (definite) {
            r++;
          }
          if (r < to && t.isCapitalised(r) && startsRun(t, r)) {
            Name n = nameAt(t, r);
            for (int s = r + 1, runTo = runEnd(t, r); definite && n == null && s + 1 < runTo; s++) {
              n = isNameWord(t.word(s - 1)) ? null : nameAt(t, s); // "ambassador to the U.N. Linda Thomas-Greenfield"
            }
            if (n != null && n.words() >= 2 && !n.possessive() && n.nameFrom() > r) {
              head = HEAD_NAME; // "China’s ambassador to Britain Liu Xiaming"
              headAt = r;
              name = n;
              k = n.to() - 1;
              continue;
            }
          }
        }
        break;
      }
      if ((startsRun(t, k) || k == a && t.isCapitalised(k)) // also a name that opens with its particles: "de Blasio"
          && !(k == a && (t.word(k).equals("A") || t.word(k).equals("An")))) { // "A spokesperson for …": the article, no name
        int end = runEnd(t, k);
        if (end == k + 1 && head == NO_HEAD && k > a && t.lower(k - 1).equals("the") && namesATeam(t, k, to)) {
          head = HEAD_ORG; // "the Orioles said", "the Sooners said": a team or band that speaks as one
          headAt = k;
          org = t.word(k);
          continue;
        }
        if (end == k + 1 && Lexicon.TITLE_WORDS.contains(t.word(k)) && Lexicon.PERSON_NOUNS.contains(lw)) {
          head = HEAD_PERSON_NOUN; // "one neo-bank CEO": a title alone is a person noun, no organisation
          headAt = k;
          continue;
        }
        if (end == k + 1 && Lexicon.DEMONYMS.contains(lw) && k > a && DETERMINERS.contains(t.lower(k - 1))) {
          head = HEAD_PERSON_NOUN; // "the Malawian told Al Jazeera", "the 28-year-old Spaniard said": one person
          headAt = k;
          continue;
        }
        if (end == k + 1 && (lw.equals("police") || lw.equals("authorities")) && atSentenceStart(t, k)
            && !midSentence.contains(t.word(k))) {
          head = HEAD_ORG_NOUN; // "Police said": capitalised only because it opens the sentence, like "police said"
          headAt = k;
          continue;
        }
        int titleFrom = t.word(k).equals("The") ? k + 1 : k > a && t.lower(k - 1).equals("the") || k == a ? k : end;
        if (end > titleFrom && end > k + 1 && Lexicon.TITLE_WORDS.contains(t.word(end - 1))
            && Lexicon.PERSON_NOUNS.contains(t.lower(end - 1)) && untitledWords(t, titleFrom, end) <= 1) {
          head = HEAD_PERSON_NOUN; // "the Prime Minister", "the Home Secretary", "the Tory MP": a title, capitalised
          headAt = end - 1;
          k = end - 1;
          continue;
        }
        Name n = nameAt(t, k);
        String o = orgName(t, k, end, to);
        int oEnd = orgEnd(t, k, end, to);
        if (o != null && oEnd > end && (n == null || n.words() < 2 && !register.isSurname(n.surname())
            || namesOrganisation(t, k, end, oEnd, n))) {
          n = null; // "Customs and Border Protection", "National Oceanic and Atmospheric Administration"
        }
        if (n != null && !n.possessive() && !(o != null && n.words() == 1 && oEnd > end)) {
          if (n.words() == 1 && k + 1 < to && followedByPersonNoun(t, n.to(), to)) {
            int later = laterName(t, n.to(), to);
            if (later < 0) {
              modifierFrom = k; // "some Indiana protesters": the noun is the head
              modifierTo = n.to();
              k = n.to() - 1;
              continue;
            }
            k = later - 1; // "Goddard planetary scientist Avi Mandell"
            continue;
          }
          int orgNoun = n.words() == 1 && !register.isSurname(n.surname()) ? orgNounAfter(t, n.to(), to) : -1;
          if (orgNoun >= 0) {
            modifierFrom = k; // "the French foreign ministry", "the Chinese government": the noun is the head
            modifierTo = n.to();
            k = orgNoun - 1;
            continue;
          }
          if (n.words() == 1 && k == a + 1 && INDEFINITE.contains(t.lower(a)) && modifiesUnknownNoun(t, n.to(), to)) {
            return Ref.ANONYMOUS; // "one Weibo commenter said": the name modifies a noun; nobody is named
          }
          if (head == HEAD_ORG_NOUN && headAt == k - 1 && namedAfterOrgNoun(t, k, n)) {
            int orgTo = orgEnd(t, k, end, to);
            head = HEAD_ORG; // "the charity Medical Aid for Palestinians": the organisation's name
            headAt = k;
            org = wordsOf(t, k, orgTo);
            k = orgTo - 1;
            continue;
          }
          head = HEAD_NAME;
          headAt = k;
          name = n;
          k = n.to() - 1;
          continue;
        }
        if (isPossessive(t.word(end - 1)) && head == NO_HEAD && (end >= to || !t.isWord(end) || t.isCueAt(end))) {
          return orgRef(t.text.substring(t.start[k], t.end[end - 1]), position(part, k)); // "McDonald’s said": nothing is possessed, the name ends in ’s
        }
        if (n != null || isPossessive(t.word(end - 1))) {
          modifierFrom = k;
          modifierTo = end;
          k = end - 1;
          continue; // "Trump’s lawyer", "WeWork’s"
        }
        if (o != null && n == null && oEnd > end) {
          int last = lastOrgRun(t, k, end, to);
          Name within = last > end ? nameAt(t, last) : null;
          if (within != null && within.words() >= 2 && within.nameFrom() > last && !within.possessive()
              && within.to() == oEnd) {
            head = HEAD_NAME; // "U.S. Secretary of State Hillary Rodham Clinton", "Bank of England Governor Mark Carney"
            headAt = last;
            name = within;
            k = within.to() - 1;
            continue;
          }
        }
        if (o != null) {
          if (head == HEAD_ORG_NOUN && headAt == k - 1 && !isPossessive(t.word(oEnd - 1))) {
            head = NO_HEAD; // "state broadcaster CCTV": the name right after an organisation noun is the organisation
          }
          if (head == NO_HEAD || head == HEAD_PERSON_NOUN && Lexicon.SPOKES_NOUNS.contains(t.lower(headAt))) {
            if (head == NO_HEAD) {
              head = HEAD_ORG;
              headAt = k;
              org = o;
            }
          }
          modifierFrom = k;
          modifierTo = oEnd;
          k = oEnd - 1;
          continue;
        }
        if (Lexicon.PERSON_NOUNS.contains(lw)) {
          head = HEAD_PERSON_NOUN; // "Teachers chanted"
          headAt = k;
        }
        modifierFrom = k;
        modifierTo = end;
        k = end - 1;
        continue;
      }
      if (Lexicon.PERSON_NOUNS.contains(lw) || lw.endsWith("-year-old") || Lexicon.isParentOfCount(lw)
          || Lexicon.SPOKES_NOUNS.contains(lw) || lw.equals("family") && k > a && isPossessive(t.word(k - 1)) && t.isCapitalised(k - 1)) {
        if (head == HEAD_NAME || head == HEAD_ORG) {
          modifierFrom = headAt; // "NASA scientist", "Trump adviser": the name modifies the noun
          modifierTo = k;
        }
        head = HEAD_PERSON_NOUN;
        headAt = k;
        continue;
      }
      if (Lexicon.ORG_NOUNS.contains(lw)) {
        head = HEAD_ORG_NOUN;
        headAt = k;
        continue;
      }
      if (Lexicon.STATEMENT_NOUNS.contains(lw) && head == NO_HEAD) {
        head = HEAD_STATEMENT;
        headAt = k;
        continue;
      }
      if (head != NO_HEAD) {
        int later = laterName(t, k, to);
        if (later >= 0 && (head != HEAD_NAME || Lexicon.PERSON_NOUNS.contains(t.lower(later - 1)))) {
          k = later - 1; // "Goddard planetary scientist Avi Mandell"; but "Jane Fetter married John Gille" is she
          continue;
        }
        break; // the phrase has ended: "the physicians stated"
      }
      if (Lexicon.FUNCTION_WORDS.contains(lw) && !DETERMINERS.contains(lw) || ++plain > 4) {
        return null; // "the software as the company": no noun phrase
      }
    }
    if (firstConjunct != null) {
      return firstConjunct;
    }
    switch (head) {
      case HEAD_NAME:
        if (t.isWord(a) && INDEFINITE.contains(t.lower(a))) {
          return Ref.ANONYMOUS; // "One Nevada Democrat asked", "another commonwealth Democrat": someone unnamed
        }
        return nameRef(name, position(part, headAt));
      case HEAD_ORG:
        return orgRef(org, position(part, headAt));
      case HEAD_STATEMENT:
        if (modifierFrom >= 0 && modifierTo > modifierFrom && isPossessive(t.word(modifierTo - 1))) {
          return statementOwner(t, modifierFrom, modifierTo, part); // "a Moody’s Analytics’ forecast"
        }
        return lastStatementAuthor != null ? new Ref(lastStatementAuthor, false, false) : Ref.ANONYMOUS;
      case HEAD_ORG_NOUN:
        return orgDescription(t, a, headAt, part);
      case HEAD_PERSON_NOUN:
        return personDescription(t, a, headAt, to, part, modifierFrom, modifierTo);
      default:
        return null;
    }
  }


  /**
   * A word before capitalised words that makes them describe someone instead of naming them when
   * they are the head of the phrase: an article ("an Oklahoma Republican who", "the Democrat said")
   * — unless the capitalised words open with an honorific or a title ("the Rev."). Before a noun
   * they modify ("one Weibo commenter") they are read as before. A number always describes
   * ("nine African-American churchgoers").
   */
  private static boolean describes(String lower) {
    return INDEFINITE.contains(lower) || lower.equals("the");
  }

  /** A number written in digits ("12", "1,500") or a number word from six up ("nine", "dozens"). */
  private static boolean isNumber(String lower) {
    if (NUMBER_WORDS.contains(lower)) {
      return true;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (!(c >= '0' && c <= '9' || c == ',' && k > 0)) {
        return false;
      }
    }
    return !lower.isEmpty();
  }

  private static final Set<String> NUMBER_WORDS = Lexicon.words("six", "seven", "eight", "nine", "ten", "eleven",
      "twelve", "dozens", "hundreds", "thousands", "millions");

  /** Determiners of a noun phrase that names nobody in particular: "one official", "a Weibo user". */
  private static final Set<String> INDEFINITE = Lexicon.words("a", "an", "one", "another", "some", "several", "many",
      "two", "three", "four", "five", "few", "other");

  /** A lower-case word at {@code k} that is the head noun a name before it modifies: "Weibo <i>commenter</i> said". */
  private static boolean modifiesUnknownNoun(Tokens t, int k, int to) {
    if (k >= to || !t.isWord(k) || t.isCapitalised(k) || !t.adjacent(k - 1) || t.isCueAt(k)) {
      return false;
    }
    String lw = t.lower(k);
    return !Lexicon.FUNCTION_WORDS.contains(lw) && !NP_STOPS.contains(lw) && !Lexicon.ORG_NOUNS.contains(lw)
        && !Lexicon.SPOKES_NOUNS.contains(lw) && !Lexicon.PERSON_NOUNS.contains(lw)
        && !Lexicon.BETWEEN_SPEAKER_AND_VERB.contains(lw);
  }

  /**
   * The organisation noun that a capitalised word before {@code k} modifies, after at most two
   * lower-case words ("French <i>foreign ministry</i>", "Chinese <i>government</i>"), or -1.
   */
  private static int orgNounAfter(Tokens t, int k, int to) {
    for (int j = k; j < to && j < k + 3; j++) {
      if (!t.isWord(j) || t.isCapitalised(j) || !t.adjacent(j - 1) || t.isCueAt(j)) {
        return -1;
      }
      String lw = t.lower(j);
      if (Lexicon.ORG_NOUNS.contains(lw)) {
        return j;
      }
      if (Lexicon.FUNCTION_WORDS.contains(lw) || NP_STOPS.contains(lw) || Lexicon.PERSON_NOUNS.contains(lw)) {
        return -1;
      }
    }
    return -1;
  }

  /** The start of a person's name after lower-case title words, or -1. */
  private int laterName(Tokens t, int k, int to) {
    int i = k;
    while (i < to && i < k + 5 && t.isWord(i) && !t.isCapitalised(i) && !Lexicon.FUNCTION_WORDS.contains(t.lower(i))
        || i < to && t.isWord(i) && (t.lower(i).equals("and")) && i > k) {
      i++;
    }
    if (i < to && t.isCapitalised(i) && startsRun(t, i)) {
      Name n = nameAt(t, i);
      if (n != null && !n.possessive()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the one capitalised word at {@code k}, after "the", is a name in the plural that speaks
   * as one — a team, a band, a paper ("the Orioles", "the Sooners", "the Times") — and not a people
   * or a party ("the Israelis", "the Democrats") nor a noun for people: it ends in "s", stands
   * alone, and no lower-case noun follows it.
   */
  private static boolean namesATeam(Tokens t, int k, int to) {
    String w = t.word(k);
    String lw = t.lower(k);
    if (w.length() < 4 || !lw.endsWith("s") || isPossessive(w) || !isNameWord(w)
        || Lexicon.NOT_NAMES.contains(w) || Lexicon.DEMONYMS.contains(lw)
        || Lexicon.DEMONYMS.contains(lw.substring(0, lw.length() - 1)) || Lexicon.PERSON_NOUNS.contains(lw)
        || Lexicon.isPluralPersonNoun(lw) || Lexicon.ORG_NOUNS.contains(lw)) {
      return false;
    }
    return k + 1 >= to || !t.isWord(k + 1) || t.isCueAt(k + 1) || t.isCapitalised(k + 1)
        || Lexicon.FUNCTION_WORDS.contains(t.lower(k + 1));
  }

  /** "a WeWork spokesperson", "the spokesperson", "the minister", "one legal expert". */
  private Ref personDescription(Tokens t, int a, int k, int to, int part, int modifierFrom, int modifierTo) {
    String lw = t.lower(k);
    if (lw.equals("family") && modifierFrom >= 0 && modifierTo == k) {
      return orgRef(t.text.substring(t.start[modifierFrom], t.end[k]), position(part, modifierFrom)); // "Cameron's family said": a group that speaks as one
    }
    if (Lexicon.SPOKES_NOUNS.contains(lw) && !lw.startsWith("official")) {
      if (modifierFrom >= 0 && modifierTo == k) {
        String o = bare(t.text.substring(t.start[modifierFrom], t.end[modifierTo - 1]));
        Name n = nameAt(t, modifierFrom);
        if (n != null && (n.words() >= 2 || register.isSurname(n.surname()))) {
          return Ref.ANONYMOUS; // a spokeswoman of a person ("Doe’s spokesman" after Jane Doe) speaks for no organisation
        }
        return orgRef(o, position(part, modifierFrom));
      }
      return spokesperson(t, a, k, to, part);
    }
    boolean definite = k > a && (t.lower(a).equals("the") || t.lower(a).equals("this"));
    Entity titled = definite ? titled(t, a + 1, k) : null;
    if (titled != null) {
      return new Ref(titled, false, false);
    }
    boolean aged = k + 2 < t.size && t.isWord(k + 1) && t.lower(k + 1).equals("of") && t.isWord(k + 2)
        && Lexicon.isChildCount(t.lower(k + 2)); // "the mother of two": a count of children stands for someone named
    for (int i = a; i < k; i++) {
      aged |= t.isWord(i) && t.lower(i).endsWith("-year-old"); // "the 45-year-old mother of three": so does an age
    }
    if (definite && (lw.endsWith("-year-old") || Lexicon.isParentOfCount(lw) || Lexicon.DEMONYMS.contains(lw)
        || Lexicon.PERSON_NOUNS.contains(lw) && (aged || !Lexicon.GENERIC_PERSON_NOUNS.contains(lw))
        && !Lexicon.isPluralPersonNoun(lw))) { // one person, not "the officials", "the women"
      return epithet(lw); // "The 56-year-old said", "the actress said", "The far-right activist, 41, insisted"
    }
    return Ref.ANONYMOUS;
  }

  /** How many words of {@code [from, to)} are no title words: "Home" of "Home Secretary", none of "Prime Minister". */
  private static int untitledWords(Tokens t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (!Lexicon.TITLE_WORDS.contains(t.word(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * The person registered with the title this definite description gives, from {@code from} to the
   * noun at {@code k}: the whole title ("the former prime minister", "the Home Secretary"), a shorter
   * ending of it ("the prime minister"), else the one person whose title ends with the noun ("the
   * judge" for "US District Judge Jane Doe"); null when none or several do.
   */
  private Entity titled(Tokens t, int from, int k) {
    for (int i = from; i <= k; i++) {
      if (t.isWord(i)) {
        Entity e = register.byTitle(t.text.substring(t.start[i], t.end[k]));
        if (e != null) {
          return e;
        }
      }
    }
    return register.byTitleNoun(t.lower(k));
  }

  /**
   * A definite description that news writing uses for a person it has named ("the 56-year-old",
   * "the actress", "the Goop founder"): the nearest earlier subject who is a person its noun fits
   * (by gender where the noun gives one), unless the nearest subject is an unnamed one.
   */
  private Ref epithet(String noun) {
    int gender = Lexicon.nounGender(noun);
    for (int i = 0; i < recentCount; i++) {
      int at = recentSlot(i);
      Entity e = recent[at];
      if (e == null) {
        if (i == 0) {
          return Ref.ANONYMOUS; // "a police officer said … the officer added": the unnamed one
        }
        continue;
      }
      if (e.isPerson() && (gender == Register.UNKNOWN_GENDER || compatible(e, gender))) {
        return new Ref(e, true, false);
      }
    }
    return Ref.ANONYMOUS;
  }


  /** The name of an organisation written as a run at {@code [k, end)}, extended by "of …", or null. */
  private String orgName(Tokens t, int k, int end, int to) {
    boolean org = false;
    for (int i = k; i < end; i++) {
      if (isOrgWord(t.word(i))) {
        org = true;
      }
    }
    int e = orgEnd(t, k, end, to);
    if (e > end) {
      org = true;
    }
    if (!org) {
      if (end - k >= 1 && register.knownOrganisation(t.text.substring(t.start[k], t.end[end - 1])) != null) {
        return t.text.substring(t.start[k], t.end[end - 1]);
      }
      return null;
    }
    int from = t.word(k).equals("The") && k + 1 < e ? k + 1 : k; // "The Arab League" is the Arab League
    return bare(t.text.substring(t.start[from], t.end[e - 1]));
  }


  /** "a WeWork spokesperson", "a spokesperson for the British Foreign Office", "the spokeswoman". */
  private Ref spokesperson(Tokens t, int a, int k, int to, int part) {
    int p = k + 1;
    if (p < to && t.isWord(p) && (t.lower(p).equals("for") || t.lower(p).equals("of") || t.lower(p).equals("at"))) {
      int q = p + 1;
      if (q < to && t.isWord(q) && t.lower(q).equals("the")) {
        q++;
      }
      if (q < to && t.isCapitalised(q)) {
        int end = runEnd(t, q);
        Name n = nameAt(t, q);
        String org = orgName(t, q, end, to);
        if (org != null) {
          return orgRef(org, position(part, q));
        }
        if (n != null) {
          return Ref.ANONYMOUS; // a spokeswoman for a person speaks for no organisation
        }
        return orgRef(bare(t.text.substring(t.start[q], t.end[end - 1])), position(part, q));
      }
      if (q < to && t.isWord(q) && Lexicon.ORG_NOUNS.contains(t.lower(q))) {
        Entity org = nearestOrganisation(t.lower(q)); // "a spokesman for the company"
        return org != null ? new Ref(org, false, false) : Ref.ANONYMOUS;
      }
      if (q < to && t.isWord(q) && Lexicon.PERSON_NOUNS.contains(t.lower(q))) {
        return Ref.ANONYMOUS; // "A spokesperson for the mayor said": a person's spokesperson speaks for no organisation
      }
    }
    String kind = k > a && t.isWord(k - 1) && Lexicon.ORG_NOUNS.contains(t.lower(k - 1)) ? t.lower(k - 1) : null;
    Entity org = nearestOrganisation(kind); // "a company spokesperson", "the spokesperson"
    return org != null ? new Ref(org, false, false) : Ref.ANONYMOUS;
  }

  /** "the ministry", "Russia’s foreign ministry", "the company". */
  private Ref orgDescription(Tokens t, int a, int k, int part) {
    int from = a;
    while (from < k && t.isWord(from) && (Lexicon.FUNCTION_WORDS.contains(t.lower(from))
        || INDEFINITE.contains(t.lower(from)))) {
      from++;
    }
    boolean named = false;
    for (int i = from; i < k; i++) {
      if (t.isCapitalised(i)
          && !(atSentenceStart(t, i) && !midSentence.contains(t.word(i)) && !isPossessive(t.word(i)))) {
        named = true; // not "Local authorities warned": a word capitalised only because it opens the sentence
      }
    }
    if (named) {
      return orgRef(t.text.substring(t.start[from], t.end[k]), position(part, from));
    }
    if (from == a || INDEFINITE.contains(t.lower(a))) {
      return Ref.ANONYMOUS; // "police said", "one campaign video": no organisation the article names
    }
    Entity org = nearestOrganisation(t.lower(k));
    if (org == null) {
      java.util.TreeMap<Long, String> byPlace = namedOrganisations.get(t.lower(k));
      java.util.Map.Entry<Long, String> last = byPlace == null ? null : byPlace.lowerEntry(position(part, a));
      if (last != null) {
        return orgRef(last.getValue(), last.getKey()); // "born at the Denver Zoo … the zoo said"
      }
    }
    return org != null ? new Ref(org, false, false) : Ref.ANONYMOUS;
  }

  /**
   * The nearest earlier subject that is, or may be, an organisation: for "the company" (or no noun)
   * any; for a specific noun ("the ministry", "the police") one whose name holds that noun.
   */
  private Entity nearestOrganisation(String noun) {
    boolean any = noun == null || GENERIC_ORG_NOUNS.contains(noun);
    for (int i = 0; i < recentCount; i++) {
      Entity e = recent[recentSlot(i)];
      if (e != null && e.mayBeOrganisation() && (any || namedBy(e.name, noun))) {
        e.becomeOrganisation();
        return e;
      }
    }
    return null;
  }

  private int recentTop;

  /** Organisation nouns that refer back to any organisation: "the company said". */
  private static final Set<String> GENERIC_ORG_NOUNS = Lexicon.words("company", "firm", "group", "organization",
      "organisation", "business", "startup", "start-up", "label", "brand", "network", "corporation", "giant",
      "outlet", "platform", "publisher", "retailer", "carrier", "airline", "maker", "manufacturer", "insurer",
      "lender", "charity", "conglomerate", "automaker", "chain", "provider", "developer", "operator", "venture",
      "brokerage", "studio", "club", "team", "agency", "bureau");

  /** Organisation nouns that other words in a name also stand for: "the force" for "Staffordshire Police". */
  private static final java.util.Map<String, List<String>> ALSO_NAMED = java.util.Map.of(
      "force", List.of("police", "constabulary"));

  /** Whether an organisation's name holds the noun, or a word the noun also stands for. */
  private static boolean namedBy(String name, String noun) {
    if (containsWord(name, noun)) {
      return true;
    }
    for (String word : ALSO_NAMED.getOrDefault(noun, List.of())) {
      if (containsWord(name, word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsWord(String name, String noun) {
    String lower = Lexicon.lower(name);
    String singular = noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
        : noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    return lower.contains(singular);
  }

  private void remember(Entity e, int part) {
    if (e == null) {
      return;
    }
    recent[recentTop] = e;
    recentSentence[recentTop] = sentences;
    recentPart[recentTop] = part;
    recentTop = (recentTop + 1) % RECENT;
    recentCount = Math.min(RECENT, recentCount + 1);
  }

  /** The slot of the subject {@code i} places back from the latest (0 is the latest). */
  private int recentSlot(int i) {
    return (recentTop - 1 - i + RECENT) % RECENT;
  }

  private void rememberAnonymous(int gender) {
    recent[recentTop] = null;
    recentGender[recentTop] = gender;
    recentTop = (recentTop + 1) % RECENT;
    recentCount = Math.min(RECENT, recentCount + 1);
  }

  /**
   * The gender a description of an unnamed subject gives it ("her husband", "a mother of four"),
   * {@link #GROUP} for people in the plural ("Analysts disagreed"), or unknown.
   */
  private static int descriptionGender(Tokens t, int from, int to) {
    for (int k = from; k < to && k < from + 4 && t.isWord(k); k++) {
      String w = t.lower(k);
      int gender = Lexicon.nounGender(w);
      if (gender != Register.UNKNOWN_GENDER) {
        return gender;
      }
      if (Lexicon.isPluralPersonNoun(w)) {
        return GROUP;
      }
      if (GENERIC_ORG_NOUNS.contains(w) && !(k + 1 < to && t.isWord(k + 1)
          && (Lexicon.PERSON_NOUNS.contains(t.lower(k + 1)) || Lexicon.SPOKES_NOUNS.contains(t.lower(k + 1))))) {
        return GROUP; // "The team spread a white sheet …": a body of people, never a "he" (but "the team leader")
      }
    }
    return Register.UNKNOWN_GENDER;
  }

  /** An unnamed subject in the plural ("Analysts disagreed"): "he" or "she" never takes it up. */
  private static final int GROUP = -1;

  /** he/she: the nearest person of that gender named before in the sentence, else the nearest subject. */
  private Ref pronoun(Tokens t, int a, int part) {
    String p = Lexicon.lower(Lexicon.pronounBase(t.word(a))); // "He’d said": he
    switch (p) {
      case "his", "him" -> p = "he";
      case "her" -> p = "she";
      case "its" -> p = "it";
      case "their", "them" -> p = "they";
      default -> { }
    }
    if (p.equals("he") || p.equals("she")) {
      int gender = p.equals("he") ? Register.MALE : Register.FEMALE;
      for (int k = a - 1; k >= t.sentenceStart(a) && k >= a - WINDOW; k--) {
        if (startsRun(t, k)) {
          Name n = nameAt(t, k);
          if (n != null && !n.possessive() && !modifiesNoun(t, n.to()) && !afterPreposition(t, k)) {
            Entity e = person(n, position(part, k));
            if (e.knownGender() == Register.UNKNOWN_GENDER && e.title == null
                && e.introduced >= position(part, t.sentenceStart(a)) && recentOfGender(gender)) {
              continue; // "So, when La La Land came around, he feared": the he of the sentences before, not a new name
            }
            if (e.isPerson() && compatible(e, gender)) { // never an organisation: "Ukraine “has threatened …,” he said"
              e.gender = gender;
              return new Ref(e, true, false);
            }
          }
        }
      }
      if (recentCount > 0) {
        int at = recentSlot(0);
        Entity e = recent[at];
        if (e != null && e.isPerson() && e.knownGender() == gender && recentSentence[at] == sentences - 1) {
          return new Ref(e, true, false); // "On July 27 he emailed Gaiman …. “…,” he wrote": the subject goes on
        }
      }
      for (Entity e : previousPersons) {
        if (e.gender == gender && t.sentence[a] > 0) {
          return new Ref(e, true, false); // "… his editor Teresa Nielsen Hayden at her office … “…,” she recalled"
        }
      }
      Entity only = null;
      int candidates = 0;
      for (Entity e : previousPersons) {
        if (e.isPerson() && compatible(e, gender) && e != only && !previousObjects.contains(e)) {
          only = e;
          candidates++;
        }
      }
      if (candidates == 1 && (t.sentence[a] > 0 || recentIncompatible(gender))) {
        only.gender = gender; // "… — Bassi, 43 years a fisherman, keeps an eye on it. “…,” he said": the one person named
        return new Ref(only, true, false);
      }
      for (int i = 0; i < recentCount; i++) {
        int at = recentSlot(i);
        Entity e = recent[at];
        if (e == null) {
          int g = recentGender[at];
          if (i == 0 && g == Register.UNKNOWN_GENDER || g == gender) {
            return Ref.ANONYMOUS; // "one legal expert said … the expert, he …"; "The woman … Ailes … she": the woman
          }
          continue; // "Her husband worked …. “…,” she said": not him
        }
        if (e.isPerson() && compatible(e, gender)) {
          e.gender = gender;
          return new Ref(e, true, false);
        }
      }
      return Ref.ANONYMOUS; // "he" with nobody before: an unknown source, never a guess
    }
    // it / they: the nearest organisation
    for (int i = 0; i < recentCount; i++) {
      Entity e = recent[recentSlot(i)];
      if (e == null) {
        return p.equals("they") && i == 0 ? Ref.ANONYMOUS : null;
      }
      if (e.mayBeOrganisation() || p.equals("they") && plural.contains(e)) {
        e.becomeOrganisation();
        return new Ref(e, true, false);
      }
    }
    return p.equals("they") ? Ref.ANONYMOUS : null; // "“It’s not fake,” they told Rogan": someone unknown
  }

  /** Whether one of the recent subjects is a person already known as a "he" or "she" of this gender. */
  private boolean recentOfGender(int gender) {
    for (int i = 0; i < recentCount; i++) {
      Entity e = recent[recentSlot(i)];
      if (e != null && e.isPerson() && e.knownGender() == gender) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the latest subject cannot be a "he" or "she" of this gender ("She later asked Page …"
   * before "“…,” he replied"): then the one person named in the sentence before is meant, even
   * across a paragraph break.
   */
  private boolean recentIncompatible(int gender) {
    if (recentCount == 0) {
      return false;
    }
    int at = recentSlot(0);
    Entity e = recent[at];
    return e == null ? recentGender[at] != Register.UNKNOWN_GENDER && recentGender[at] != gender
        : e.isPerson() && !compatible(e, gender);
  }

  private final Set<Entity> plural = new HashSet<>();


  /** The people named in the previous sentence (at most eight), for "she" after "his editor Jane Doe". */
  private final List<Entity> previousPersons = new ArrayList<>();

  /**
   * Those of {@link #previousPersons} named only after a preposition, "than" or "and"/"or" ("more
   * nervous than Rose-Lynn Harlan", "he and Dorsey"): never the one person a pronoun takes up.
   */
  private final Set<Entity> previousObjects = new HashSet<>();

  private void collectPersons(Tokens t, int from, int to, int part) {
    previousPersons.clear();
    previousObjects.clear();
    for (int k = from; k < to && previousPersons.size() < 8; k++) {
      if (startsRun(t, k)) {
        Name n = nameAt(t, k);
        if (n != null && !n.possessive() && (n.words() >= 2 || register.isSurname(n.surname()))) {
          Entity e = person(n, position(part, k));
          previousPersons.add(e);
          if (afterPreposition(t, k) || k > 0 && t.isWord(k - 1)
              && (t.lower(k - 1).equals("and") || t.lower(k - 1).equals("or"))) {
            previousObjects.add(e);
          }
        }
        k = runEnd(t, k) - 1;
      }
    }
  }


  private static boolean compatible(Entity e, int gender) {
    int known = e.knownGender();
    return known == gender || known == Register.UNKNOWN_GENDER; // "Donald Trump" is not "she"
  }

  // ---- the body --------------------------------------------------------------------------------

  private void paragraph(Tokens t, int part, List<Reported> pending) {
    if (!pending.isEmpty() && (t.spans.isEmpty() || !t.spans.get(0).continued())) {
      flush(pending, null); // the continuation never came
    }
    int sentenceFrom = 0;
    while (sentenceFrom < t.size) {
      int sentenceTo = t.sentenceEnd(sentenceFrom);
      sentence(t, part, sentenceFrom, sentenceTo, pending);
      sentenceFrom = sentenceTo;
    }
  }

  private void flush(List<Reported> pending, Found closing) {
    Found f = closing;
    if (f == null || !f.known()) {
      for (Reported r : pending) {
        if (r.found().known()) {
          f = r.found();
          break;
        }
      }
    }
    for (Reported r : pending) {
      reported.add(r.with(f == null ? r.found() : f));
    }
    pending.clear();
  }

  private void sentence(Tokens t, int part, int from, int to, List<Reported> pending) {
    sentences++;
    Entity subject = null;
    boolean subjectKnown = false;
    Found previous = null; // the last quotation of this sentence
    QuoteKind lastKind = QuoteKind.FULL;
    boolean hasQuote = false;
    for (int q = from; q < to; q++) {
      if (t.kind[q] != Tokens.QUOTE) {
        continue;
      }
      hasQuote = true;
      Marks.Span span = t.spans.get(t.quote[q]);
      QuoteKind kind = kind(t, q, from, to, lastKind);
      lastKind = kind;
      Found found = attribute(t, part, q, from, to, previous, kind);
      if (namesOrLinks(t, q, from, to) || kind == QuoteKind.PARTIAL && !isSpeech(t, q, from, to)) {
        continue;
      }
      if (!found.known() && kind == QuoteKind.PARTIAL) {
        Found repeated = repeated(t.word(q));
        if (repeated != null) {
          found = repeated;
        }
      }
      previous = found;
      if (!found.known() && found.attributed()) {
        lastFound = found; // “…,” one user said. “…”: the next paragraph's quotation is no older speaker's
        lastFoundParagraph = part;
      }
      if (found.known()) {
        lastFound = found;
        lastFoundParagraph = part;
        if (found.context() != null && found.context().contains("statement")) {
          lastStatementAuthor = found.speaker();
        }
        if (!subjectKnown) {
          subject = found.speaker();
          subjectKnown = true;
        }
      }
      if (found.known()) {
        unindexedTexts.add(t.word(q));
        unindexedFound.add(found);
      }
      Reported r = reported(part, t, q, kind, found);
      if (span.unclosed()) {
        pending.add(r);
        continue;
      }
      if (span.continued() && !pending.isEmpty()) {
        flush(pending, found);
      }
      reported.add(r);
    }
    if (!subjectKnown) {
      int s = subjectStart(t, from, to);
      boolean it = s < to && t.isWord(s) && (t.lower(s).equals("it") || t.lower(s).equals("they"));
      Ref ref = s < to && !it ? mention(t, s, Math.min(to, s + 12), part) : null; // "It was …" refers to nobody
      if (ref != null && !ref.name() && !ref.pronoun() && !it) { // a pronoun takes no appositive: "He’d fire them off to friends, including Gaiman"
        for (int c = s; c < to && c < s + 8; c++) {
          if (t.isPunct(c, ",")) {
            Ref appositive = mention(t, c + 1, segmentEnd(t, c + 1, to), part);
            if (appositive != null && appositive.name()) {
              ref = appositive; // "Steenburgen’s son, filmmaker Charlie McDowell, …"
            }
            break;
          }
        }
      }
      if ((ref == null || ref.entity() == null) && s < to && !it && startsRun(t, s)) {
        Name n = nameAt(t, s);
        if (n != null && n.possessive() && (n.words() >= 2 || register.isSurname(n.surname()))) {
          ref = new Ref(person(n, position(part, s)), false, true); // "Taylor Swift's first six albums …": she
        }
      }
      if ((ref == null || ref.entity() == null) && !hasQuote) {
        for (int k = from; k + 2 < to; k++) {
          if (t.isWord(k) && t.lower(k).equals("according") && t.isWord(k + 1) && t.lower(k + 1).equals("to")) {
            Ref source = mention(t, k + 2, segmentEnd(t, k + 2, to), part);
            if (source != null && source.name()) {
              ref = source; // "The results, according to Jeff Schlegelmilch, …, were mixed.": he speaks next
              s = k + 2;
            }
            break;
          }
        }
      }
      if (ref != null) {
        subject = ref.entity();
        subjectKnown = true;
        if (ref.entity() == null) {
          rememberAnonymous(descriptionGender(t, s, to));
        }
        if (ref.entity() != null && s + 1 < to) {
          int after = s + 1;
          while (after < to && t.isWord(after) && Character.isUpperCase(t.word(after).charAt(0))) {
            after++;
          }
          if (after < to && t.isWord(after) && PLURAL_VERBS.contains(t.word(after))) {
            plural.add(ref.entity());
          }
        }
      }
      int cue = -1;
      for (int c = hasQuote ? to : strongCue(t, from, to); c >= 0 && c < to && c < from + WINDOW; c = strongCue(t, c + 1, to)) {
        Ref own = subjectBefore(t, part, Math.max(from, c - WINDOW), c); // "…, Manzara explained, but …"
        int run = c - 1;
        while (run > from && t.isCapitalised(run - 1) && t.adjacent(run - 1)) {
          run--;
        }
        boolean bare = t.isCapitalised(c - 1) && run > from && t.isPunct(run - 1, ","); // "…, Manzara explained,"
        if (own == null && t.isPunct(c - 1, ",")) {
          Ref inverted = mention(t, cueEnd(t, c, to), segmentEnd(t, cueEnd(t, c, to), to), part); // "…, says Buser, is …"
          if (inverted != null && inverted.name()) {
            own = inverted;
            bare = true;
          }
        }
        if (own != null && own.entity() != null && (own.name() && (own.established() || bare) || own.pronoun()
            || !own.entity().isPerson())) { // also "It was just him and the professor, he said.": he goes on speaking
          cue = c;
          if (ref == null || ref.entity() != own.entity()) {
            ref = own;
            subject = own.entity();
            subjectKnown = true;
          }
          break;
        }
        if (cue < 0 && ref != null && ref.entity() != null) {
          cue = c; // the sentence's subject speaks: "Erekat said it was …"
          break;
        }
        if (own != null && own.entity() == null && !own.pronoun() && (ref == null || ref.entity() == null)) {
          int np = segmentStart(t, from, c);
          if (np + 1 < c && t.isWord(np) && COMMON_DETERMINERS.contains(t.lower(np)) && t.isWord(np + 1)
              && (Lexicon.PERSON_NOUNS.contains(t.lower(np + 1)) || np + 2 < c && t.isWord(np + 2)
                  && Lexicon.PERSON_NOUNS.contains(t.lower(np + 2)))) {
            rememberAnonymous(descriptionGender(t, np, c)); // "…, a source close to the investigation has told Reuters": "he said" next is that source
          }
          break;
        }
      }
      if (cue < 0 && !hasQuote) {
        Found issued = issuer(t, part, from, to);
        if (issued != null) {
          lastFound = issued; // "Acme put out a statement." then "“…”": the statement's words
          lastFoundParagraph = part;
        }
      }
      if (cue < 0 && !hasQuote && ref != null && ref.name() && ref.entity() != null && ref.entity().isPerson()) {
        for (int k = s + 1; k < to && k <= s + 6; k++) {
          if (t.isCueAt(k) && BELIEF_CUES.contains(Lexicon.cue(t.word(k)).base())) {
            cue = k; // "Allan Snr believes someone must know …" before a quotation paragraph with no cue: his words
            break;
          }
        }
      }
      if (cue >= 0 && ref != null && ref.entity() != null) {
        lastFound = new Found(ref.entity(), cueText(t, cue, cueEnd(t, cue, to)), null); // "Erekat said it was …"
        lastFoundParagraph = part;
        for (int k = cue; k < to && k < cue + 12; k++) {
          if (t.isWord(k) && t.lower(k).equals("statement")) {
            lastStatementAuthor = ref.entity(); // "… denied the allegations in a statement"
          }
        }
      }
    }
    collectPersons(t, from, to, part);
    if (subject != null) {
      remember(subject, part);
      if (!subject.isPerson() || !hasQuote) {
        for (int k = from; k < to && k < from + WINDOW; k++) {
          if (t.isWord(k) && Lexicon.STATEMENT_NOUNS.contains(t.lower(k)) && k > from
              && (t.lower(k - 1).equals("a") || t.lower(k - 1).equals("its") || t.lower(k - 1).equals("the"))) {
            lastStatementAuthor = subject; // "Big Machine Records issued a statement …": "the statement said"
            break;
          }
        }
      }
    }
  }

  /** Remembers a quotation's word trigrams, so that a later fragment of it is known: “investing for growth.” */
  private void index(String text, Found found) {
    List<String> w = lowerWords(text);
    for (int i = 0; i + 3 <= w.size(); i++) {
      spoken.put(w.get(i) + ' ' + w.get(i + 1) + ' ' + w.get(i + 2), found);
    }
  }

  /** The speaker of an earlier quotation this partial one repeats (its first and last three words), or null. */
  private Found repeated(String text) {
    for (int i = 0; i < unindexedTexts.size(); i++) {
      index(unindexedTexts.get(i), unindexedFound.get(i)); // each quotation indexed once, when first needed
    }
    unindexedTexts.clear();
    unindexedFound.clear();
    List<String> w = lowerWords(text);
    if (w.size() < 3 || w.size() > 12) {
      return null;
    }
    Found first = spoken.get(w.get(0) + ' ' + w.get(1) + ' ' + w.get(2));
    int n = w.size();
    Found last = spoken.get(w.get(n - 3) + ' ' + w.get(n - 2) + ' ' + w.get(n - 1));
    return first != null && first == last ? first : null;
  }





  // ---- attribution -----------------------------------------------------------------------------

  /**
   * Who said the quotation at token {@code q}: the cue after it, the cue before it, the previous
   * quotation of the sentence, the speaker of the previous quotation or paragraph; else nobody.
   */
  private Found attribute(Tokens t, int part, int q, int from, int to, Found previous, QuoteKind kind) {
    int nextQuote = q + 1;
    while (nextQuote < to && t.kind[nextQuote] != Tokens.QUOTE) {
      nextQuote++;
    }
    int afterTo = Math.min(nextQuote, Math.min(to, q + 1 + WINDOW));
    int prevQuote = q - 1;
    while (prevQuote >= from && prevQuote >= q - WINDOW && t.kind[prevQuote] != Tokens.QUOTE) {
      prevQuote--;
    }
    int frameFrom = prevQuote >= from && t.kind[prevQuote] == Tokens.QUOTE ? prevQuote + 1 : Math.max(from, q - WINDOW);
    boolean introduced = q >= 2 && (t.isPunct(q - 1, ",") || t.isPunct(q - 1, ":")) && cueEndsAt(t, q - 1, from);
    Found f = introduced ? null : after(t, part, q, afterTo); // "and said, “…,” the office said": said, first
    if (f != null) {
      return f;
    }
    f = before(t, part, q, Math.max(from, q - WINDOW), frameFrom, from);
    if (f != null) {
      return f;
    }
    if (introduced) {
      f = after(t, part, q, afterTo);
      if (f != null) {
        return f;
      }
    }
    f = trailing(t, part, q, to);
    if (f != null) {
      return f;
    }
    if (previous != null && previous.attributed()) {
      return previous; // “…” and “…”, a split sentence
    }
    Found issued = issuer(t, part, from, q);
    if (issued != null) {
      return issued; // "Twitter issued a statement to Slate that it would “take action”"
    }
    boolean startsSentence = q == from || onlyPunctuation(t, from, q);
    if (startsSentence || t.isPunct(q - 1, ":")) {
      if (t.isPunct(q - 1, ":") && !startsSentence) {
        int s = subjectStart(t, from, q);
        Ref r = mention(t, s, q, part);
        if (r != null) {
          return new Found(r.entity(), null, null);
        }
      }
      if (lastFound != null && lastFoundParagraph >= part - 1 && kind == QuoteKind.FULL) { // not a heading fragment
        return lastFound;
      }
      if (startsSentence && kind == QuoteKind.FULL && (lastFound == null || lastFoundParagraph < part - 1)
          && onlyPunctuation(t, q + 1, to) && t.quote[q] == 0 && firstPerson(t.word(q)) && recentCount > 0) {
        int at = recentSlot(0);
        Entity topic = recent[at];
        if (topic != null && topic.isPerson() && recentPart[at] >= part - 1) {
          return new Found(topic, null, null); // a profile: "Wiig was 11 years in LA …. “I was incredibly intimidated …”"
        }
      }
    }
    return Found.UNKNOWN;
  }

  /** Verbs that give out a statement: "issued a statement", "released a statement", "put out a statement". */
  private static final Set<String> ISSUING_VERBS = Lexicon.words("issued", "released", "published", "put", "posted");

  /**
   * Who gave out a statement in {@code [from, to)} ("Twitter issued a statement to Slate that …",
   * "Acme put out a statement"), with the words of that phrase as the cue; null when the words are
   * not there or name nobody.
   */
  private Found issuer(Tokens t, int part, int from, int to) {
    for (int k = from + 1; k < to && k < from + WINDOW; k++) {
      if (t.kind[k] == Tokens.QUOTE) {
        return null;
      }
      if (!t.isWord(k) || !ISSUING_VERBS.contains(t.lower(k))) {
        continue;
      }
      int n = k + 1;
      if (n < to && t.isWord(n) && t.lower(n).equals("out")) {
        n++;
      }
      if (n + 1 < to && t.isWord(n) && (t.lower(n).equals("a") || t.lower(n).equals("an") || t.lower(n).equals("its")
          || t.lower(n).equals("their")) && t.isWord(n + 1) && Lexicon.STATEMENT_NOUNS.contains(t.lower(n + 1))) {
        Ref r = subjectBefore(t, part, from, k);
        return r == null || r.entity() == null ? null : new Found(r.entity(), t.text.substring(t.start[k], t.end[n + 1]), null);
      }
    }
    return null;
  }

  /** Whether a quotation speaks in the first person singular: "I", "I'm", "my", "me". */
  private static boolean firstPerson(String text) {
    int n = text.length();
    for (int i = 0; i < n; ) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int j = i;
      while (j < n && (Character.isLetter(text.codePointAt(j)) || text.charAt(j) == '\'' || text.charAt(j) == '\u2019')) {
        j += Character.charCount(text.codePointAt(j));
      }
      String w = text.substring(i, j);
      if (Lexicon.pronounBase(w).equals("I") || w.equals("my") || w.equals("My") || w.equals("me")) { // "I", "I’m"
        return true;
      }
      i = j;
    }
    return false;
  }



  /** How far back from a sentence's end its closing reporting clause may start, in tokens. */
  private static final int TRAILING_CLAUSE = 16;

  /**
   * The reporting clause that closes the sentence after a comma, with no quotation in it, for a
   * quotation further back in the sentence: "… is “growing at an alarming rate” and affects every
   * community, Noem said." or "…, said another witness, Fiona Hill." Null when the sentence does not
   * end so.
   */
  private Found trailing(Tokens t, int part, int q, int to) {
    int e = to - 1;
    if (e <= q || !(t.isPunct(e, ".") || t.isPunct(e, "!") || t.isPunct(e, "?"))) {
      return null;
    }
    int comma = -1;
    for (int k = e - 1; k > q && k >= e - TRAILING_CLAUSE; k--) {
      if (t.kind[k] == Tokens.QUOTE) {
        return null;
      }
      if (t.isPunct(k, ",")) {
        comma = k;
        break;
      }
    }
    if (comma > q + 2 && !(t.isCueAt(comma + 1) && Lexicon.cue(t.word(comma + 1)).strong())) {
      // ", said Joseph Seneca, a Rutgers University economist in New Brunswick.": the clause starts
      // at the comma before, when a cue follows it and the name after the cue ends at the last comma
      for (int k = comma - 1; k > q + 1 && k >= comma - 8; k--) {
        if (t.kind[k] == Tokens.QUOTE || t.kind[k] == Tokens.PUNCT && !t.isPunct(k, ",") && !t.isPunct(k, ".")) {
          break;
        }
        if (t.isPunct(k, ",")) {
          if (t.isCueAt(k + 1) && Lexicon.cue(t.word(k + 1)).strong()
              && segmentEnd(t, cueEnd(t, k + 1, e), e) == comma) {
            comma = k;
          }
          break;
        }
      }
    }
    if (comma < 0 || comma == q + 1) {
      return null; // right after the quotation, the cue is after()'s
    }
    for (int c = comma + 1; c < e && c <= comma + 8; c++) {
      if (!t.isWord(c)) {
        return null;
      }
      if (!t.isCueAt(c) || !Lexicon.cue(t.word(c)).strong()) {
        continue;
      }
      int cueEnd = cueEnd(t, c, e);
      Ref r;
      int contextFrom = cueEnd;
      if (c == comma + 1) {
        int npEnd = segmentEnd(t, cueEnd, e); // ", said another witness, former adviser Fiona Hill."
        r = mention(t, cueEnd, npEnd, part);
        if (r != null && r.entity() == null && t.isPunct(npEnd, ",")) {
          Ref appositive = mention(t, npEnd + 1, segmentEnd(t, npEnd + 1, e), part);
          if (appositive != null && appositive.name()) {
            r = appositive;
          }
        }
        contextFrom = npEnd;
        if (r == null || r.entity() == null) {
          Ref named = nameBeforeAppositive(t, part, q, comma);
          if (named != null) {
            r = named; // "…, Binyah Kesselly, chairman of the airport authority, told reporters."
          }
        }
      } else {
        r = subjectBefore(t, part, comma + 1, c);
      }
      return r == null ? null : new Found(r.entity(), cueText(t, c, cueEnd), context(t, contextFrom, e));
    }
    return null;
  }

  /**
   * The speaker of a closing reporting clause that starts with its cue right after a comma, when the
   * clause is the end of "name, appositive, cue": "… when he returns, Binyah Kesselly, chairman of
   * the Liberia Airport Authority, told reporters." The name is the segment between the two commas
   * before the appositive, and must be a name; null otherwise.
   */
  private Ref nameBeforeAppositive(Tokens t, int part, int q, int comma) {
    int appositive = -1;
    for (int k = comma - 1; k > q && k >= comma - 20; k--) {
      if (t.kind[k] == Tokens.QUOTE) {
        return null;
      }
      if (t.isPunct(k, ",")) {
        appositive = k;
        break;
      }
    }
    if (appositive < 0) {
      return null;
    }
    int nameFrom = appositive - 1;
    while (nameFrom > q + 1 && nameFrom > appositive - 6 && !t.isPunct(nameFrom - 1, ",")) {
      nameFrom--;
    }
    if (!t.isPunct(nameFrom - 1, ",") || !t.isCapitalised(nameFrom)) {
      return null;
    }
    Ref r = mention(t, nameFrom, appositive, part);
    return r != null && r.name() && r.entity() != null && r.entity().isPerson() ? r : null;
  }

  /** "…,” said Stoltenberg.", "…,” Stoltenberg said in a statement.", "…,” according to X." */
  private Found after(Tokens t, int part, int q, int to) {
    if (q + 1 < to && (t.isPunct(q + 1, "\u2014") || t.isPunct(q + 1, "\u2013")) && q + 2 < to) {
      int end = segmentEnd(t, q + 2, to);
      boolean signed = end == t.size || t.isPunct(end, ".") && end + 1 == t.size
          || t.isPunct(end, ",");
      Ref r = signed ? mention(t, q + 2, end, part) : null;
      if (r != null && r.name()) {
        return new Found(r.entity(), null, null); // a pull quote signed “…” — Neil Gaiman, or “…” – Charles Dickens, A Christmas Carol
      }
    }
    int k = q + 1;
    while (k < to && t.kind[k] == Tokens.PUNCT && !t.word(k).equals("(")) {
      if (".!?".contains(t.word(k))) {
        return null;
      }
      k++;
    }
    if (k >= to || t.isWord(k) && NEW_CLAUSE.contains(t.lower(k))) {
      return null; // “…,” and both analysts and sources told …: a new clause
    }
    for (int c = k; c < to; c++) {
      if (t.isWord(c) && t.lower(c).equals("according") && t.isWord(c + 1) && t.lower(c + 1).equals("to")) {
        Ref r = mention(t, c + 2, Math.min(to, c + 14), part);
        return r == null ? null : new Found(r.entity(), "according to", null);
      }
      if (!t.isCueAt(c)) {
        continue;
      }
      Lexicon.Cue cue = Lexicon.cue(t.word(c));
      int cueEnd = cueEnd(t, c, to);
      String cueText = cueText(t, c, cueEnd);
      if (c == k && introducesNext(t, cueEnd, to)) {
        return null;
      }
      if (c == k && t.lower(c).endsWith("ing") && t.sentenceStart(q) < q) {
        int s = subjectStart(t, t.sentenceStart(q), q);
        Ref subject = s < q ? mention(t, s, q, part) : null;
        if (subject != null && subject.entity() != null) {
          int main = strongCue(t, s, q); // the sentence's own verb, when it has one: "said" of "Pompeo said that …"
          String mainCue = main >= 0 ? cueText(t, main, cueEnd(t, main, q)) : cueText;
          return new Found(subject.entity(), mainCue, context(t, cueEnd, to)); // "Pompeo said that … “…”, saying he …"
        }
      }
      if (c == k) {
        // inverted: said Stoltenberg
        int np = cueEnd;
        int npEnd = segmentEnd(t, np, to);
        Ref r = mention(t, np, npEnd, part);
        if (r != null && r.entity() == null && t.isPunct(npEnd, ",")) {
          Ref appositive = mention(t, npEnd + 1, segmentEnd(t, npEnd + 1, to), part);
          if (appositive != null && appositive.name()) {
            r = appositive; // said another witness, former adviser Fiona Hill
          }
        }
        if (r == null) {
          return indefinite(t, np, npEnd) ? new Found(null, cueText, context(t, npEnd, to)) : null; // said a New Hampshire Republican
        }
        return new Found(r.entity(), cueText, context(t, npEnd, to));
      }
      if (!cue.strong()) {
        continue;
      }
      if (introducesNext(t, cueEnd, to)) {
        return null; // “…” Smith agreed: “…”: the cue is the next quotation's
      }
      int npFrom = k;
      int comma = k;
      while (comma < c && comma < k + 3 && t.isWord(comma) && !t.isCapitalised(comma)) {
        comma++;
      }
      if (comma > k && comma < c && t.isPunct(comma, ",")) {
        npFrom = comma + 1; // “…” impeachment, Trump said
      }
      Ref heard = heardSaying(t, part, c, cueEnd, to);
      if (heard != null) {
        return new Found(heard.entity(), cueText, null); // “…,” she recalls him saying: his words
      }
      Ref r = subjectBefore(t, part, npFrom, c);
      if (r != null && segmentStart(t, npFrom, c) > npFrom && !r.name()) {
        return null;
      }
      if (r == null) {
        return unknownNounPhrase(t, npFrom, c) || indefinite(t, npFrom, c)
            ? new Found(null, cueText, context(t, cueEnd, to)) : null; // “…?” the voice asked; “…,” a Michigan Republican said
      }
      return new Found(r.entity(), cueText, context(t, cueEnd, to));
    }
    return null;
  }






  /**
   * The subject of a cue verb at {@code c}, looking back no further than {@code limit}: the noun
   * phrase just before it, past an appositive between commas ("Mayer, Disney’s chairman, said",
   * "McCormick, who has split from …, told"). Null when the verb has no subject of its own ("… but
   * stated") or none is found.
   */
  private Ref subjectBefore(Tokens t, int part, int from, int c) {
    int limit = Math.max(from, c - WINDOW);
    if (c - 2 >= limit && t.isWord(c - 1) && t.lower(c - 1).equals("as")) {
      for (int v = c - 3; v >= limit && v >= c - 8; v--) {
        if (t.isWord(v) && QUOTING_VERBS.contains(t.lower(v))) {
          String object = v + 2 == c - 1 ? t.lower(v + 1) : "";
          Ref quoted = object.equals("him") || object.equals("her") || object.equals("them") ? pronoun(t, v + 1, part)
              : mention(t, v + 1, c - 1, part);
          if (quoted != null) {
            return quoted; // "the BBC quoted him as saying": he speaks, not the BBC
          }
          break;
        }
      }
    }
    int k = c - 1;
    while (k >= limit && t.isWord(k) && (Lexicon.BETWEEN_SPEAKER_AND_VERB.contains(t.lower(k))
        && !(t.isCapitalised(k) && !atSentenceStart(t, k)) // capitalised mid-sentence it is a name: "“…,” May said"
        || Lexicon.isAdverbInLy(t.lower(k)) && !t.isCapitalised(k))) {
      k--;
    }
    int time = k; // "Stoltenberg on Monday said"
    while (time >= limit && time > k - 4 && t.isWord(time) && Lexicon.TIME_WORDS.contains(t.lower(time))) {
      time--;
    }
    if (time < k && time >= limit && t.isWord(time + 1) && (t.lower(time + 1).equals("on") || t.lower(time + 1).equals("last")
        || t.lower(time + 1).equals("this") || t.lower(time + 1).equals("earlier"))) {
      k = time;
    }
    if (k < limit || t.isWord(k) && isConjunction(t.lower(k)) || t.kind[k] == Tokens.QUOTE) {
      return null;
    }
    if (t.isWord(k) && Lexicon.isPronoun(t.word(k))) {
      return pronoun(t, k, part); // "In a Tumblr post at the time she described"
    }
    boolean appositiveBefore = false;
    if (t.isPunct(k, ",") && k - 1 >= limit) {
      k--; // "Mayer, Disney’s chairman, said": the segment before the comma is an appositive
      appositiveBefore = true;
    }
    int segEnd = k + 1;
    int segStart = appositiveBefore && t.isPunct(k, ".") && k - 1 >= limit && t.isWord(k - 1)
        ? segmentStart(t, limit, k) // "Johnson, R-La., said": the appositive ends in an abbreviation's period
        : segmentStart(t, limit, segEnd);
    if (segStart >= segEnd) {
      return null;
    }
    if (appositiveBefore && isPartyTag(t, segStart, segEnd) && segStart > limit && t.isPunct(segStart - 1, ",")) {
      segEnd = segStart - 1; // "…,” Johnson, R-La., said": the party and state, then the name
      segStart = segmentStart(t, limit, segEnd);
      appositiveBefore = false;
      if (segStart >= segEnd) {
        return null;
      }
    }
    Ref r = null;
    int tail = segEnd - 1;
    while (tail > segStart && t.isWord(tail - 1) && !Lexicon.FUNCTION_WORDS.contains(t.lower(tail - 1))) {
      tail--;
    }
    if (tail > segStart && !appositiveBefore && !(t.isWord(tail - 1) && PREPOSITIONS_OF_PLACE.contains(t.lower(tail - 1)))) {
      // the name just before the verb: "the purchases Mr. Trump requested", "with … Ayman Safadi warning"
      Ref minimal = mention(t, tail, segEnd, part);
      boolean justName = t.isCapitalised(tail) && startsRun(t, tail) && runEnd(t, tail) == segEnd; // "when Sondland told"
      if (minimal != null && minimal.name() && (minimal.established() || justName)) {
        r = minimal;
      }
    }
    if (r == null && tail > segStart && !appositiveBefore && t.isWord(tail - 1) && PREPOSITIONS_OF_PLACE.contains(t.lower(tail - 1))) {
      int run = tail;
      while (run < segEnd && (!t.isCapitalised(run) || Lexicon.NOT_NAMES.contains(t.word(run)))) {
        run++; // "However on March 6 Mr Joseph wrote": past the date to the name before the verb
      }
      if (run > tail && run < segEnd) {
        Ref named = mention(t, run, segEnd, part);
        if (named != null && named.name()) {
          r = named;
        }
      }
    }
    if (r == null) {
      r = mention(t, segStart, segEnd, part);
    }
    if (r == null && !appositiveBefore && segEnd - segStart >= 2 && t.isWord(segStart)
        && t.lower(segStart).equals("with")) {
      Ref absolute = mention(t, segStart + 1, segEnd, part);
      return absolute != null ? absolute : Ref.ANONYMOUS; // "…, with a source close to him saying": not the subject
    }
    if (appositiveBefore && segStart - 1 > limit && t.isPunct(segStart - 1, ",")
        && (Lexicon.TITLE_WORDS.contains(t.word(segStart)) || Lexicon.PERSON_NOUNS.contains(t.word(segStart)))) {
      int before = segmentStart(t, limit, segStart - 1);
      Ref named = before < segStart - 1 ? mention(t, before, segStart - 1, part) : null;
      if (named != null && named.name() && named.entity() != null && named.entity().isPerson()) {
        return named; // "Rob Goldman, President Ascom North America, says", "Bob Bruni, president of …, said"
      }
    }
    if (appositiveBefore && r != null && r.name() && !(segStart > limit && t.isPunct(segStart - 1, ","))) {
      return r;
    }
    if (segStart > limit && t.isPunct(segStart - 1, ",") && (r == null || !r.name() || !r.established())) {
      int end = segStart - 1;
      boolean relative = opensClauseAbout(t, segStart);
      boolean who = segEnd == segStart + 1 && t.word(segStart).equals("who"); // "who" itself is the cue's subject
      boolean which = segEnd == segStart + 1 && t.word(segStart).equals("which");
      for (int hops = 0; hops < 6 && end > limit; hops++) {
        int start = segmentStart(t, limit, end);
        if (start >= end) {
          break;
        }
        if (who || which) {
          int run = end;
          while (run > start && t.isWord(run - 1) && continuesRun(t, run - 1)) {
            run--;
          }
          Ref antecedent = run < end && run > start && startsRun(t, run) ? mention(t, run, end, part) : null;
          if (who && antecedent != null && antecedent.name()) {
            return antecedent; // "Police spoke to Jane Doe, who said": the name just before the relative clause
          }
          if (which && antecedent != null && antecedent.entity() != null && !antecedent.entity().isPerson()) {
            return antecedent; // "a lawsuit with ZeniMax Media, which accuses …": the organisation just before
          }
          which = false;
        }
        Ref earlier = mention(t, start, end, part);
        if (earlier != null && earlier.name() && earlier.established()) {
          return earlier; // past "a planetary scientist at …, Maryland, and American University in …, D.C.,"
        }
        if (relative && earlier != null && earlier.entity() != null) {
          return earlier; // "the Electoral Commission, which regulates campaign finances, issued a statement warning"
        }
        boolean age = end - start == 1 && isNumber(t.lower(start)); // "Doe, 67, who said"
        relative = opensClauseAbout(t, start) || relative && age;
        who &= age;
        if (start <= limit || !t.isPunct(start - 1, ",")) {
          break;
        }
        end = start - 1;
      }
    }
    return r;
  }



  /**
   * Whether {@code [from, to)} is an American politician's party and state as news writes them
   * after the name: "R-La.", "D-Calif.", "I-Vt.", "R-N.C.".
   */
  private static boolean isPartyTag(Tokens t, int from, int to) {
    String s = t.text.substring(t.start[from], t.end[to - 1]);
    if (s.length() < 3 || s.length() > 9 || "RDI".indexOf(s.charAt(0)) < 0 || s.charAt(1) != '-'
        || !Character.isUpperCase(s.charAt(2))) {
      return false;
    }
    for (int i = 3; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** Verbs of remembering or hearing someone say something: "she recalls him saying". */
  private static final Set<String> RECALL_VERBS = Lexicon.words("recall", "remember", "hear", "overhear");

  /** Participles and infinitives of saying after the one remembered: "recalls him saying", "heard her say". */
  private static final Set<String> SAYING = Lexicon.words("saying", "say", "telling", "tell", "asking", "ask");

  /**
   * The one whose words are remembered or heard, when the cue at {@code c} is such a verb followed
   * by "him" or "her" and a verb of saying ("she recalls him saying", "he heard her say"), else null.
   */
  private Ref heardSaying(Tokens t, int part, int c, int cueEnd, int to) {
    Lexicon.Cue cue = Lexicon.cue(t.word(c));
    if (cue == null || !RECALL_VERBS.contains(cue.base()) || cueEnd >= to || !t.isWord(cueEnd)) {
      return null;
    }
    String object = t.lower(cueEnd);
    return (object.equals("him") || object.equals("her")) && cueEnd + 1 < to && t.isWord(cueEnd + 1)
        && SAYING.contains(t.lower(cueEnd + 1)) ? pronoun(t, cueEnd, part) : null;
  }

  /** Nouns of an answer that quote their owner only after a possessive: "Ailes’s reply: “…”" (not "in response"). */
  private static final Set<String> REPLY_NOUNS = Lexicon.words("reply", "response", "answer", "retort");

  /** Auxiliaries of the passive: "she was warned that …". */
  private static final Set<String> PASSIVE_AUXILIARIES = Lexicon.words("was", "were", "been", "being", "is", "are", "be");

  /**
   * Participles whose subject in the passive is the listener or the one described ("she was warned
   * that “…”", "he was told by police: “…”", "who was described as “armed and dangerous”"): the
   * speaker is the agent after "by", or nobody named.
   */
  private static final Set<String> PASSIVE_LISTENER_CUES = Lexicon.words("told", "warned", "advised", "informed",
      "reminded", "assured", "asked", "urged", "described", "called", "branded", "labelled", "labeled", "dubbed",
      "characterised", "characterized", "portrayed", "accused", "criticised", "criticized", "praised", "hailed",
      "slammed", "condemned");

  /** Cues whose noun phrase is the listener, not the speaker: "told Cook", "asked the minister". */
  private static final Set<String> LISTENER_CUES = Lexicon.words("tell", "ask");

  /** Verbs that report whom a medium quotes: "quoted him as saying", "cited the minister as saying". */
  private static final Set<String> QUOTING_VERBS = Lexicon.words("quoted", "quotes", "quoting", "quote", "cited",
      "cites", "citing");

  /** Whether the segment at {@code k} is a relative clause about the noun phrase before its comma ("which regulates …"). */
  private static boolean opensClauseAbout(Tokens t, int k) {
    return t.isWord(k) && RELATIVE_PRONOUNS.contains(t.word(k));
  }

  /** Words that open a relative clause after the noun phrase it describes. */
  private static final Set<String> RELATIVE_PRONOUNS = Lexicon.words("who", "which", "whose", "whom");

  /** Determiners of someone the article does not name: "a Michigan Republican", "one Democrat", "another insider". */
  private static final Set<String> INDEFINITE_DETERMINERS = Lexicon.words("a", "an", "one", "another");

  /** How many words an indefinite noun phrase at a cue may have: "a GOP insider in the first-in-the-nation state". */
  private static final int MAX_INDEFINITE_WORDS = 8;

  /**
   * Whether {@code [from, to)} is an indefinite noun phrase of words only ("a Michigan Republican",
   * "another Colorado Democrat"): someone the article does not name, whatever the capitals.
   */
  private static boolean indefinite(Tokens t, int from, int to) {
    if (from < 0 || to - from < 2 || to - from > MAX_INDEFINITE_WORDS || !t.isWord(from)
        || !INDEFINITE_DETERMINERS.contains(t.lower(from))) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!t.isWord(k)) {
        return false;
      }
    }
    return true;
  }

  /** Determiners of a common noun phrase that names nobody the article registers: "the voice", "a crowd". */
  private static final Set<String> COMMON_DETERMINERS = Lexicon.words("the", "a", "an", "one", "another", "someone");

  /** How many lower-case words a common noun phrase before a cue may have after its determiner. */
  private static final int MAX_COMMON_NOUN_WORDS = 3;

  /**
   * Whether {@code [from, to)} is a common noun phrase that is neither a person nor an organisation
   * the finder knows and no pronoun: a determiner and one to three lower-case words of letters
   * ("the voice", "a crowd", "the angry mob"). Such a subject speaks, but names nobody: the quotation
   * has its cue and an unknown speaker, not the previous speaker's.
   */
  private static boolean unknownNounPhrase(Tokens t, int from, int to) {
    if (from < 0 || to - from < 2 || to - from > MAX_COMMON_NOUN_WORDS + 1 || !t.isWord(from)
        || !COMMON_DETERMINERS.contains(t.lower(from))) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      String w = t.word(k);
      if (!t.isWord(k) || t.isCapitalised(k) || Lexicon.isPronoun(w) || Lexicon.FUNCTION_WORDS.contains(t.lower(k))) {
        return false;
      }
      for (int i = 0; i < w.length(); i++) {
        if (!Character.isLetter(w.charAt(i))) {
          return false; // "the 42-year-old" describes a person already named
        }
      }
    }
    return true;
  }

  /** The start of the words just before {@code cue} back to the last punctuation or {@code from}, or -1. */
  private static int nounPhraseBefore(Tokens t, int from, int cue) {
    int k = cue;
    while (k > from && k > cue - MAX_COMMON_NOUN_WORDS - 1 && t.isWord(k - 1)) {
      k--;
    }
    for (int d = k; d < cue; d++) {
      if (COMMON_DETERMINERS.contains(t.lower(d))) {
        return d;
      }
    }
    return -1;
  }

  /** The last cue before the quotation in its sentence, and who speaks it. */
  private Found before(Tokens t, int part, int q, int limit, int frameFrom, int sentenceFrom) {
    int cue = -1;
    int weak = -1;
    for (int k = q - 1; k >= frameFrom && k >= limit; k--) {
      if (t.isWord(k) && t.lower(k).equals("according") && t.isWord(k + 1) && t.lower(k + 1).equals("to")) {
        Ref r = mention(t, k + 2, q, part);
        int comma = segmentEnd(t, k + 2, q);
        if ((r == null || !r.name()) && t.isPunct(comma, ",")) {
          Ref appositive = mention(t, comma + 1, segmentEnd(t, comma + 1, q), part);
          if (appositive != null && appositive.name()) {
            r = appositive; // "According to his aunt, Jane Starner, “…”"
          }
        }
        if (r != null) {
          return new Found(r.entity(), "according to", null);
        }
      }
      if (t.isCueAt(k)) {
        if (Lexicon.cue(t.word(k)).strong()) {
          cue = k;
          break;
        }
        if (weak < 0) {
          weak = k;
        }
      }
      if (t.isWord(k) && (Lexicon.CUE_NOUNS.contains(t.lower(k)) || REPLY_NOUNS.contains(t.lower(k))) && k > 0 && t.isWord(k - 1)
          && (isPossessive(t.word(k - 1)) || t.lower(k - 1).equals("his") || t.lower(k - 1).equals("her")
              || t.lower(k - 1).equals("their") || t.lower(k - 1).equals("its"))) {
        Ref r = isPossessive(t.word(k - 1)) ? ownerOf(t, k - 1, part) : pronoun(t, k - 1, part);
        if (r != null) {
          return new Found(r.entity(), t.word(k), null); // Mr. Trump’s announcement
        }
      }
      if (t.isWord(k) && Lexicon.CUE_NOUNS.contains(t.lower(k)) && t.isWord(k + 1) && t.lower(k + 1).equals("of")
          && k > 0 && t.isWord(k - 1) && t.lower(k - 1).equals("the")) {
        Ref r = mention(t, k + 2, q, part);
        if (r != null) {
          int from = k >= 2 && t.isWord(k - 2) && t.lower(k - 2).equals("in") ? k - 2 : k - 1;
          return new Found(r.entity(), t.text.substring(t.start[from], t.end[k + 1]), null); // "in the words of the patient: “…”"
        }
      }
    }
    boolean strong = cue >= 0;
    if (cue < 0) {
      cue = weak;
    }
    if (cue < 0 && sentenceFrom >= frameFrom && sentenceFrom < q && t.invertedAtSentenceStart(sentenceFrom)) {
      int npEnd = segmentEnd(t, sentenceFrom + 1, q);
      Ref speaker = mention(t, sentenceFrom + 1, npEnd, part);
      return new Found(speaker == null ? null : speaker.entity(), t.word(sentenceFrom), null); // "Replied Stephen, …, “…”"
    }
    if (cue < 0) {
      return null;
    }
    int cueEnd = cueEnd(t, cue, q);
    if (strong && cue > sentenceFrom && t.isPunct(cue - 1, ",") && cueEnd < q && !t.lower(cue).endsWith("ing")
        && !LISTENER_CUES.contains(Lexicon.cue(t.word(cue)).base())) { // not "…, telling Cook, “…”": whom he told
      int npEnd = segmentEnd(t, cueEnd, q);
      Ref inverted = npEnd < q && t.isPunct(npEnd, ",") ? mention(t, cueEnd, npEnd, part) : null;
      if (inverted != null && inverted.name()) {
        return new Found(inverted.entity(), cueText(t, cue, cueEnd), null); // "The biggest reason, writes Beyer, is “…”"
      }
    }
    Ref r = null;
    if (cue - 1 >= sentenceFrom && t.isWord(cue - 1) && PASSIVE_AUXILIARIES.contains(t.lower(cue - 1))
        && PASSIVE_LISTENER_CUES.contains(t.lower(cue))) {
      int by = cueEnd < q && t.isWord(cueEnd) && t.lower(cueEnd).equals("by") ? cueEnd + 1 : -1;
      Ref agent = by > 0 ? mention(t, by, segmentEnd(t, by, q), part) : null;
      return new Found(agent == null ? null : agent.entity(), cueText(t, cue, cueEnd), null); // "she was warned that “…”": not she
    }
    if (cue - 2 >= sentenceFrom && t.isWord(cue - 1) && t.lower(cue - 1).equals("to") && t.isWord(cue - 2)
        && Lexicon.PERSON_NOUNS.contains(t.lower(cue - 2))) {
      r = Ref.ANONYMOUS; // "all it took was one person to say, “…”": the unnamed person before the infinitive
    }
    if (r == null && cue > sentenceFrom && t.isPunct(cue - 1, ",") && t.lower(cue).endsWith("ing")) {
      int s = subjectStart(t, sentenceFrom, cue);
      Ref subject = s < cue - 1 && !COMMON_DETERMINERS.contains(t.lower(s)) ? mention(t, s, cue, part) : null;
      if (subject != null && subject.entity() != null && (subject.name() || subject.pronoun())) {
        r = subject; // "Jane Roe urged John Doe to step down, telling reporters it was “impossible”": she speaks
      }
    }
    if (r == null) {
      r = subjectBefore(t, part, sentenceFrom, cue);
    }
    if (r == null) {
      int s = subjectStart(t, sentenceFrom, cue);
      r = mention(t, s, cue, part); // "… but stated the alliance would not …": the sentence's subject
      if (r == null && strong && unknownNounPhrase(t, nounPhraseBefore(t, sentenceFrom, cue), cue)) {
        r = Ref.ANONYMOUS; // "while a crowd shouted “kill them”": someone the article does not name
      }
      if (r == null && cue == q - 1) {
        return null;
      }
    }
    if (r == null) {
      return null;
    }
    String context = openingContext(t, sentenceFrom, cue);
    if (context == null) {
      context = beforeContext(t, cueEnd, q);
    }
    return new Found(r.entity(), cueText(t, cue, cueEnd), context);
  }

  /**
   * The owner of a statement, report or forecast named by the possessive words {@code [from, to)}
   * and the capitalised words just before them: a person's name, else an organisation.
   */
  private Ref statementOwner(Tokens t, int from, int to, int part) {
    int s = from;
    while (s > 0 && s > from - MAX_RUN && t.isWord(s - 1) && t.isCapitalised(s - 1) && t.adjacent(s - 1)) {
      s--;
    }
    Name n = nameAt(t, s);
    if (n != null && n.possessive() && n.to() == to) {
      return nameRef(n, position(part, s));
    }
    return orgRef(bare(t.text.substring(t.start[s], t.end[to - 1])), position(part, s));
  }

  private Ref ownerOf(Tokens t, int k, int part) {
    int s = k;
    while (s > 0 && s > k - MAX_RUN && t.isWord(s - 1) && t.isCapitalised(s - 1) && t.adjacent(s - 1)
        && !isPossessive(t.word(s - 1))) {
      s--;
    }
    return mention(t, s, k + 1, part) != null ? mentionOwner(t, s, k, part) : null;
  }

  private Ref mentionOwner(Tokens t, int s, int k, int part) {
    Name n = nameAt(t, s);
    if (n == null) {
      return null;
    }
    return new Ref(person(n, position(part, s)), false, true);
  }



  // ---- kind and reported speech ----------------------------------------------------------------

  /** Who a cue verb tells, between it and a full quotation: "told him “I …”". */
  private static final Set<String> OBJECT_PRONOUNS = Lexicon.words("him", "her", "them", "me", "us", "you");

  /**
   * Full when the quotation is a sentence of its own: it opens the paragraph or a sentence, or
   * follows a colon, a comma, a dash or "that" with a clause; partial inside the writer's clause.
   */
  private QuoteKind kind(Tokens t, int q, int from, int to, QuoteKind previousKind) {
    String words = t.word(q);
    if (q == 0 || q == from + 1 && t.kind[from] == Tokens.PUNCT && !t.isPunct(from, "(") && !t.isPunct(from, ",")
        && Character.getType(t.text.codePointAt(t.start[from])) == Character.OTHER_SYMBOL) {
      if (t.size == 1 && !endsWithPunctuation(words) && (wordCount(words) <= 6 || !Character.isUpperCase(words.charAt(0)))) {
        return QuoteKind.PARTIAL; // a heading in quotation marks
      }
      return continuesWriter(t, q) ? QuoteKind.PARTIAL : QuoteKind.FULL;
    }
    int p = q - 1;
    if (t.kind[p] == Tokens.PUNCT) {
      String m = t.word(p);
      if (m.equals(",") && (!cueNear(t, q, from, to) && !(Tokens.endsWithSentencePunctuation(words)
          && Character.isUpperCase(firstLetter(words))) || insideThatClause(t, q, from))) {
        return QuoteKind.PARTIAL; // "movies from Pixar Animation, “Star Wars,” Marvel Studios": a list
      }
      if (".!?:;,\u2014\u2013-".contains(m) || m.equals("\u2026")) {
        return continuesWriter(t, q) ? QuoteKind.PARTIAL : QuoteKind.FULL;
      }
      return QuoteKind.PARTIAL;
    }
    if (t.kind[p] == Tokens.QUOTE) {
      return Tokens.endsWithSentencePunctuation(t.word(p)) ? QuoteKind.FULL : QuoteKind.PARTIAL;
    }
    if (t.word(p).endsWith(".") && t.sentenceStart(q) == q) {
      return continuesWriter(t, q) ? QuoteKind.PARTIAL : QuoteKind.FULL; // "… of Yearout Mechanical Inc. “The economy …”"
    }
    String w = t.lower(p);
    if ((w.equals("and") || w.equals("or")) && p - 1 >= 0 && t.kind[p - 1] == Tokens.QUOTE) {
      return previousKind; // “…,” and “…,”
    }
    if (w.equals("that")) {
      return startsClause(words) && Tokens.endsWithSentencePunctuation(words) ? QuoteKind.FULL : QuoteKind.PARTIAL;
    }
    boolean told = p - 1 >= from && t.isCueAt(p - 1) && OBJECT_PRONOUNS.contains(w); // told him “I …”
    int cue = told ? p - 1 : p;
    if (t.isCueAt(cue) && !NAMING_CUES.contains(Lexicon.cue(t.word(cue)).base()) && (Character.isUpperCase(firstLetter(words))
        || startsClause(words) && Tokens.endsWithSentencePunctuation(words))) {
      return QuoteKind.FULL; // he said “We …”, adding “we need everyone on it.”
    }
    return QuoteKind.PARTIAL;
  }






  /**
   * “The people of this country aren’t buying” impeachment, …: a quotation with no closing
   * punctuation that the writer's sentence goes on from (not a cue, not "Mayer said").
   */
  private boolean continuesWriter(Tokens t, int q) {
    if (q + 1 >= t.size || !t.isWord(q + 1) || endsWithPunctuation(t.word(q))) {
      return false;
    }
    String lw = t.lower(q + 1);
    if (t.isCueAt(q + 1) || lw.equals("according") || lw.equals("and") || lw.equals("or")) {
      return false;
    }
    for (int k = q + 1; k < t.size && k <= q + 5 && t.isWord(k); k++) {
      if (t.isCueAt(k)) {
        return !(Lexicon.isPronoun(t.word(q + 1)) || t.isCapitalised(q + 1)) || isPossessive(t.word(q + 1));
      }
    }
    return true;
  }


  /** Determiners before a quoted label that modifies a noun: "a “skinny” deal", "their “creator” accounts". */
  private static final Set<String> ATTRIBUTIVE_DETERMINERS = Lexicon.words("a", "an", "the", "his", "her", "their",
      "its", "our", "my", "your", "this", "these", "those");

  /** Whether a quotation ends in "!" or "?" right after a letter: "eureka!", "why me?". */
  private static boolean endsInExclamationOrQuestion(String words) {
    int i = words.length();
    while (i > 0 && Marks.isSpace(words.charAt(i - 1))) {
      i--;
    }
    return i > 1 && (words.charAt(i - 1) == '!' || words.charAt(i - 1) == '?') && Character.isLetter(words.charAt(i - 2));
  }

  /** Forms of "call", whose quotation a named caller says ("he called it “a disgrace”"), unlike "dubbed". */
  private static final Set<String> CALL = Lexicon.words("called", "calls", "call");

  /** Pronouns between a naming verb and its quotation: "dubbed it “the fire star”". */
  private static final Set<String> NAMED_OBJECTS = Lexicon.words("it", "him", "her", "them");

  /** The writer's own pronouns: "what I call the “surveillance economy”" is the writer's term. */
  private static final Set<String> WRITER = Lexicon.words("I", "we", "We");

  private static boolean endsInLetterOrDigit(String words) {
    int i = words.length();
    while (i > 0 && Marks.isSpace(words.charAt(i - 1))) {
      i--;
    }
    return i > 0 && Character.isLetterOrDigit(words.charAt(i - 1));
  }

  /**
   * Whether a partial quotation is reported speech: not a name or title ("a film called “…”",
   * "the word “We”", words in title case), not a modifier ("a “ground glass” pattern"), and not
   * scare quotes (a short fragment in a sentence with no cue).
   */
  private boolean isSpeech(Tokens t, int q, int from, int to) {
    String words = t.word(q);
    int p = q - 1;
    while (p >= from && t.isWord(p) && (t.lower(p).equals("the") || t.lower(p).equals("a") || t.lower(p).equals("an"))) {
      p--;
    }
    if (q == 0 && t.size == 1) {
      return true; // a heading in quotation marks quotes someone
    }
    if (p - 1 >= from && t.isWord(p) && NAMED_OBJECTS.contains(t.lower(p)) && t.isWord(p - 1)
        && Lexicon.NAMING_VERBS.contains(t.lower(p - 1)) && !CALL.contains(t.lower(p - 1))) {
      return false; // "astronomers dubbed it “the fire star”": a name, not words (but "called it “a disgrace”" is said)
    }
    if (p >= from && t.isWord(p)) {
      String w = t.lower(p);
      if (Lexicon.NAMING_VERBS.contains(w) || w.equals("as") && p - 1 >= from && t.isWord(p - 1)
          && (t.lower(p - 1).equals("known") || t.lower(p - 1).equals("billed"))
          || w.equals("for") && p - 1 >= from && t.isWord(p - 1) && (t.lower(p - 1).startsWith("stand")
              || t.lower(p - 1).equals("short"))) {
        boolean saidBy = CALL.contains(w) && p - 1 >= from && t.isWord(p - 1) && !WRITER.contains(t.word(p - 1))
            && (Lexicon.isPronoun(t.word(p - 1)) || t.isCapitalised(p - 1) && !isOrgWord(t.word(p - 1))); // "what I call the “…”" is the writer's term
        if (!saidBy) {
          return false;
        }
      }
    }
    if (q - 1 >= from && t.isWord(q - 1) && (Lexicon.NAMING_NOUNS.contains(t.lower(q - 1))
        || isPossessive(t.word(q - 1)) && Character.isDigit(t.word(q - 1).charAt(0)))) {
      return false; // the word “We”, his book “Musicophilia”, 1978’s “What a Fool Believes”
    }
    if (q - 1 >= from && t.isWord(q - 1) && ATTRIBUTIVE_DETERMINERS.contains(t.lower(q - 1))
        && (t.sentenceStart(q - 1) == q - 1 || q - 2 >= from && t.isPunct(q - 2, ",")) && wordCount(words) <= 2
        && words.equals(words.toLowerCase(Locale.ROOT)) && endsInLetterOrDigit(words) && q + 1 < to && t.isWord(q + 1)
        && (AUXILIARIES.contains(t.lower(q + 1)) || t.isCueAt(q + 1))) {
      return false; // "The “experts” were wrong": a noun in scare quotes is the sentence's subject, no one's words
    }
    if (q - 1 >= from && t.isPunct(q - 1, "(")) {
      return !isTitleLike(words); // filmmaker Charlie McDowell (“The Discovery,” …)
    }
    if (firstPersonSentence(t, from, q)) {
      return false; // the writer's own words: "I once made the mistake of calling a sleeping bag a “mummy bag”"
    }
    if (isTitleLike(words)) {
      return false;
    }
    if (q + 1 < to && t.isWord(q + 1) && Lexicon.NAMING_NOUNS.contains(t.lower(q + 1))) {
      return false; // the “Starts with one” campaign
    }
    int wordCount = wordCount(words);
    boolean modifier = false;
    if (q + 1 < to && t.isWord(q + 1) && wordCount <= 4) {
      String next = t.lower(q + 1);
      modifier = Character.isLowerCase(t.word(q + 1).charAt(0)) && !Lexicon.FUNCTION_WORDS.contains(next)
          && !t.isCueAt(q + 1) && !Lexicon.isPronoun(t.word(q + 1)) && !next.equals("according"); // a “ground glass” pattern
    }
    if (modifier && q - 1 >= from && t.isWord(q - 1) && ATTRIBUTIVE_DETERMINERS.contains(t.lower(q - 1))
        && (endsInLetterOrDigit(words) || endsInExclamationOrQuestion(words)) && repeated(words) == null) {
      return false; // a “skinny” trade deal, his “tough on China” stance, our “eureka!” moments: the writer's label, even beside a cue
    }
    boolean strong = false;
    boolean weak = false;
    for (int k = Math.max(from, q - WINDOW); k < to && k <= q + WINDOW; k++) {
      if (t.isWord(k) && t.lower(k).equals("according")) {
        strong = true;
      } else if (t.isCueAt(k)) {
        if (Lexicon.cue(t.word(k)).strong()) {
          strong = true;
        } else {
          weak = true;
        }
      } else if (t.isWord(k) && Lexicon.CUE_NOUNS.contains(t.lower(k))) {
        strong = true;
      }
    }
    if (strong) {
      return true;
    }
    if (modifier || wordCount <= 1) {
      return false;
    }
    if (weak) {
      return true;
    }
    return wordCount > 6 || repeated(words) != null;
  }




  /**
   * A quotation that is a name after its naming noun and a comma ("the team’s nickname, “the
   * Gunners”", "his latest album, “Midnights”") or a link to another story after its label ("Read
   * more: “Why the economy is slowing”"), a title after a titling verb and a comma or colon ("a
   * piece entitled, “Why …?”"), or three or more words written like a title, not ending like a
   * sentence, in a sentence with no cue ("“Time In A Bottle,” X-Men: Days Of Future Past"): no one's
   * words, whatever its form.
   */
  private static boolean namesOrLinks(Tokens t, int q, int from, int to) {
    return q - 2 >= from && t.isPunct(q - 1, ",") && t.isWord(q - 2) && Lexicon.NAMING_NOUNS.contains(t.lower(q - 2))
        || q - 2 >= from && (t.isPunct(q - 1, ",") || t.isPunct(q - 1, ":")) && t.isWord(q - 2)
            && TITLING_VERBS.contains(t.lower(q - 2))
        || q - 1 >= from && t.isPunct(q - 1, ":") && linkLabel(t, from, q - 1)
        || !(q == 0 && t.size == 1) && wordCount(t.word(q)) >= MIN_TITLE_WORDS && !Tokens.endsWithSentencePunctuation(t.word(q))
            && isTitleLike(t.word(q)) && !hasCue(t, from, to);
  }

  /** Verbs that give a work its title, also before a comma or colon: "a piece entitled, “Why …?”". */
  private static final Set<String> TITLING_VERBS = Lexicon.words("entitled", "titled", "headlined", "captioned",
      "subtitled");

  /** How many words a quotation written like a title needs to be read as one in any form: "Time In A Bottle". */
  private static final int MIN_TITLE_WORDS = 3;

  /** Whether the sentence {@code [from, to)} has a reporting cue ("said", "according to", "in a statement"). */
  private static boolean hasCue(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.isCueAt(k) || t.isWord(k) && (t.lower(k).equals("according") || Lexicon.CUE_NOUNS.contains(t.lower(k)))) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that follow a subject: "The “experts” were wrong". */
  private static final Set<String> AUXILIARIES = Lexicon.words("is", "was", "are", "were", "has", "have", "had",
      "will", "would", "can", "could", "may", "might", "must", "should", "do", "does", "did");

  /** Labels of links to other stories that scraped article text keeps: "Read more:", "Related:", "See also:". */
  private static final Set<String> LINK_LABELS = Lexicon.words("read more", "related", "see also", "more",
      "read also", "also read", "watch", "listen", "recommended", "related story", "related article",
      "read next", "more on this story");

  /** Whether the words from the start of the sentence to {@code colon} are such a label. */
  private static boolean linkLabel(Tokens t, int from, int colon) {
    int start = Math.max(from, t.sentenceStart(colon));
    if (start >= colon || colon - start > 4) {
      return false;
    }
    return LINK_LABELS.contains(Lexicon.lower(t.text.substring(t.start[start], t.end[colon - 1])));
  }

  // ---- the headline ----------------------------------------------------------------------------

  /** Quotations of the headline: "Secretary general: … ‘…’" names the speaker before the colon. */
  private void headlineQuotes(Tokens t) {
    int colon = -1;
    for (int k = 0; k < t.size; k++) {
      if (t.isPunct(k, ":")) {
        colon = k;
        break;
      }
    }
    Entity colonSpeaker = colon > 0 ? headlineSpeaker(t, colon) : null;
    QuoteKind lastKind = QuoteKind.FULL;
    for (int q = 0; q < t.size; q++) {
      if (t.kind[q] != Tokens.QUOTE) {
        continue;
      }
      Found found = null;
      if (colonSpeaker != null && colon < q) {
        found = new Found(colonSpeaker, null, null);
      }
      if (found == null) {
        int nextQuote = q + 1;
        while (nextQuote < t.size && t.kind[nextQuote] != Tokens.QUOTE) {
          nextQuote++;
        }
        found = after(t, -1, q, Math.min(nextQuote, q + 1 + WINDOW));
        if (found == null) {
          int prevQuote = q - 1;
          while (prevQuote >= 0 && t.kind[prevQuote] != Tokens.QUOTE) {
            prevQuote--;
          }
          found = before(t, -1, q, Math.max(0, q - WINDOW), prevQuote + 1, 0);
        }
      }
      lastKind = kind(t, q, 0, t.size, lastKind);
      reported.add(reported(-1, t, q, lastKind, found == null ? Found.UNKNOWN : found));
    }
  }

  private Entity headlineSpeaker(Tokens t, int colon) {
    String words = t.text.substring(0, t.start[colon]).strip();
    Entity titled = register.byTitle(words);
    if (titled != null) {
      return titled;
    }
    Ref r = mention(t, 0, colon, -1);
    return r == null ? null : r.entity();
  }
}
