package dev.byline.core.rights;

import static dev.byline.core.rights.NoticeVocabulary.ALL_RIGHTS_RESERVED;
import static dev.byline.core.rights.NoticeVocabulary.CONNECTORS;
import static dev.byline.core.rights.NoticeVocabulary.CONTACT_LABELS;
import static dev.byline.core.rights.NoticeVocabulary.COPYRIGHT_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.CREDIT_LABELS;
import static dev.byline.core.rights.NoticeVocabulary.CREDIT_ROLES;
import static dev.byline.core.rights.NoticeVocabulary.DOTTED_ABBREVIATIONS;
import static dev.byline.core.rights.NoticeVocabulary.FURNITURE_PHRASES;
import static dev.byline.core.rights.NoticeVocabulary.LANGUAGE_NAMES;
import static dev.byline.core.rights.NoticeVocabulary.LEGAL_FORMS;
import static dev.byline.core.rights.NoticeVocabulary.LEGAL_PREFIXES;
import static dev.byline.core.rights.NoticeVocabulary.MENU_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.MONTHS;
import static dev.byline.core.rights.NoticeVocabulary.NAME_ENDERS;
import static dev.byline.core.rights.NoticeVocabulary.NOT_HOLDERS;
import static dev.byline.core.rights.NoticeVocabulary.NUMBER_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.OWNER_PHRASES;
import static dev.byline.core.rights.NoticeVocabulary.PERMISSION_GIVERS;
import static dev.byline.core.rights.NoticeVocabulary.PROPERTY_PHRASES;
import static dev.byline.core.rights.NoticeVocabulary.TOP_LEVEL_DOMAINS;
import static dev.byline.core.rights.NoticeVocabulary.PROHIBITION_TRIGGERS;
import static dev.byline.core.rights.NoticeVocabulary.SENTENCE_PRONOUNS;
import static dev.byline.core.rights.NoticeVocabulary.SENTENCE_VERBS;
import static dev.byline.core.rights.NoticeVocabulary.SERIAL_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.SENTENCE_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.STREET_ENDINGS;
import static dev.byline.core.rights.NoticeVocabulary.STREET_PREFIXES;
import static dev.byline.core.rights.NoticeVocabulary.STREET_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.USE_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.WEAK_MENU_WORDS;
import static dev.byline.core.rights.NoticeVocabulary.WORK_WORDS;

import dev.byline.CreativeCommonsLicense;
import dev.byline.RightsNotice;
import dev.byline.TextSpan;
import dev.byline.Use;
import dev.byline.YearRange;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading of one text: the pass behind {@link RightsNotices#parse(String)}. The rules are
 * documented on {@link RightsNotices}; the comments here say which rule each step implements.
 *
 * <p>Cost: every search either runs once over the text ({@code indexOf} loops that move forwards)
 * or looks at a bounded window; clauses, sentences and look-backs do not overlap, so the time is
 * linear in the length of the text.
 */
final class NoticeReader {
  /** Longest licence URL the reader looks at, in chars. */
  private static final int MAX_URL_LENGTH = 200;
  /** A holder of more words than this is no name but a sentence. */
  private static final int MAX_HOLDER_WORDS = 12;
  /** A holder longer than this (in chars) is no name but a sentence. */
  private static final int MAX_HOLDER_CHARS = 200;
  /**
   * A holder with this many words of four or more letters that start in lower case is no name but a
   * sentence ("… pilnīga vai daļēja izmantošana atļauta tikai …"); names have at most a few
   * ("Lietuvos nacionalinis radijas ir televizija").
   */
  private static final int MIN_SENTENCE_LOWER_CASE_WORDS = 5;
  /** A name written before the sign has at most this many words ("Anadolu Ajansı © 2021"). */
  private static final int MAX_NAME_BEFORE_SIGN_WORDS = 6;
  /** How far back (in chars) the reader looks for a name written before the sign. */
  private static final int MAX_LOOK_BACK = 120;
  /** A picture credit joined by "|" has at most this many words on each side. */
  private static final int MAX_CREDIT_PART_WORDS = 8;
  /** The longest bracketed aside kept in a name, in chars: "(Mysore)", "(hr)", "(Pty)". */
  private static final int MAX_BRACKET = 24;

  /** The text as given: the notice's text, the holder and every stretch the reading reports. */
  private final String original;
  /**
   * The text the rules read: {@link #original} with every run of space chars inside a line (several
   * spaces, a tab, a no-break space) as one plain space, so that "All  rights  reserved" is the
   * phrase and a double space ends no name. The same object as {@code original} when the
   * text has no such run.
   */
  private final String text;
  /**
   * Where each char of {@link #text} starts in {@link #original}, and where the stretch up to each
   * offset ends there ({@code n + 1} entries each); null when the two texts are the same.
   */
  private final int[] startIn;
  private final int[] endIn;
  /** The text folded to lower case char by char, with every space char as a plain space. */
  private final String folded;
  private final int n;
  /** Chars already read as part of a recognised statement. */
  private final boolean[] used;
  /** Chars read as "all rights reserved" (a subset of {@link #used}). */
  private final boolean[] reserved;
  /** Where a prohibition trigger starts: a holder's name never runs into one. */
  private final boolean[] trigger;
  private final List<int[]> parts = new ArrayList<>(); // {kind, start, end} in chars
  private final List<Statement> statements = new ArrayList<>();
  private final RightsNotice.Builder notice = RightsNotice.builder();
  private final Set<Use> prohibited = EnumSet.noneOf(Use.class);
  /** Where "(b)" first occurs: a later "(c)" is the third item of a list, not a copyright sign. */
  private final int firstListB;
  /**
   * Whether the text is written in capitals (letters, none in lower case): case then says nothing,
   * and the verb of a sentence ("IS", "ARE") ends a name as "is" and "are" do.
   */
  private final boolean inCapitals;

  /** One copyright statement: its holder, years, and whether its text could not be read as a name. */
  private record Statement(String holder, YearRange years, boolean unclear) {}

  NoticeReader(String original) {
    this.original = original;
    if (hasSpaceRun(original)) {
      int m = original.length();
      StringBuilder b = new StringBuilder(m);
      int[] starts = new int[m + 1];
      int[] ends = new int[m + 1];
      int i = 0;
      while (i < m) {
        int k = i + 1;
        if (isLineSpace(original.charAt(i))) {
          while (k < m && isLineSpace(original.charAt(k))) {
            k++;
          }
        }
        starts[b.length()] = i;
        b.append(isLineSpace(original.charAt(i)) ? ' ' : original.charAt(i));
        ends[b.length()] = k;
        i = k;
      }
      starts[b.length()] = m;
      this.text = b.toString();
      this.startIn = starts;
      this.endIn = ends;
    } else {
      this.text = original;
      this.startIn = null;
      this.endIn = null;
    }
    String text = this.text;
    this.n = text.length();
    char[] f = new char[n];
    boolean upper = false;
    boolean lower = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      upper |= Character.isUpperCase(c);
      lower |= Character.isLowerCase(c);
      f[i] = isHardStop(c) ? c : Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : Character.toLowerCase(c);
    }
    this.folded = new String(f);
    this.used = new boolean[n];
    this.reserved = new boolean[n];
    this.trigger = new boolean[n];
    this.firstListB = folded.indexOf("(b)");
    this.inCapitals = upper && !lower;
  }

  RightsReading read() {
    if (!original.isBlank()) {
      notice.text(original);
    }
    findAllRightsReserved();
    findLicences();
    for (String t : PROHIBITION_TRIGGERS) {
      for (int at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length())) {
        trigger[at] |= at == 0 || !Character.isLetter(text.charAt(at - 1)) || isCjk(text.charAt(at - 1));
      }
    }
    findStatements();
    findPermissionGiver();
    findPropertyOwner();
    findOperator();
    findProhibitions();
    notice.prohibitedUses(prohibited);
    NoHolderReason reason = chooseHolderAndYears();
    parts.sort((a, b) -> Integer.compare(a[1], b[1]));
    List<RecognisedPart> recognised = new ArrayList<>(parts.size());
    CodePoints cp = new CodePoints(original);
    for (int[] p : parts) {
      int from = originalStart(p[1]);
      int to = Math.max(from, originalEnd(p[2]));
      recognised.add(new RecognisedPart(NoticePart.values()[p[0]], TextSpan.of(cp.at(from), cp.at(to)),
          original.substring(from, to)));
    }
    List<String> holders = new ArrayList<>();
    for (Statement s : statements) {
      if (s.holder() != null) {
        holders.add(s.holder());
      }
    }
    return new RightsReading(notice.build(), recognised, leftovers(), holders, reason);
  }

  /**
   * Whether the text has spaces inside a line that the rules should read as one plain space: two
   * space chars side by side, or a space char other than the plain space (a tab, a no-break space).
   */
  private static boolean hasSpaceRun(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && isLineSpace(c) || c == ' ' && i + 1 < text.length() && isLineSpace(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** A space char that does not break the line: a space, a tab, a no-break or other Unicode space. */
  private static boolean isLineSpace(char c) {
    return c == ' ' || c == '\t' || (Character.isSpaceChar(c) || Character.isWhitespace(c)) && !isHardStop(c);
  }

  /** Where the char at {@code i} of {@link #text} starts in {@link #original}. */
  private int originalStart(int i) {
    return startIn == null ? i : startIn[i];
  }

  /** Where the stretch of {@link #text} that ends at {@code i} ends in {@link #original}. */
  private int originalEnd(int i) {
    return endIn == null || i == 0 ? i : endIn[i];
  }

  /** The stretch {@code [from, to)} of {@link #text} as {@link #original} writes it. */
  private String original(int from, int to) {
    return original.substring(originalStart(from), Math.max(originalStart(from), originalEnd(to)));
  }

  /** Code point offsets of char offsets: a table only when the text has surrogate pairs. */
  private static final class CodePoints {
    private final int[] table;

    CodePoints(String text) {
      boolean pairs = false;
      for (int i = 0; i < text.length() && !pairs; i++) {
        pairs = Character.isSurrogate(text.charAt(i));
      }
      if (pairs) {
        table = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
          boolean secondOfPair = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
          table[i + 1] = table[i] + (secondOfPair ? 0 : 1);
        }
      } else {
        table = null;
      }
    }

    int at(int charOffset) {
      return table == null ? charOffset : table[charOffset];
    }
  }

  private void mark(NoticePart kind, int from, int to) {
    for (int i = from; i < to; i++) {
      used[i] = true;
    }
    parts.add(new int[] {kind.ordinal(), from, to});
  }

  /**
   * Marks the stretches of {@code [from, to)} that no other part holds, each without the spaces and
   * separators at its ends, as parts of one kind: "© 2024, All Rights Reserved | Example Newspapers
   * Limited" is the statement "© 2024," and "Example Newspapers Limited" around the reservation, so
   * that parts never overlap.
   */
  private void markFree(NoticePart kind, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && (used[i] || folded.charAt(i) == ' ' || isSeparator(text.charAt(i)))) {
        i++;
      }
      int j = i;
      while (j < to && !used[j]) {
        j++;
      }
      int e = j;
      while (e > i && (folded.charAt(e - 1) == ' ' || isSeparator(text.charAt(e - 1)))) {
        e--;
      }
      if (e > i) {
        mark(kind, i, e);
      }
      i = j;
    }
  }

  private boolean isFree(int from, int to) {
    for (int i = from; i < to; i++) {
      if (used[i]) {
        return false;
      }
    }
    return true;
  }

  // ---- all rights reserved ------------------------------------------------------------------

  private void findAllRightsReserved() {
    for (String phrase : ALL_RIGHTS_RESERVED) {
      for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length())) {
        reservation(at, at + phrase.length());
      }
    }
    // "ARR", the short form, written in capitals as a word of its own: "© 2005 Stand to Reason ARR"
    for (int at = text.indexOf("ARR"); at >= 0; at = text.indexOf("ARR", at + 3)) {
      if ((at == 0 || folded.charAt(at - 1) == ' ') && (at + 3 == n || !Character.isLetterOrDigit(text.charAt(at + 3)))) {
        reservation(at, at + 3);
      }
    }
    // English with any spelling of "reserved": "All rights resderved", "All Right Reserved"
    for (int at = folded.indexOf("all right"); at >= 0; at = folded.indexOf("all right", at + 1)) {
      int j = at + "all right".length();
      if (j < n && folded.charAt(j) == 's') {
        j++;
      }
      if (folded.startsWith(" res", j) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
        int end = j + 4;
        while (end < n && Character.isLowerCase(text.charAt(end))) {
          end++;
        }
        reservation(at, end);
      }
    }
  }

  private void reservation(int at, int end) {
    if (!isFree(at, end)) {
      return;
    }
    if (end < n && text.charAt(end) == '.') {
      end++;
    }
    mark(NoticePart.ALL_RIGHTS_RESERVED, at, end);
    for (int i = at; i < end; i++) {
      reserved[i] = true;
    }
    notice.allRightsReserved(true);
  }

  // ---- Creative Commons ---------------------------------------------------------------------

  private void findLicences() {
    for (int at = folded.indexOf("creativecommons.org/"); at >= 0; at = folded.indexOf("creativecommons.org/", at + 1)) {
      int start = at;
      for (int k = Math.max(0, at - 12); k < at; k++) { // "https://www." at most
        if (folded.startsWith("http", k)) {
          start = k;
          break;
        }
      }
      int end = at;
      int longest = Math.min(n, at + MAX_URL_LENGTH);
      while (end < longest && !Character.isWhitespace(text.charAt(end)) && "\"'<>)]".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      if (!isFree(start, end)) {
        continue;
      }
      String url = text.substring(start, end);
      if (!url.startsWith("http")) {
        url = "https://" + url;
      }
      Optional<CreativeCommonsLicense> licence = Optional.empty();
      Optional<String> version = Optional.empty();
      try {
        URI uri = new URI(url.endsWith(".") ? url.substring(0, url.length() - 1) : url);
        licence = CreativeCommonsLicense.fromUri(uri);
        version = CreativeCommonsLicense.versionOf(uri);
      } catch (java.net.URISyntaxException e) {
        // not a URI after all: left unrecognised
      }
      if (licence.isPresent()) {
        setLicence(licence.get(), version.orElse("4.0"), start, end);
      }
    }
    for (int at = folded.indexOf("creative commons"); at >= 0; at = folded.indexOf("creative commons", at + 1)) {
      licenceByName(at, at + "creative commons".length(), true);
    }
    for (int at = folded.indexOf("cc"); at >= 0; at = folded.indexOf("cc", at + 2)) {
      if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && isFree(at, at + 2)) {
        licenceByName(at, at + 2, false);
      }
    }
  }

  /** Reads the conditions after "Creative Commons" or "CC" up to a version. */
  private void licenceByName(int start, int afterPrefix, boolean longForm) {
    int i = afterPrefix;
    boolean by = false;
    boolean nc = false;
    boolean sa = false;
    boolean nd = false;
    boolean zero = false;
    int end = afterPrefix;
    while (true) {
      int wordStart = i;
      while (i < n && (folded.charAt(i) == ' ' || folded.charAt(i) == '-')) {
        i++;
      }
      if (i == wordStart && i != afterPrefix && !(i < n && Character.isLetter(text.charAt(i)))) {
        break;
      }
      int w = i;
      while (i < n && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (w == afterPrefix && i == w && i < n && text.charAt(i) == '0') { // CC0
        zero = true;
        i++;
        end = i;
        continue;
      }
      String word = folded.substring(w, i);
      if (word.equals("attribution") || word.equals("by")) {
        by = true;
      } else if (word.equals("noncommercial") || word.equals("nc")) {
        nc = true;
      } else if (word.equals("non") && folded.startsWith("-commercial", i)) {
        nc = true;
        i += "-commercial".length();
      } else if (word.equals("sharealike") || word.equals("sa")) {
        sa = true;
      } else if (word.equals("share") && (folded.startsWith("-alike", i) || folded.startsWith(" alike", i))) {
        sa = true;
        i += "-alike".length();
      } else if (word.equals("noderivatives") || word.equals("noderivs") || word.equals("nd")) {
        nd = true;
      } else if (word.equals("zero") && longForm) {
        zero = true;
      } else {
        i = w;
        break;
      }
      end = i;
    }
    if (!(by || zero) || (zero && (by || nc || sa || nd)) || (sa && nd)) {
      return;
    }
    String version = "4.0";
    int v = end;
    while (v < n && text.charAt(v) == ' ') {
      v++;
    }
    if (v + 2 < n && isDigit(v) && text.charAt(v + 1) == '.' && isDigit(v + 2)) {
      version = text.substring(v, v + 3);
      end = v + 3;
      for (String tail : new String[] {" international", " unported", " generic"}) {
        if (folded.startsWith(tail, end)) {
          end += tail.length();
          break;
        }
      }
    } else if (zero) {
      version = "1.0";
    }
    if (!isFree(start, end)) {
      return;
    }
    CreativeCommonsLicense licence =
        zero ? CreativeCommonsLicense.CC0
            : CreativeCommonsLicense.fromUri(URI.create("https://creativecommons.org/licenses/"
                + "by" + (nc ? "-nc" : "") + (sa ? "-sa" : "") + (nd ? "-nd" : "") + "/4.0/")).orElseThrow();
    setLicence(licence, version, start, end);
  }

  private void setLicence(CreativeCommonsLicense licence, String version, int start, int end) {
    notice.license(licence.uri(version));
    mark(NoticePart.LICENSE, start, end);
  }

  // ---- prohibitions ---------------------------------------------------------------------------

  /**
   * Reads every sentence (split at line breaks, "|" and full stops) that holds a prohibition trigger
   * outside a recognised statement: the stretch of the sentence around the trigger that is not part of
   * another statement forbids every use it names.
   */
  private void findProhibitions() {
    int[] next = new int[PROHIBITION_TRIGGERS.length];
    for (int t = 0; t < next.length; t++) {
      next[t] = folded.indexOf(PROHIBITION_TRIGGERS[t]);
    }
    int start = 0;
    for (int i = 0; i <= n; i++) {
      boolean cut = i == n;
      int end = i;
      if (!cut) {
        char c = text.charAt(i);
        if (sentenceBreakAt(i)) {
          cut = true;
          end = c == '|' || isHardStop(c) ? i : i + 1; // a full stop belongs to its sentence
        }
      }
      if (!cut) {
        continue;
      }
      int trigger = -1;
      for (int t = 0; t < next.length; t++) {
        while (next[t] >= 0 && next[t] < start) {
          next[t] = folded.indexOf(PROHIBITION_TRIGGERS[t], next[t] + 1);
        }
        while (next[t] >= 0 && next[t] < end && used[next[t]]) {
          next[t] = folded.indexOf(PROHIBITION_TRIGGERS[t], next[t] + 1);
        }
        if (next[t] >= 0 && next[t] < end && (trigger < 0 || next[t] < trigger)) {
          trigger = next[t];
        }
      }
      if (trigger >= 0) {
        prohibition(start, end, trigger);
      }
      start = i + 1;
    }
  }

  private void prohibition(int sentenceStart, int sentenceEnd, int trigger) {
    int from = trigger;
    while (from > sentenceStart && !used[from - 1]) {
      from--;
    }
    int to = trigger;
    while (to < sentenceEnd && !used[to]) {
      to++;
    }
    String words = folded.substring(from, to);
    Set<Use> uses = EnumSet.noneOf(Use.class);
    for (Map.Entry<String, Use> word : USE_WORDS.entrySet()) {
      if (words.contains(word.getKey())) {
        uses.add(word.getValue());
      }
    }
    if (!uses.isEmpty()) {
      prohibited.addAll(uses);
      mark(NoticePart.PROHIBITION, trimStart(from, to), trimEnd(from, to));
    }
  }

  // ---- copyright statements -----------------------------------------------------------------

  /**
   * Finds every run of copyright signs ("©", "Copyright ©", "© Copyright") and reads the clause that
   * follows it, up to the next run or line break.
   */
  private void findStatements() {
    List<int[]> runs = new ArrayList<>(); // {start, end, has a sign (not only the word)}
    for (int i = 0; i < n; i++) {
      if (used[i]) {
        continue;
      }
      int m = markerAt(i);
      if (m == 0) {
        continue;
      }
      boolean sign = signAt(i) > 0;
      boolean word = !sign;
      int end = i + m;
      while (true) {
        int j = end;
        while (j < n && (folded.charAt(j) == ' ' || text.charAt(j) == ':')) {
          j++;
        }
        int more = j < n && !used[j] ? markerAt(j) : 0;
        if (more == 0) {
          break;
        }
        boolean signHere = signAt(j) > 0;
        sign |= signHere;
        word |= !signHere;
        end = j + more;
      }
      runs.add(new int[] {i, end, sign ? 1 : 0, sign && word ? 1 : 0});
      i = end - 1;
    }
    if (runs.isEmpty()) {
      // "2025 The Citizen. All Rights Reserved.": years at the start of a line that reserves all rights
      int j = skipSpaces(0, n);
      if (j < n && yearAt(j, n) >= 0 && notice.build().isAllRightsReserved()) {
        readClause(j, j, false, false, lineEnd(j, n), 0);
      } else if (j < n && reserved[j]) {
        namedAfterReservation(j);
      }
      return;
    }
    int lookBackFrom = 0;
    for (int k = 0; k < runs.size(); k++) {
      int[] run = runs.get(k);
      int end = k + 1 < runs.size() ? runs.get(k + 1)[0] : n;
      for (int j = run[1]; j < end; j++) {
        if (isHardStop(text.charAt(j))) {
          end = j;
          break;
        }
      }
      lookBackFrom = readClause(run[0], run[1], run[2] == 1, run[3] == 1, end, lookBackFrom);
    }
  }

  /**
   * "All Rights Reserved, Dynamic Chiropractic, 2006.": a line that opens with "all rights reserved"
   * and no copyright sign names its holder after it only when the name is followed by years.
   */
  private void namedAfterReservation(int j) {
    int k = j;
    while (k < n && reserved[k]) {
      k++;
    }
    k = skipFillers(k, n);
    int end = lineEnd(k, n);
    if (k >= end || used[k]) {
      return;
    }
    Scan name = scan(k, end, false, true);
    String holder = name.words > 0 && !name.unclear && name.years != null ? holder(name.start, name.end, false) : null;
    if (holder != null) {
      statements.add(new Statement(holder, name.years, false));
      int partEnd = name.yearsEnd < end && text.charAt(name.yearsEnd) == '.' ? name.yearsEnd + 1 : name.yearsEnd;
      mark(NoticePart.COPYRIGHT, k, partEnd);
    }
  }

  /**
   * "No material … may be copied without written permission from Angela M. Bowey.": when no copyright
   * statement names a holder, a prohibition that names whose permission it needs names the holder.
   * English only; the name is read by the rules of a name after the sign and must be capitalised.
   */
  private void findPermissionGiver() {
    for (Statement s : statements) {
      if (s.holder() != null || s.unclear()) {
        return;
      }
    }
    for (String phrase : PERMISSION_GIVERS) {
      int at = folded.indexOf(phrase); // the first only: each phrase costs one pass, whatever the text
      if (at < 0 || used[at] || at > 0 && Character.isLetter(text.charAt(at - 1)) || !triggerBefore(at)) {
        continue;
      }
      if (addHolderNamedAt(at + phrase.length()) != null) {
        return; // the name stays in the prohibition, which is marked as one part
      }
    }
  }

  /**
   * "S&amp;P Index data is the property of Chicago Mercantile Exchange Inc. and its licensors. All rights
   * reserved.": when no copyright statement names a holder and the text states rights (a sign, "all
   * rights reserved", a prohibition or a licence), the owner that "is the property of" names is the
   * holder. It is added after every statement, so a statement's holder, or its unclear name, comes
   * first (chooseHolderAndYears takes the first). Not when the sentence is about trademarks or logos,
   * whose owner holds no copyright in the page ("All trademarks are the property of …"). English only;
   * the name must be capitalised, so "their respective owners" names nobody.
   */
  private void findPropertyOwner() {
    if (parts.isEmpty()) {
      return;
    }
    for (String phrase : PROPERTY_PHRASES) {
      int at = folded.indexOf(phrase); // the first only: each phrase costs one pass, whatever the text
      if (at <= 0 || used[at] || aboutTrademarks(at)) {
        continue;
      }
      Scan owner = addHolderNamedAt(at + phrase.length());
      if (owner != null) {
        mark(NoticePart.COPYRIGHT, at + 1, owner.end); // "is the property of Chicago Mercantile Exchange Inc."
        return;
      }
    }
  }

  /**
   * "topicseed, 2018-2019 © All rights reserved. Operated by TOPICSEED LIMITED, a company registered in
   * England &amp; Wales": when no statement names a holder and the text states rights, the company
   * that a sentence or a part after a separator says owns or runs the site ("Operated by …", "Owned by
   * …", "A division of …", "Part of …", one of {@code OWNER_PHRASES} at its start) is the holder, when
   * its name has a legal form that ends it. Added after every other statement, as the property owner.
   */
  private void findOperator() {
    if (parts.isEmpty()) {
      return;
    }
    for (String phrase : OWNER_PHRASES) {
      int at = folded.indexOf(phrase); // the first only: each phrase costs one pass, whatever the text
      if (at < 0 || used[at] || !opensPart(at)) {
        continue;
      }
      int from = at + phrase.length();
      int end = lineEnd(from, Math.min(n, from + 2 * MAX_HOLDER_CHARS));
      Scan owner = scan(from, end, true, false);
      String holder = owner.namesCompany() ? holder(owner.start, owner.end, true) : null;
      if (holder != null) {
        statements.add(new Statement(holder, null, false));
        mark(NoticePart.COPYRIGHT, at, owner.end); // "Operated by TOPICSEED LIMITED"
        return;
      }
    }
  }

  /** Whether {@code at} opens the text, a sentence or a part after a separator or dash. */
  private boolean opensPart(int at) {
    int k = at;
    while (k > 0 && folded.charAt(k - 1) == ' ') {
      k--;
    }
    if (k == 0) {
      return true;
    }
    char c = text.charAt(k - 1);
    return k < at && (c == '.' || isSeparator(c) || isDash(c)) || isHardStop(c);
  }

  /**
   * Reads the name right after a phrase that names a holder ("permission from ", " is the property of
   * "), by the rules of a name after the sign and capitalised, and adds it as a statement without
   * years; the name's scan, or null when there was none.
   */
  private Scan addHolderNamedAt(int from) {
    int end = lineEnd(from, Math.min(n, from + 2 * MAX_HOLDER_CHARS));
    Scan name = scan(from, end, false, false);
    String holder = name.words > 0 && !name.unclear ? holder(name.start, name.end, false) : null;
    if (holder == null) {
      return null;
    }
    statements.add(new Statement(holder, null, false));
    return name;
  }

  /** Whether the sentence before {@code at} speaks of trademarks or logos (at most 200 chars back). */
  private boolean aboutTrademarks(int at) {
    int from = at;
    while (from > 0 && at - from < 2 * MAX_HOLDER_CHARS && !sentenceBreakAt(from - 1)) {
      from--;
    }
    String sentence = folded.substring(from, at);
    return sentence.contains("trademark") || sentence.contains("trade mark") || sentence.contains("logo")
        || sentence.contains("marks") || sentence.contains("brand");
  }

  /** Whether a prohibition trigger stands in the sentence before {@code at}. */
  private boolean triggerBefore(int at) {
    for (int k = at - 1; k >= 0; k--) {
      if (trigger[k]) {
        return true;
      }
      if (sentenceBreakAt(k)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a sentence ends at {@code i}, as prohibitions are split: a line break, a {@code |}, or a
   * full stop, question or exclamation mark before a space or the end.
   */
  private boolean sentenceBreakAt(int i) {
    char c = text.charAt(i);
    return c == '|' || isHardStop(c) || (c == '.' || c == '!' || c == '?') && (i + 1 == n || folded.charAt(i + 1) == ' ');
  }

  /** The first line break at or after {@code from}, but not past {@code limit}. */
  private int lineEnd(int from, int limit) {
    int end = from;
    while (end < limit && !isHardStop(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Length of a copyright sign or the word "Copyright" at {@code i}, or 0. */
  private int markerAt(int i) {
    int s = signAt(i);
    return s > 0 ? s : copyrightWordAt(i);
  }

  /** Length of a copyright sign at {@code i}: ©, ⓒ, Ⓒ, ℗ (with an emoji variation selector), (c), (C) — or 0. */
  private int signAt(int i) {
    char c = text.charAt(i);
    if (c == '\u00a9' || c == '\u24d2' || c == '\u24b8' || c == '\u2117') {
      boolean variation = i + 1 < n && (text.charAt(i + 1) == '\ufe0f' || text.charAt(i + 1) == '\ufe0e');
      return variation ? 2 : 1; // "©️", the sign drawn as an emoji
    }
    if (c == '(' && i + 2 < n && text.charAt(i + 2) == ')') {
      char m = folded.charAt(i + 1);
      boolean glued = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)); // "501(c)(3)"
      boolean listItem = firstListB >= 0 && firstListB < i; // "(a) … (b) … (c)"
      return (m == 'c' || m == '\u0441') && !glued && !listItem ? 3 : 0;
    }
    if (c == '&') { // the sign as an HTML character reference left in the text: "&copy;", "&#169;", "&#xA9;"
      for (String reference : SIGN_REFERENCES) {
        if (folded.startsWith(reference, i)) {
          return reference.length();
        }
      }
    }
    return 0;
  }

  /** The copyright sign written as an HTML character reference, folded. */
  private static final String[] SIGN_REFERENCES = {"&copy;", "&#169;", "&#xa9;", "&#x00a9;", "&#0169;"};

  /**
   * Length of the word "Copyright" (or "Copyrighted", "Copyrights") standing alone at {@code i} (with
   * "@" typed for ©), or 0: written with a capital C; in lower case right before years or a sign, or
   * after "is" or "are" before a capitalised name ("all material is copyright The University …").
   */
  private int copyrightWordAt(int i) {
    char first = text.charAt(i);
    if (first != 'C' && first != 'c' || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return 0;
    }
    int end = i + claimWordLength(i);
    if (end == i) {
      return 0;
    }
    if (first == 'c') { // in lower case only before years or a sign: "copyright 2024 …", not "the copyright holder"
      int j = skipSpaces(end, n);
      if (j < n && (yearAt(j, n) >= 0 || signAt(j) > 0)) {
        return end - i;
      }
      boolean afterCopula = afterWord(i, "is") || afterWord(i, "are");
      int name = prepositionBy(j, n);
      return afterCopula && name < n && Character.isUpperCase(text.charAt(name)) ? name - i : 0;
    }
    if (end + 1 < n && folded.charAt(end) == ' ' && text.charAt(end + 1) == '@'
        && (end + 2 == n || folded.charAt(end + 2) == ' ')) {
      return end + 2 - i; // "Copyright @ 2026", an at sign typed for the copyright sign
    }
    return end - i;
  }

  /**
   * Length of the word "copyright", "copyrighted" or "copyrights" (any case) at {@code i}, not glued
   * to a letter after it; or 0.
   */
  private int claimWordLength(int i) {
    if (!folded.startsWith("copyright", i)) {
      return 0;
    }
    int end = i + "copyright".length();
    if (folded.startsWith("ed", end)) {
      end += 2;
    } else if (folded.startsWith("s", end)) {
      end++;
    }
    return end < n && Character.isLetter(text.charAt(end)) ? 0 : end - i;
  }

  /** Whether the whole word {@code word} (lower case) and one space stand just before {@code i}. */
  private boolean afterWord(int i, String word) {
    int from = i - 1 - word.length();
    return from >= 0 && folded.charAt(i - 1) == ' ' && folded.startsWith(word, from)
        && (from == 0 || !Character.isLetter(text.charAt(from - 1)));
  }

  /**
   * Reads one statement: the clause after a run of signs up to {@code end}. Returns where the next
   * clause may start looking back for a name written before its sign.
   */
  private int readClause(int signStart, int signEnd, boolean hasSign, boolean signAndWord, int end, int lookBackFrom) {
    int first = skipSpaces(signEnd, end);
    if (!hasSign && first < end && isSeparator(text.charAt(first))) {
      return Math.max(lookBackFrom, signEnd); // "Terms of Use | Copyright | About the …": a menu entry
    }
    // the preamble: years, "All rights reserved", "by", a credit label, separators
    YearRange years = null;
    int consumed = signEnd;
    boolean separated = false; // a separator between the sign and the name: "© 2025 | …"
    boolean reservedAfter = false; // "Daily Maverick © All rights reserved"
    boolean yearsEndSentence = false; // "Nationwide News Pty Ltd © 2024. All times AEDT …"
    boolean partOf = false; // "Part of", "A division of" …: only a company's name may follow
    int i = signEnd;
    while (true) {
      int j = skipFillers(i, end);
      separated |= hasSeparator(i, j);
      if (j < end && reserved[j]) {
        while (j < end && reserved[j]) {
          j++;
        }
        i = j;
        reservedAfter = true;
        if (text.charAt(j - 1) == '.') {
          i = end; // "© 2004-2019 All rights reserved. MNT is …": the next sentence names no holder
          break;
        }
        continue;
      }
      int[] after = new int[1];
      YearRange y = years == null && j < end ? yearsAt(j, end, after) : null;
      if (y != null) {
        years = y;
        i = after[0];
        consumed = i;
        yearsEndSentence = i + 1 < end && text.charAt(i) == '.' && folded.charAt(i + 1) == ' ';
        continue;
      }
      int next = prepositionBy(j, end);
      next = next > j ? next : j + claimWordLength(j); // "© 2003 copyright Essent"
      next = next > j ? next : creditLabel(j, end);
      int owner = next > j ? j : ownerPhraseEnd(j, end);
      if (owner > j) {
        next = owner; // "© 2024 Operated by Example Ltd", as "by"; "© 2024 … | Part of Example Group plc"
        partOf = !folded.startsWith("by ", owner - 3);
      }
      next = next > j ? next : numberNotName(j, end);
      if (next > j) {
        i = next;
        continue;
      }
      i = j;
      break;
    }
    Scan name = scan(i, end, years != null, true);
    boolean yearsBeforeName = years != null;
    if (name.years != null && years == null) {
      years = name.years;
    }
    consumed = Math.max(consumed, name.yearsEnd);
    String holder = null;
    // "© 2024 Part of the Example family": whose part is the site, if no company with a legal form is named?
    boolean unclear = name.unclear || partOf && name.words > 0 && !name.namesCompany();
    boolean roleOnly = name.role && name.words == 1 && hasSign; // "© Montage", "© PR": a credit naming nobody
    int recognisedStart = signStart;
    if (!unclear && name.end > name.start) {
      // years make the word "Copyright" a statement, whose name may be in lower case ("Copyright 2024 euronews")
      holder = holder(name.start, name.end, hasSign || years != null);
      if (holder == null && name.words > 0 && !hasSign && !yearsBeforeName) {
        return Math.max(lookBackFrom, signEnd); // "Copyright Policy": no statement; but "Copyright 2023 / About"
      }
      if (holder != null && separated && name.words == 1
          && WEAK_MENU_WORDS.contains(stripDots(folded.substring(name.start, name.end).strip()))) {
        holder = null; // "© 2023 | About | Contact": one menu entry after the separator, no name
      }
      int from = Math.max(Math.max(name.end, name.stop), consumed);
      Scan owner = holder != null && !name.hasLegal ? ownerAfter(from, lineEnd(from, Math.min(n, from + 2 * MAX_HOLDER_CHARS))) : null;
      String company = owner != null ? holder(owner.start, owner.end, true) : null;
      if (company != null) {
        holder = company; // "© CBR 2016 | Part of Progressive Trade Media Ltd.": the company that owns the brand
        consumed = owner.end; // it may stand in the next sentence: "© 2024 Example. Operated by Example Ltd."
        end = Math.max(end, owner.end);
        name.stop = owner.stop;
      }
    }
    // years or a name written before the sign: "2012 - 2020 © by …", "Anadolu Ajansı © 2021"
    int[] before = new int[1];
    YearRange yearsBefore = yearsBefore(signStart, lookBackFrom, before);
    if (yearsBefore != null) {
      if (years == null) {
        years = yearsBefore;
      }
      recognisedStart = before[0];
      String pre = holder == null && !unclear ? nameBefore(before[0], lookBackFrom, before) : null;
      if (pre != null) {
        holder = pre; // "Pyongyang Square 2002-2004 © All Rights Reserved": the name before the years
        recognisedStart = before[0];
      }
    } else if ((holder == null && !unclear || separated || yearsEndSentence) && (years != null || reservedAfter)) {
      String pre = nameBefore(signStart, lookBackFrom, before);
      if (pre != null) {
        holder = pre; // "mbl.is/Árvakur hf. © 2025 | Hádegismóum 2", "Nationwide News Pty Ltd © 2024. All …"
        unclear = false;
        recognisedStart = before[0];
      }
    }
    if (holder != null && recognisedStart == signStart) {
      consumed = Math.max(consumed, name.end);
    }
    // "© Copyright - Website by …": the sign and the word together claim copyright, naming nobody;
    // alone on the line ("© Copyright") they are the label of a link
    boolean claim = signAndWord && hasLetterOrDigit(signEnd, end);
    boolean statesSomething = holder != null || years != null || unclear && hasSign || roleOnly || claim;
    if (!statesSomething) {
      return Math.max(lookBackFrom, signEnd);
    }
    statements.add(new Statement(holder, years, holder == null && unclear));
    int partEnd = holder == null && years == null ? (roleOnly ? name.end : signEnd) : Math.min(consumed, end);
    if (partEnd < end && text.charAt(partEnd) == '.' && !used[partEnd]) {
      partEnd++;
    }
    markFree(NoticePart.COPYRIGHT, recognisedStart, Math.max(recognisedStart, partEnd));
    return Math.max(partEnd, Math.max(name.stop, signEnd));
  }

  /**
   * The company that a brand's notice says owns or runs the brand, right after the notice and a
   * separator or full stop: "| Part of …", "· A division of …", ". Operated by …", "- Owned by …". Only a
   * name with a legal form counts ("Progressive Trade Media Ltd."), as for a company after a brand
   * ("kleinezeitung.at | Kleine Zeitung GmbH"); null when there is none.
   */
  private Scan ownerAfter(int from, int end) {
    int q = skipSpaces(from, end);
    int last = q;
    while (last > 0 && folded.charAt(last - 1) == ' ') {
      last--;
    }
    boolean stop = last > 0 && text.charAt(last - 1) == '.';
    if (q < end && !used[q] && (isSeparator(text.charAt(q)) || isDash(text.charAt(q)) || text.charAt(q) == '.')) {
      stop = true;
      q = skipSpaces(q + 1, end);
    }
    if (!stop || q >= end || used[q]) {
      return null;
    }
    int o = ownerPhraseEnd(q, end);
    if (o == q) {
      return null;
    }
    Scan owner = scan(o, end, true, false);
    return owner.namesCompany() ? owner : null;
  }

  /** Just after an owner phrase at {@code q} ("Part of ", "A division of ", "Owned by "), or {@code q}. */
  private int ownerPhraseEnd(int q, int end) {
    for (String phrase : OWNER_PHRASES) {
      if (q + phrase.length() < end && folded.startsWith(phrase, q) && isFree(q, q + phrase.length())) {
        return q + phrase.length();
      }
    }
    return q;
  }

  private boolean hasSeparator(int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (isSeparator(c) || isDash(c) && k > 0 && folded.charAt(k - 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** Skips spaces and the punctuation that may stand between a sign, its years and its holder. */
  private int skipFillers(int i, int end) {
    while (i < end) {
      char c = folded.charAt(i);
      if (c == ' ' || ",:;.|\u00b7\u2022-\u2013\u2014".indexOf(c) >= 0) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Words before the holder's name that say whose it is: "by", "of" …, "Provided by", "Courtesy of". */
  private static final String[] BY_WORDS = {"by ", "of ", "von ", "par ", "por ", "door ", "przez ", "provided by ",
    "courtesy of "};

  /** Words that introduce the first year: "Copyright Since © 2003 …". */
  private static final String[] SINCE_WORDS = {"since ", "seit ", "depuis ", "desde ", "sinds "};

  /**
   * After "by", "of", "von", "par", "por", or a word that introduces the first year ("Since",
   * "seit", "depuis"): where the holder or the years start, or {@code i}.
   */
  private int prepositionBy(int i, int end) {
    for (String by : BY_WORDS) {
      if (i + by.length() < end && folded.startsWith(by, i)) {
        return i + by.length();
      }
    }
    for (String since : SINCE_WORDS) {
      if (i + since.length() <= end && folded.startsWith(since, i)) {
        return i + since.length(); // "Copyright Since © 2003 …": the years follow, maybe after the sign
      }
    }
    return i;
  }

  /** After a credit label with its colon ("Foto:", "Photo:"): where the holder starts, or {@code i}. */
  private int creditLabel(int i, int end) {
    int w = i;
    while (w < end && folded.charAt(w) != ' ' && folded.charAt(w) != ':') {
      w++;
    }
    int colon = w + 1 < end && folded.charAt(w) == ' ' && text.charAt(w + 1) == ':' ? w + 1 : w; // "Photos : …"
    if (colon < end && w > i && text.charAt(colon) == ':' && CREDIT_LABELS.contains(folded.substring(i, w))) {
      return colon + 1;
    }
    return i;
  }

  /**
   * After a number that is neither a year nor the start of a name ("© 99999 Example"), or {@code i}.
   * A number of one to three digits before a word ("20 Minuten") or joined by a slash to another
   * number or by a hyphen to a word ("24/7 Wall St.", "7-Eleven"), a percentage ("100% Radio") and a number glued to letters
   * ("123RF.com") start the name.
   */
  private int numberNotName(int i, int end) {
    int d = i;
    while (d < end && isDigit(d)) {
      d++;
    }
    if (d == i) {
      return i;
    }
    if (d < end && (Character.isLetter(text.charAt(d)) || text.charAt(d) == '%')) {
      return i; // "123RF.com", "100% Radio"
    }
    if (d - i <= 3 && d + 1 < end && folded.charAt(d) == ' ' && Character.isLetter(text.charAt(d + 1))) {
      return i; // "20 Minuten"
    }
    if (d - i <= 3 && d + 1 < end && (text.charAt(d) == '/' && isDigit(d + 1)
        || text.charAt(d) == '-' && Character.isLetterOrDigit(text.charAt(d + 1)))) {
      return i; // "24/7 Wall St.", "7-Eleven": a short number joined by a slash or hyphen starts a name
    }
    return d;
  }

  // ---- the holder's name -----------------------------------------------------------------------

  /** What a scan of a name found. */
  private static final class Scan {
    int start;
    /** End of the name (exclusive), after the last word kept. */
    int end;
    /** Where the scan stopped. */
    int stop;
    int words;
    /** The name's last word is a legal form: it may end here. */
    boolean legalEnd;
    /** The name holds a legal form. */
    boolean hasLegal;
    /** The name is a domain name ("sportschau.de") or a lone menu entry ("Home"): a site, not a party. */
    boolean site;
    /** The name has Latin letters. */
    boolean latin;
    /** The scanned text cannot be read as a name. */
    boolean unclear;
    /** The name is a single credit role ("PR", "HANDOUT"). */
    boolean role;
    /** How many "|"-joined parts were added (picture credits). */
    int pipes;
    /** The last word kept is a number ("Dæmigata 2"). */
    boolean endsInNumber;
    YearRange years;
    int yearsEnd;

    /** Whether the scan read a company's name: words, clear, ending in a legal form ("Example Media Ltd."). */
    boolean namesCompany() {
      return words > 0 && !unclear && hasLegal && legalEnd;
    }
  }

  /**
   * Scans a name from {@code from}, word by word, until a rule says it has ended. With
   * {@code main}, separators may lead on to more of the name (a picture credit, a company after a
   * brand, a legal form or an appositive after a comma); without it (a part after a separator),
   * every separator ends it.
   */
  private Scan scan(int from, int end, boolean noticeHasYears, boolean main) {
    Scan s = new Scan();
    s.start = from;
    s.end = from;
    int p = from;
    while (true) {
      while (p < end && folded.charAt(p) == ' ') {
        p++;
      }
      s.stop = p;
      if (p >= end || used[p] || isHardStop(text.charAt(p))) {
        return s;
      }
      if (s.words > MAX_HOLDER_WORDS || s.end - s.start > MAX_HOLDER_CHARS) {
        s.unclear = true;
        return s;
      }
      char c = text.charAt(p);
      if (isSeparator(c)) {
        if (!main || s.words == 0 || s.legalEnd) {
          return s;
        }
        int after = skipSpaces(p + 1, end);
        int owner = ownerPhraseEnd(after, end);
        Scan next = scan(owner > after ? owner : p + 1, end, noticeHasYears, false); // "· A division of …"
        if (next.words > 0 && !next.unclear && next.hasLegal && !s.hasLegal) {
          return next; // "kleinezeitung.at | Kleine Zeitung GmbH", "… · A division of Example Inc.": the company
        }
        boolean credit = !noticeHasYears && s.pipes == 0 && s.words <= MAX_CREDIT_PART_WORDS
            && next.words > 0 && next.words <= MAX_CREDIT_PART_WORDS && !next.site && !next.unclear
            && !next.role && next.years == null && (next.stop >= end || used[next.stop] || isHardStop(text.charAt(next.stop)));
        if (!credit) {
          return s;
        }
        s.end = next.end; // "dpa | Jens Kalaene"
        s.words += next.words;
        s.pipes++;
        p = next.stop;
        continue;
      }
      int dashes = dashRunEnd(p, end);
      if (dashes > p && p > 0 && folded.charAt(p - 1) == ' ') {
        int q = skipSpaces(dashes, end); // " - ", " – ", " ------ ": what follows is something else
        if (main && s.words > 0 && q + 3 < end && folded.startsWith("by ", q)) {
          Scan publisher = scan(q + 3, end, noticeHasYears, false);
          if (publisher.words > 0 && !publisher.unclear) {
            return publisher; // "The Japan News - by The Yomiuri Shimbun": the publisher
          }
        }
        if (main && s.words > 0 && !s.hasLegal && q < end && Character.isUpperCase(text.charAt(q))) {
          Scan company = scan(ownerPhraseEnd(q, end), end, noticeHasYears, false); // "- Owned by …": the owner
          if (company.namesCompany()) {
            return company; // "FindArticles™ - LookSmart, Ltd.": the company behind the brand, as after "|"
          }
        }
        return s;
      }
      if (c == ',') {
        if (s.words == 0) {
          return s;
        }
        int q = skipSpaces(p + 1, end);
        if (q < end && !used[q] && writtenAsLegalForm(q, end) && legalSuffixAt(q, end)) {
          p = q; // "Vox Media, LLC"; "…, a subsidiary of Penske Business Media, LLC"; "Example Zprávy, a.s."
          continue;
        }
        if (!main) {
          return s;
        }
        if (q < end && !used[q] && (yearAt(q, end) >= 0)) {
          p = q; // "… “TV-Novosti”, 2005–2019": years after the name
          continue;
        }
        if (s.endsInNumber && q < end && isDigit(q)) {
          s.unclear = true; // "Dæmigata 2, 110 Reykjavík": a street address, not a name
          return s;
        }
        Scan next = scan(q, end, noticeHasYears, false);
        if (next.words == 0 || next.unclear) {
          return s;
        }
        if (isAppositive(next)) {
          s.end = next.end; // "Canada.com, a division of Postmedia Network Inc."
          s.words += next.words;
          s.legalEnd = next.legalEnd;
          s.hasLegal |= next.hasLegal;
          return s;
        }
        if (next.hasLegal && next.legalEnd && hasConnector(next.start, next.end)) {
          s.end = next.end; // "Bennett, Coleman & Co. Ltd."
          s.words += next.words;
          s.legalEnd = true;
          s.hasLegal = true;
          return s;
        }
        if (next.hasLegal && !s.hasLegal && !Character.isLowerCase(text.charAt(next.start))) {
          return next; // "Украинская правда, ООО "УП Медиа Плюс"": the company (not ", a company registered …")
        }
        return s;
      }
      if (s.legalEnd && isDigit(p) && yearAt(p, end) >= 0) {
        int[] after = new int[1];
        s.years = yearsAt(p, end, after); // "© Telegraph Media Group Limited 2024"
        s.yearsEnd = after[0];
        return s;
      }
      if (s.legalEnd && !continuesLegalForm(p, end)) {
        return s; // "Mortons Media Group Ltd, Media Centre" ends at the legal form
      }
      if (c == ';' || c == ')' || c == ']' || c == '>' || c == '<' || c == '[' || c == '}' || c == '{') {
        return s;
      }
      if (c == '(') {
        int close = closingBracket(p, end);
        String inside = close < 0 ? null : folded.substring(p + 1, close);
        boolean legal = close >= 0 && LEGAL_FORMS.contains(stripDots(inside)) && Character.isUpperCase(text.charAt(p + 1));
        boolean shortAside = close >= 0 && (s.words > 0 || main) && !(inside.startsWith("www.")
            || inside.startsWith("http") || inside.indexOf('@') >= 0 || hasSentenceWord(p + 1, close)
            || inside.indexOf(' ') >= 0 && !legal);
        if (!shortAside) {
          int aside = main && s.words > 0 ? nameAside(p, end) : -1;
          if (aside < 0) {
            return s; // "Al Bawaba (www.albawaba.com)"
          }
          s.end = aside + 1; // "The State of Queensland (Department of Primary Industries and Fisheries) 1995 - 2006"
          p = aside + 1;
          continue;
        }
        if (s.words == 0 && s.end == s.start) {
          s.start = p;
        }
        s.end = close + 1; // "The Printers (Mysore) Private Ltd.", "Roman Warschauer (hr)", "(Pty)"
        s.hasLegal |= legal;
        p = close + 1;
        continue;
      }
      if (main && s.words == 0 && s.end == s.start && "\"\u201c\u201e\u00ab".indexOf(c) >= 0) {
        Scan quoted = quotedName(p, end);
        if (quoted != null) {
          return quoted; // ©2006 "FXstreet.com. The Forex Market" All Rights Reserved.
        }
      }
      // a word
      if (s.words == 0 && s.end == s.start) {
        s.start = p;
        s.end = p;
      }
      int[] wordInfo = new int[2]; // {end of the word, 1 when a sentence or the name ends right after it}
      int we = wordEnd(p, end, wordInfo);
      boolean endsAfter = wordInfo[1] == 1;
      for (int q = p; q < we; q++) {
        if (trigger[q]) {
          return s; // "© 2024 예시일보 무단 전재 및 재배포 금지": a prohibition follows the name
        }
      }
      int keep = we; // where the name ends if this word is kept
      boolean fullStop = false;
      if (text.charAt(we - 1) == '.') {
        if (we - 2 >= p && text.charAt(we - 2) == '.') {
          keep = we - 1; // "Pvt. Ltd.." keeps one period
          fullStop = true;
        } else if (!isAbbreviation(p, we - 1) && !(we < end && text.charAt(we) == ',')) {
          keep = we - 1; // a full stop: "Washington Examiner."; never one before a comma ("Ziff Davis, LLC., a …")
          fullStop = true;
        }
      }
      while (keep > p && ",:;".indexOf(text.charAt(keep - 1)) >= 0) {
        keep--;
      }
      if (keep == p) {
        p = we;
        if (fullStop) {
          return s;
        }
        continue;
      }
      String word = folded.substring(p, keep);
      boolean lower = Character.isLowerCase(text.charAt(p));
      boolean hasLetters = hasLetterOrDigit(p, keep);
      if (s.words > 0 && (isUrl(word) || word.startsWith("@"))) {
        return s; // a URL, an e-mail address or a handle after the name
      }
      if (s.words == 0 && (word.startsWith("http://") || word.startsWith("https://")
          || !word.startsWith("www.") && isUrl(word) || isAllDigits(word) && isAddressAt(p, word, we, end))) {
        return s; // "© 2021 https://…", "© 2021 info@…", "© 2021 123 Main Street, …": no name after the sign
      }
      if (startsWithAny(p, MENU_WORDS, true) || startsWithAny(p, FURNITURE_PHRASES, false)
          || s.words > 0 && startsWithAny(p, NAME_ENDERS, false)) {
        return s; // "Terms of Service", "Powered by …", "unless otherwise noted"
      }
      int nextWord = skipSpaces(we, end);
      if (SENTENCE_PRONOUNS.contains(word) && Character.isUpperCase(text.charAt(p)) && nextWord < end
          && Character.isLowerCase(text.charAt(nextWord))
          || isVersion(word) || SERIAL_WORDS.contains(word) && nextWord < end && isDigit(nextWord)) {
        return s; // "Example News We use cookies …", "Example News v2.3.1", "Example Review ISSN 1234-5678"
      }
      if (s.words == 0 && startsWithAny(p, NAME_ENDERS, false)) {
        return s; // "© All Rights Reserved All trademarks are …": no name after the sign
      }
      if (LANGUAGE_NAMES.contains(word)) {
        String[] ahead = wordsAhead(we, end, 1);
        if (ahead.length == 1 && LANGUAGE_NAMES.contains(stripDots(ahead[0]))) {
          return s; // a language switch: "Example News English Deutsch Français"
        }
      }
      if (WORK_WORDS.contains(word) && signSoonAfter(we, end)) {
        return s; // "Example News Photos © Example Agency": the next notice's work
      }
      if (s.words > 0 && WEAK_MENU_WORDS.contains(word) && !lower) {
        String[] ahead = wordsAhead(we, end, 2);
        int before = p;
        while (before > 0 && folded.charAt(before - 1) == ' ') {
          before--;
        }
        boolean entry = before > 0 && isMenuSeparator(folded.charAt(before - 1));
        boolean separated = ahead.length == 2 && ahead[0].length() == 1 && isMenuSeparator(ahead[0].charAt(0));
        int next = entry && separated ? 1 : 0; // "… / About / Contact"
        if (ahead.length > next && WEAK_MENU_WORDS.contains(stripDots(ahead[next]))) {
          return s; // a run of menu entries: "Home About Jobs", "… / About / Contact"
        }
      }
      int roman = s.words > 0 ? romanYear(p, keep) : -1;
      if (roman > 0) {
        s.years = YearRange.of(roman); // "© URBED MMI": years in Roman numerals end the name
        s.yearsEnd = keep;
        return s;
      }
      if (isDigit(p) && yearAt(p, end) >= 0) {
        if (s.words > 0) {
          int[] after = new int[1];
          s.years = yearsAt(p, end, after); // "© Phys.org 2003 - 2019 powered by …": the name ends at its years
          s.yearsEnd = after[0];
          if (isDateBeforeYear(s.start, s.end)) {
            s.end = s.start; // "© August 2000": a date, no name
            s.words = 0;
          }
        }
        return s;
      }
      int number = skipSpaces(we, end);
      if (s.words > 0 && NUMBER_WORDS.contains(word) && number < end && isDigit(number)) {
        return s; // "OECD Observer No 231/232": an issue number after the periodical's name
      }
      if (s.words > 0 && isAddressAt(p, word, we, end)) {
        return s; // "Future US, Inc. 11 West 42nd Street", "Avda San Luis 25"
      }
      if (s.words > 0 && streetNumberAhead(p, we, end)) {
        s.unclear = true; // "Foo Media Main Street 5": where does the name end?
        return s;
      }
      if ((lower || inCapitals) && SENTENCE_VERBS.contains(word)) {
        if (s.words == 0) {
          s.unclear = true;
        }
        return s; // "The Real Deal is a registered Trademark …" names The Real Deal, also in capitals
      }
      if (lower && SENTENCE_WORDS.contains(word) && !(s.words > 0 && legalFormAhead(we, end))) {
        s.unclear = true; // "Lucy Nicholson Detainees at Otay Mesa …": a caption runs on
        return s;
      }
      if (lower && s.words == 0 && RANGE_WORDS.contains(word)) {
        s.unclear = true; // "© 2002 to Infinity & Beyond! Iambe.": the end of a range said in words, not a name
        return s;
      }
      if (s.words > 0 && s.latin && hasLetters && isAllCjk(p, keep)) {
        return s; // "Hankookilbo 신문 구독신청": a menu in another script after the name
      }
      boolean colon = keep < we && text.charAt(keep) == ':'
          || keep == we && we + 1 < end && folded.charAt(we) == ' ' && text.charAt(we + 1) == ':'
          && (we + 2 == end || folded.charAt(we + 2) == ' '); // a label written with a spaced colon: "Photos : …"
      if (colon && s.words > 0 && CONTACT_LABELS.contains(word)) {
        return s; // "© 2019 Example News Tel: …": a contact line after the name
      }
      if (colon && !CREDIT_LABELS.contains(word)) {
        if (s.words <= 1) {
          Scan label = new Scan(); // "© 2024 Ansvarlig redaktør: …": a label, not a name
          label.start = s.start;
          label.end = s.start;
          label.stop = we;
          return label;
        }
        return s; // "Foo Media Contact: …"
      }
      if (colon) {
        return s; // "© dpa Foto: …"
      }
      boolean legal = isLegalForm(p, keep);
      if (hasLetters) {
        s.words++;
        s.role = s.words == 1 && CREDIT_ROLES.contains(stripDots(word));
        s.site = s.words == 1 && (isDomain(word) || WEAK_MENU_WORDS.contains(word));
        s.latin |= hasLatin(p, keep);
      }
      if (legal) {
        s.hasLegal = true;
        s.legalEnd = s.words > 1; // a legal form first ("АО «Коммерсантъ»") opens the name
      } else if (hasLetters && !CONNECTORS.contains(word)) {
        s.legalEnd = false;
      }
      s.end = keep;
      s.endsInNumber = isDigit(p) && isDigit(keep - 1);
      p = we;
      if (word.startsWith("@") && s.words == 1) {
        return s; // a handle is a whole name: "@BigMachine @BigMachine"
      }
      if (endsAfter) {
        return s; // "Cable News Network.Turner …", "Deutsche WelleDatenschutz…"
      }
      if (fullStop) {
        int q = skipSpaces(p, end);
        if (q < end && !used[q] && legalSuffixAt(q, end)) {
          continue; // "CityAM. Limited"
        }
        return s;
      }
    }
  }

  /**
   * A name written whole between quotation marks at {@code open}, read as one name (full stops
   * inside it included) when the closing mark is followed by a clear end: the end of the clause, a
   * recognised statement, years or a separator. Null otherwise.
   */
  private Scan quotedName(int open, int end) {
    char o = text.charAt(open);
    for (int q = open + 1; q < end && q <= open + MAX_HOLDER_CHARS; q++) {
      char c = text.charAt(q);
      if (used[q] || isHardStop(c) || c == o && o != '"') {
        return null;
      }
      boolean closes = o == '"' ? c == '"' : o == '\u00ab' ? c == '\u00bb' : c == '\u201d' || c == '\u201c' && o == '\u201e';
      if (!closes) {
        continue;
      }
      int after = skipSpaces(q + 1, end);
      boolean clearEnd = statementEndsOrYearsAt(after, end) || isSeparator(text.charAt(after))
          || dashRunEnd(after, end) > after;
      if (!clearEnd || !hasLetterOrDigit(open + 1, q)) {
        return null;
      }
      Scan s = new Scan();
      s.start = open;
      s.end = q + 1;
      s.stop = after;
      s.words = folded.substring(open + 1, q).strip().split(" +").length;
      s.latin = hasLatin(open + 1, q);
      s.unclear = s.words > MAX_HOLDER_WORDS;
      if (after < end && !used[after] && yearAt(after, end) >= 0) {
        int[] yearsEnd = new int[1];
        s.years = yearsAt(after, end, yearsEnd);
        s.yearsEnd = yearsEnd[0];
      }
      return s;
    }
    return null;
  }

  /**
   * The end of the word at {@code p}: at a space, a separator, a recognised statement or a line
   * break. {@code info[1]} is 1 when the name ends inside the word: a full stop glued to the next
   * sentence ("Network.Turner", "Inc.All") or a menu entry glued to the name ("WelleDatenschutz").
   */
  private int wordEnd(int p, int end, int[] info) {
    int q = p;
    info[1] = 0;
    while (q < end) {
      char c = text.charAt(q);
      if (folded.charAt(q) == ' ' || used[q] || isHardStop(c) || "|\u00b7\u2022,;()[]<>{}".indexOf(c) >= 0) {
        break;
      }
      if (q > p + 1 && c == '.' && q + 2 < end && Character.isUpperCase(text.charAt(q + 1))
          && Character.isLowerCase(text.charAt(q + 2)) && Character.isLowerCase(text.charAt(q - 1))
          && Character.isLetter(text.charAt(q - 2)) && !isTopLevelDomainAt(q + 1, end)) {
        info[1] = 1;
        q++;
        break;
      }
      if (q > p && Character.isUpperCase(c) && Character.isLowerCase(text.charAt(q - 1))
          && startsWithAny(q, MENU_WORDS, true)) {
        info[1] = 1;
        break;
      }
      q++;
    }
    if (q < end && used[q] && q > p) {
      info[1] = 1; // "Inc.All rights reserved"
    }
    return Math.max(q, p + 1);
  }

  /** Whether the period at {@code dot} belongs to the word before it ("Inc.", "S.A.", "K."). */
  private boolean isAbbreviation(int from, int dot) {
    int w = dot;
    while (w > from && text.charAt(w - 1) != '/' && text.charAt(w - 1) != '(' && folded.charAt(w - 1) != ' ') {
      w--;
    }
    String word = folded.substring(w, dot);
    if (DOTTED_ABBREVIATIONS.contains(word) || word.indexOf('.') >= 0 && LEGAL_FORMS.contains(word)) {
      return true;
    }
    // initials: every part between periods is one letter ("K.", "K.C.")
    for (int i = w; i < dot; i += 2) {
      if (!Character.isLetter(text.charAt(i)) || i + 1 < dot && text.charAt(i + 1) != '.') {
        return false;
      }
    }
    return dot > w;
  }

  /**
   * Whether the words from {@code from} run to a legal form that ends a company's name (no word in
   * lower case after it), within six words and through capitalised words, connectors, "of" and
   * commas only: "Foreign Relations, Inc." after "Council on". A preposition inside such a name is
   * part of it, not the start of a caption. The look-ahead is bounded, so its cost per word is
   * constant.
   */
  private boolean legalFormAhead(int from, int end) {
    int q = from;
    for (int words = 0; words < 6; words++) {
      q = skipSpaces(q, end);
      int w = q;
      while (q < end && folded.charAt(q) != ' ' && !used[q] && !isHardStop(text.charAt(q))
          && "|;()".indexOf(text.charAt(q)) < 0) {
        q++;
      }
      int keep = q;
      while (keep > w && text.charAt(keep - 1) == ',') {
        keep--;
      }
      if (keep == w) {
        return false;
      }
      if (isLegalForm(w, keep)) {
        int next = skipSpaces(q, end);
        return next >= end || !Character.isLowerCase(text.charAt(next)); // not "Example Ltd offices"
      }
      String word = stripDots(folded.substring(w, keep));
      if (text.charAt(keep - 1) == '.' || !Character.isUpperCase(text.charAt(w)) && !CONNECTORS.contains(word)
          && !word.equals("of")) {
        return false; // the sentence ends, or a word in lower case: no company's name
      }
    }
    return false;
  }

  /** Whether the word {@code [p, keep)} is a legal form ("Inc.", "GmbH", "S.L.U.", "AS", "hf."). */
  private boolean isLegalForm(int p, int keep) {
    int s = p;
    int e = keep;
    if (s < e && text.charAt(s) == '(' && text.charAt(e - 1) == ')') {
      s++;
      e--;
    }
    String word = stripDots(folded.substring(s, e));
    if (!LEGAL_FORMS.contains(word) && !(isDottedInitials(word) && LEGAL_FORMS.contains(word.replace(".", "")))) {
      return false; // "L.P." is "LP", "A.G." is "AG": a legal form written with a period after each letter
    }
    boolean dotted = folded.substring(s, e).indexOf('.') >= 0 || word.indexOf('/') >= 0;
    return dotted || Character.isUpperCase(text.charAt(s)) || word.length() > 3;
  }

  /**
   * Whether a top-level domain written as a word starts at {@code i} and ends the word there:
   * "Net" in "ElectricNews.Net Ltd.", where a glued capital would otherwise start the next sentence;
   * also before the full stop that ends the sentence ("© 2006 News-Medical.Net."), but not before
   * another period and letters ("Example.Com.Au").
   */
  private boolean isTopLevelDomainAt(int i, int end) {
    int r = letterRunEnd(i, end);
    boolean endsWord = r == end || !Character.isLetterOrDigit(text.charAt(r)) && text.charAt(r) != '.'
        || text.charAt(r) == '.' && (r + 1 == end || !Character.isLetterOrDigit(text.charAt(r + 1)));
    return endsWord && TOP_LEVEL_DOMAINS.contains(folded.substring(i, r));
  }

  /**
   * Whether the name read so far, {@code [from, to)}, is the start of a date that a year follows: a
   * month, maybe after a day ("August", "15. März", "3 Dec.").
   */
  private boolean isDateBeforeYear(int from, int to) {
    String[] words = folded.substring(from, to).trim().split(" ");
    if (words.length > 2) {
      return false;
    }
    String month = stripDots(words[words.length - 1]);
    if (words.length == 2) {
      String day = stripDots(words[0]);
      if (day.isEmpty() || day.length() > 2 || !day.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    return MONTHS.contains(month);
  }

  /** Whether {@code word} is letters, one or two at a time, with a period between: "l.p", "g.m.b.h". */
  private static boolean isDottedInitials(String word) {
    int run = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '.') {
        if (run == 0) {
          return false;
        }
        run = 0;
      } else if (Character.isLetter(c) && run < 2) {
        run++;
      } else {
        return false;
      }
    }
    return run > 0 && word.indexOf('.') > 0;
  }

  /** Length of the legal form at {@code q} ("LLC", "Limited", "S.L.U."), or 0. */
  private int legalFormAt(int q, int end) {
    int w = q;
    while (w < end && folded.charAt(w) != ' ' && !used[w] && ",;|()".indexOf(text.charAt(w)) < 0) {
      w++;
    }
    return w > q && isLegalForm(q, w) ? w - q : 0;
  }

  /**
   * Whether a legal form at {@code q} ends the name ("LLC" in "Vox Media, LLC"), rather than opening
   * the next one ("ООО" in "Украинская правда, ООО "УП Медиа Плюс"").
   */
  private boolean legalSuffixAt(int q, int end) {
    int length = legalFormAt(q, end);
    return length > 0 && !LEGAL_PREFIXES.contains(stripDots(folded.substring(q, q + length)));
  }

  /** Whether what follows a legal form at {@code p} continues it: "Co. Ltd.", "GmbH &amp; Co. KG", "(Pty) Ltd.". */
  private boolean continuesLegalForm(int p, int end) {
    if (legalFormAt(p, end) > 0) {
      return true;
    }
    if (text.charAt(p) == '(') {
      int close = closingBracket(p, end);
      return close > 0 && isLegalForm(p, close + 1);
    }
    if (text.charAt(p) == '&') {
      int q = skipSpaces(p + 1, end);
      return q < end && legalFormAt(q, end) > 0;
    }
    return false;
  }

  /** An appositive that says whose part the holder is: ", a division of …", ", a … Newspaper". */
  private boolean isAppositive(Scan next) {
    String part = folded.substring(next.start, next.end);
    if (!(part.startsWith("a ") || part.startsWith("an ") || part.startsWith("part of") || part.startsWith("eine ")
        || part.startsWith("ein ") || part.startsWith("une ") || part.startsWith("un ") || part.startsWith("una "))) {
      return false;
    }
    boolean named = false; // "a division of Postmedia Network Inc.", not "a company registered in England"
    for (int k = next.start + 1; k < next.end && !named; k++) {
      named = Character.isUpperCase(text.charAt(k)) && folded.charAt(k - 1) == ' ';
    }
    if (!named) {
      return false;
    }
    for (String noun : new String[] {"division", "subsidiary", "unit", "part of", "member", "brand", "marke",
        "imprint", "company", "newspaper", "magazine", "publication", "site of", "service of", "filiale",
        "tochter", "unternehmen", "group"}) {
      if (part.contains(noun)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasConnector(int from, int to) {
    String part = folded.substring(from, to);
    return part.contains("&") || part.contains(" and ") || part.contains(" und ") || part.contains(" et ")
        || part.contains(" y ") || part.contains(" e ");
  }

  private boolean hasSentenceWord(int from, int to) {
    for (int w = nextLetter(from, to), p; w < to; w = nextLetter(p, to)) {
      p = letterRunEnd(w, to);
      if (Character.isLowerCase(text.charAt(w))) {
        String word = folded.substring(w, p);
        if (SENTENCE_WORDS.contains(word) || SENTENCE_VERBS.contains(word)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The closing bracket of a name's aside of several words at {@code open}, or -1: an aside kept in
   * the name is written like a name (no word of four or more letters in lower case, no sentence word,
   * no address of the web) and the clause ends right after it, or its years follow.
   */
  private int nameAside(int open, int end) {
    for (int q = open + 1; q < end && q <= open + MAX_HOLDER_CHARS; q++) {
      char c = text.charAt(q);
      if (c == '(' || used[q] || isHardStop(c)) {
        return -1;
      }
      if (c != ')') {
        continue;
      }
      String inside = folded.substring(open + 1, q);
      if (inside.indexOf(' ') < 0 || !hasLetterOrDigit(open + 1, q) || lowerCaseWords(open + 1, q) > 0
          || hasSentenceWord(open + 1, q) || inside.contains("www.") || inside.contains("http")
          || inside.indexOf('@') >= 0 || !Character.isUpperCase(text.charAt(nextLetter(open + 1, q)))) {
        return -1;
      }
      int after = skipSpaces(q + 1, end);
      if (after < end && text.charAt(after) == '.') {
        after = skipSpaces(after + 1, end);
      }
      return statementEndsOrYearsAt(after, end) ? q : -1;
    }
    return -1;
  }

  /**
   * Whether the statement ends at {@code p} (its end, a line break, a recognised part such as "All
   * rights reserved") or its years start there: a clear end for a name read whole.
   */
  private boolean statementEndsOrYearsAt(int p, int end) {
    return p >= end || used[p] || isHardStop(text.charAt(p)) || yearAt(p, end) >= 0;
  }

  private int closingBracket(int open, int end) {
    for (int q = open + 1; q < end && q <= open + MAX_BRACKET; q++) {
      char c = text.charAt(q);
      if (c == ')') {
        return q;
      }
      if (c == '(' || used[q] || isHardStop(c)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A street address starting at {@code p}: a house number before a street word ("11 West 42nd
   * Street"), a street word before a name and number ("Avda San Luis 25"), or a street name written
   * as one word before its number ("Hauptstraße 1").
   */
  private boolean isAddressAt(int p, String word, int we, int end) {
    boolean number = isDigit(p);
    boolean prefix = !number && STREET_PREFIXES.contains(stripDots(word));
    boolean ending = false;
    for (int k = 0; k < STREET_ENDINGS.length && !number && !prefix && !ending; k++) {
      ending = word.endsWith(STREET_ENDINGS[k]);
    }
    if (!number && !prefix && !ending) {
      return false;
    }
    String[] ahead = wordsAhead(we, end, 4);
    if (number) {
      for (int k = 0; k < Math.min(3, ahead.length); k++) {
        if (STREET_WORDS.contains(stripDots(ahead[k]))) {
          return true; // "11 West 42nd Street"
        }
      }
      return false;
    }
    for (int k = 0; k < (prefix ? ahead.length : Math.min(1, ahead.length)); k++) {
      if (!ahead[k].isEmpty() && Character.isDigit(ahead[k].charAt(0))) {
        return true; // "Avda San Luis 25", "Hauptstraße 1"
      }
    }
    return false;
  }

  /** Whether the word {@code [p, we)} is a street word followed by a house number ("Morton Way 5"). */
  private boolean streetNumberAhead(int p, int we, int end) {
    String word = stripDots(folded.substring(p, we));
    if (!STREET_WORDS.contains(word) || !Character.isUpperCase(text.charAt(p))) {
      return false;
    }
    int q = skipSpaces(we, end);
    return q < end && isDigit(q) && yearAt(q, end) < 0;
  }

  /** Up to {@code max} words from {@code p}, folded, ending at separators. */
  private String[] wordsAhead(int p, int end, int max) {
    List<String> out = new ArrayList<>(max);
    int q = p;
    while (out.size() < max) {
      q = skipSpaces(q, end);
      int w = q;
      while (q < end && folded.charAt(q) != ' ' && !used[q] && "|,;()".indexOf(text.charAt(q)) < 0
          && !isHardStop(text.charAt(q))) {
        q++;
      }
      if (q == w) {
        break;
      }
      out.add(folded.substring(w, q));
    }
    return out.toArray(new String[0]);
  }

  /** Whether a menu entry, furniture phrase or name ender starts at {@code p}, as a whole word. */
  private boolean startsWithAny(int p, String[] phrases, boolean wholeWord) {
    return phraseAt(p, phrases, wholeWord) > 0;
  }

  /**
   * Length of the first of {@code phrases} (a menu entry, furniture phrase or name ender) that starts
   * at {@code p}, as a whole word when {@code wholeWord} (or glued to a capital: "WelleDatenschutz"),
   * or 0.
   */
  private int phraseAt(int p, String[] phrases, boolean wholeWord) {
    if (p > 0 && Character.isLetter(text.charAt(p - 1)) && !Character.isUpperCase(text.charAt(p))) {
      return 0;
    }
    for (String phrase : phrases) {
      if (folded.startsWith(phrase, p)) {
        int after = p + phrase.length();
        if (!wholeWord || phrase.endsWith(" ") || after >= n || !Character.isLetter(text.charAt(after))
            || Character.isUpperCase(text.charAt(after)) || phrase.length() >= 6) {
          return phrase.length();
        }
      }
    }
    return 0;
  }

  /** Words for a piece of work whose maker follows "by": "Theme by TagDiv", "Website by Acme Ltd". */
  private static final Set<String> MAKER_WORDS = Set.of("theme", "template", "design", "designed", "website", "site",
      "developed", "built", "made", "created", "skin", "plugin");

  /**
   * The holder named by {@code [from, to)}, or null when it names nobody: trailing connectors
   * ("und/oder/mit") and punctuation dropped; a brand's domain before its company dropped
   * ("mbl.is/Árvakur hf."); nothing left, a menu word ("Copyright Policy") or a credit role alone
   * ("© PR") is no holder.
   */
  private String holder(int from, int to, boolean hasSign) {
    int e = trimTrailingConnectors(from, to);
    int s = from;
    if (e - s >= 2 && encloses(text.charAt(s), text.charAt(e - 1)) && !hasQuoteOrBracket(s + 1, e - 1)) {
      s++; // quotation marks or brackets around the whole holder: "„Foo“", "(dpa)"
      e--;
    }
    if (s >= e || !hasLetterOrDigit(s, e)) {
      return null;
    }
    if (lowerCaseWords(s, e) >= MIN_SENTENCE_LOWER_CASE_WORDS) {
      return null; // "Jebkādu materiālu pilnīga vai daļēja izmantošana atļauta …": a sentence, no name
    }
    if (e - s >= 3 && (text.charAt(e - 1) == '\'' || text.charAt(e - 1) == '\u2019') && folded.charAt(e - 2) == 's'
        && !hasQuoteOrBracket(s, e - 1)) {
      e--; // "©2001 Robert Holmes'": a possessive with nothing after it
    }
    String holder = text.substring(s, e);
    String folded = this.folded.substring(s, e);
    int space = folded.indexOf(' ');
    String first = space < 0 ? folded : folded.substring(0, space);
    if (NOT_HOLDERS.contains(stripDots(first))
        || !hasSign && Character.isLowerCase(text.charAt(s))
            && !(isDomain(stripDots(first)) && (space < 0 || hasLegalWord(s, e)))) {
      return null; // "Copyright policy"; but "Copyright by donga.com", "Copyright e-Eighteen.com Ltd": a site's name
      // is written in lower case, alone or as a company's name with its legal form
    }
    if (CREDIT_ROLES.contains(stripDots(folded))) {
      return null; // "© PR", "© Montage"
    }
    int by = folded.lastIndexOf(" by ");
    if (by > 0 && by + 4 < folded.length() && Character.isUpperCase(holder.charAt(by + 4))
        && MAKER_WORDS.contains(folded.substring(folded.lastIndexOf(' ', by - 1) + 1, by))) {
      return original(s + by + 4, e); // "© Newspaper WordPress Theme by TagDiv": the theme's maker
    }
    int slash = holder.lastIndexOf('/');
    if (slash > 0) {
      int lastStart = skipSpaces(s + slash + 1, e);
      int lastWord = this.folded.lastIndexOf(' ', e - 1) + 1;
      if (lastStart < e && isLegalForm(Math.max(lastWord, lastStart), e) && !hasLegalWord(s, s + slash)) {
        return original(lastStart, e); // "mbl.is/Árvakur hf.", "Business Insider Deutschland / finanzen.net GmbH"
      }
      if (lastStart < e && Character.isUpperCase(text.charAt(lastStart)) && isDomain(folded.substring(0, slash).strip())
          && !isDomain(this.folded.substring(lastStart, e))) {
        return original(lastStart, e); // "HotAir.com/Salem Media": the company, not its site
      }
      boolean spaced = slash > 0 && holder.charAt(slash - 1) == ' ';
      if (spaced && isDomain(this.folded.substring(lastStart, e)) && !isDomain(folded.substring(0, slash).strip())) {
        return original(s, s + slash).strip(); // "ARD-aktuell / tagesschau.de": the organisation, not its site
      }
    }
    return original(s, e);
  }

  /**
   * Whether the word at {@code q} is written as a legal form is after a comma: capitalised ("LLC",
   * "Inc.") or abbreviated with a period ("a.s.") — a plain lower-case word is the next phrase
   * ("Bauer Consumer Media Ltd, company number: …").
   */
  private boolean writtenAsLegalForm(int q, int end) {
    if (Character.isUpperCase(text.charAt(q))) {
      return true;
    }
    for (int k = q; k < end && text.charAt(k) != ' '; k++) {
      if (text.charAt(k) == '.') {
        return true;
      }
    }
    return false;
  }

  /** How many words of four or more letters in {@code [from, to)} start with a lower-case letter. */
  private int lowerCaseWords(int from, int to) {
    int count = 0;
    for (int w = nextLetter(from, to), p; w < to; w = nextLetter(p, to)) {
      p = letterRunEnd(w, to);
      if (p - w >= 4 && Character.isLowerCase(text.charAt(w))) {
        count++;
      }
    }
    return count;
  }

  /** The first letter at or after {@code p} in {@code [p, to)}, or {@code to}: where a word starts. */
  private int nextLetter(int p, int to) {
    while (p < to && !Character.isLetter(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Just after the run of letters that starts at {@code p}: where the word ends. */
  private int letterRunEnd(int p, int to) {
    while (p < to && Character.isLetter(text.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Whether a word in {@code [from, to)} is a legal form. */
  private boolean hasLegalWord(int from, int to) {
    int p = from;
    while (p < to) {
      while (p < to && (folded.charAt(p) == ' ' || text.charAt(p) == '/')) {
        p++;
      }
      int w = p;
      while (p < to && folded.charAt(p) != ' ' && text.charAt(p) != '/') {
        p++;
      }
      int keep = p;
      while (keep > w && ",".indexOf(text.charAt(keep - 1)) >= 0) {
        keep--;
      }
      if (keep > w && isLegalForm(w, keep)) {
        return true;
      }
    }
    return false;
  }

  private static boolean encloses(char open, char close) {
    return open == '(' && close == ')' || open == '"' && close == '"' || open == '\u201c' && close == '\u201d'
        || open == '\u201e' && close == '\u201c' || open == '\u00ab' && close == '\u00bb' || open == '\'' && close == '\'';
  }

  private boolean hasQuoteOrBracket(int from, int to) {
    for (int i = from; i < to; i++) {
      if ("\"'()\u201c\u201d\u201e\u00ab\u00bb".indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private int trimTrailingConnectors(int from, int to) {
    int e = to;
    while (true) {
      while (e > from && (folded.charAt(e - 1) == ' ' || ",;:-/\u2013\u2014".indexOf(text.charAt(e - 1)) >= 0)) {
        e--;
      }
      int w = e;
      while (w > from && folded.charAt(w - 1) != ' ') {
        w--;
      }
      if (w == e || w == from) {
        return e;
      }
      boolean connector = true;
      for (String part : folded.substring(w, e).split("/")) {
        connector &= CONNECTORS.contains(part);
      }
      if (!connector) {
        return e;
      }
      e = w; // "123RF.com und/oder/mit"
    }
  }

  /**
   * A name written just before the sign ("Anadolu Ajansı © 2021", "mbl.is/Árvakur hf. © 2025"), or
   * before "All rights reserved" and its separators before the sign ("Sporting News | All Rights
   * Reserved | Copyright 2023"): the words since the last sentence end, separator or statement, at
   * most six of them, read by the same rules as a name after the sign and ending right at the sign
   * (or the reservation). Null when there is none.
   */
  private String nameBefore(int signStart, int lookBackFrom, int[] start) {
    int b = signStart;
    while (b > lookBackFrom && (folded.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\u00ae')) {
      b--;
    }
    // "Sporting News | All Rights Reserved | Copyright 2023": the reservation and its separators may stand
    // between the name and the sign
    int r = b;
    boolean reservation = false;
    while (r > lookBackFrom && (folded.charAt(r - 1) == ' ' || isSeparator(text.charAt(r - 1)) || reserved[r - 1])) {
      reservation |= reserved[r - 1];
      r--;
    }
    if (reservation && r > lookBackFrom && !used[r - 1]) {
      b = r;
    }
    if (b <= lookBackFrom || used[b - 1]) {
      return null;
    }
    if (text.charAt(b - 1) == '.' && !isAbbreviation(Math.max(lookBackFrom, b - 12), b - 1)) {
      return null; // a sentence before the sign: a caption
    }
    int limit = Math.max(lookBackFrom, signStart - MAX_LOOK_BACK);
    int a = b;
    while (a > limit) {
      char c = text.charAt(a - 1);
      if (used[a - 1] || isHardStop(c) || isSeparator(c) || c == ':' || c == '!' || c == '?'
          || c == '.' && a < b && folded.charAt(a) == ' ' && !isAbbreviation(Math.max(limit, a - 12), a - 1)
          || isDash(c) && a - 2 >= 0 && folded.charAt(a - 2) == ' ' && folded.charAt(a) == ' ') {
        break;
      }
      a--;
    }
    if (a == limit && a > lookBackFrom && a > 0 && !used[a - 1]) {
      return null; // more than a name: a caption or a sentence
    }
    String before = folded.substring(a, b); // at most MAX_LOOK_BACK chars
    int after = a;
    for (String word : COPYRIGHT_WORDS) { // "NRK Opphavsrett NRK © 2024": the name after the word
      int at = before.lastIndexOf(word);
      if (at >= 0 && (at + word.length() == before.length() || !Character.isLetter(before.charAt(at + word.length())))) {
        after = Math.max(after, a + at + word.length());
      }
    }
    a = skipMenu(skipFillers(after, b), b);
    if (a >= b) {
      return null;
    }
    Scan s = scan(a, b, true, true);
    if (s.unclear || s.words == 0 || s.words > MAX_NAME_BEFORE_SIGN_WORDS || s.years != null
        || skipSpaces(s.stop, b) < b && !(s.stop < b && text.charAt(s.stop) == '.') || namesWork(s.start, s.end)) {
      return null;
    }
    String holder = holder(s.start, s.end, true);
    if (holder != null) {
      start[0] = s.start;
    }
    return holder;
  }

  /**
   * Just after the menu entries that open {@code [p, to)}, before a name written before the sign
   * ("Back to top Anadolu Ajansı © 2021", "Home About Us Contact Crown Copyright 2006"): an entry of
   * {@code MENU_WORDS}, or a run of two or more {@code WEAK_MENU_WORDS}. {@code p} when none opens it.
   */
  private int skipMenu(int p, int to) {
    int at = skipSpaces(p, to);
    while (at < to) {
      int entry = phraseAt(at, MENU_WORDS, true);
      if (entry > 0 && at + entry < to) {
        at = skipSpaces(at + entry, to); // "Back to top", "Contact us": a phrase of the menu
        continue;
      }
      int we = letterRunEnd(at, to);
      int next = skipSpaces(we, to);
      if (!WEAK_MENU_WORDS.contains(folded.substring(at, we))
          || !WEAK_MENU_WORDS.contains(folded.substring(next, letterRunEnd(next, to)))
              && !startsWithAny(next, MENU_WORDS, true)) {
        break;
      }
      at = next; // "Home About …": one entry of a run of entries
    }
    return at < to ? at : p;
  }

  /**
   * Whether the words in {@code [from, to)} name the work a notice protects, not its holder: the
   * first word is one of {@code WORK_WORDS}, or one of them is written in lower case ("Site Design
   * &amp; contents").
   */
  private boolean namesWork(int from, int to) {
    int first = nextLetter(from, to);
    for (int w = first, p; w < to; w = nextLetter(p, to)) {
      p = letterRunEnd(w, to);
      if (WORK_WORDS.contains(folded.substring(w, p)) && (w == first || Character.isLowerCase(text.charAt(w)))) {
        return true;
      }
    }
    return false;
  }

  /** Years written just before the sign: "2012 - 2020 © by Israel Nachrichten Ltd.". */
  private YearRange yearsBefore(int signStart, int lookBackFrom, int[] start) {
    int b = signStart;
    while (b > lookBackFrom && (folded.charAt(b - 1) == ' ' || text.charAt(b - 1) == '\u00ae')) {
      b--;
    }
    int a = b;
    while (a > lookBackFrom && a > b - 16 && (isDigit(a - 1) || " -/\u2013\u2014".indexOf(folded.charAt(a - 1)) >= 0)) {
      a--;
    }
    a = skipSpaces(a, b);
    if (a >= b || a > 0 && Character.isLetterOrDigit(text.charAt(a - 1))) {
      return null;
    }
    int[] after = new int[1];
    YearRange years = yearsAt(a, b, after);
    if (years == null || after[0] != b) {
      return null;
    }
    start[0] = a;
    return years;
  }

  // ---- years -----------------------------------------------------------------------------------

  /** A four-digit year at {@code i} not glued to other letters or digits, or -1. */
  private int yearAt(int i, int end) {
    if (i + 4 > end) {
      return -1;
    }
    for (int k = i; k < i + 4; k++) {
      if (!isDigit(k)) {
        return -1;
      }
    }
    if (i + 4 < end && Character.isLetterOrDigit(text.charAt(i + 4)) && !startsGluedName(i + 4, end)) {
      return -1;
    }
    if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
      return -1;
    }
    return Integer.parseInt(text, i, i + 4, 10);
  }

  /**
   * The year that the word {@code [from, to)} writes in capital Roman numerals, in standard form,
   * from 1900 to 2099 and of at least three letters ("MMI", "MCMXCIX", "MMXXIV"; not "MM", which may
   * be initials), or -1.
   */
  private int romanYear(int from, int to) {
    if (to - from < 3 || to - from > 12 || text.charAt(from) != 'M') {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      int v = romanDigit(text.charAt(i));
      if (v < 0) {
        return -1;
      }
      value += i + 1 < to && romanDigit(text.charAt(i + 1)) > v ? -v : v;
    }
    // only the standard form reads back the same: "MCMXCIX", never "MIM"
    return value >= 1900 && value <= 2099 && toRoman(value).contentEquals(text.subSequence(from, to)) ? value : -1;
  }

  private static int romanDigit(char c) {
    return switch (c) {
      case 'I' -> 1;
      case 'V' -> 5;
      case 'X' -> 10;
      case 'L' -> 50;
      case 'C' -> 100;
      case 'D' -> 500;
      case 'M' -> 1000;
      default -> -1;
    };
  }

  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
  private static final String[] ROMAN_LETTERS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

  /** The standard form of {@code value} in Roman numerals. */
  private static String toRoman(int value) {
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < ROMAN_VALUES.length; k++) {
      while (value >= ROMAN_VALUES[k]) {
        b.append(ROMAN_LETTERS[k]);
        value -= ROMAN_VALUES[k];
      }
    }
    return b.toString();
  }

  /**
   * Whether a capitalised word starts at {@code i} right after a year, with no space between: two
   * parts of a page set side by side ("©2018Impress Corporation"), also in capitals when the word has
   * three letters or more ("©2018IMPRESS CORPORATION"; "2000AD" stays one word).
   */
  private boolean startsGluedName(int i, int end) {
    if (i + 1 >= end || !Character.isUpperCase(text.charAt(i))) {
      return false;
    }
    if (Character.isLowerCase(text.charAt(i + 1))) {
      return true;
    }
    int k = i;
    while (k < end && k - i < 3 && Character.isUpperCase(text.charAt(k))) {
      k++;
    }
    return k - i == 3;
  }

  /**
   * A server's date-time stamp where a year is expected, as Java's {@code Date.toString()} writes it
   * ("Thu Dec 15 06:14:35 EST 2016") or JavaScript's ("Thu Dec 15 2016 06:14:35 GMT-0500"), also in
   * capitals ("THU DEC 15 …"): group 1 or 2 is the year. Matched only in a bounded window, so the
   * cost per match is constant.
   */
  private static final Pattern DATE_STAMP = Pattern.compile(
      "[A-Z](?:[a-z]{2}|[A-Z]{2}) [A-Z](?:[a-z]{2}|[A-Z]{2}) [0-9]{1,2} (?:[0-9]{2}:[0-9]{2}(?::[0-9]{2})? [A-Za-z]{1,5}[+-]?[0-9:]{0,5} ([0-9]{4})"
          + "|([0-9]{4}) [0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?: GMT[+-][0-9]{4})?)(?![0-9A-Za-z])");

  /** The longest date-time stamp {@link #DATE_STAMP} matches, in chars. */
  private static final int MAX_DATE_STAMP = 48;

  /** Words that say a range of years: "2002 to 2006", "2005 until 2007", "1999 to present". */
  private static final Set<String> RANGE_WORDS = Set.of("to", "until", "till");

  /** After one of {@link #RANGE_WORDS} and a space at {@code k}, or {@code k}. */
  private int rangeWordEnd(int k, int end) {
    int w = k;
    while (w < end && folded.charAt(w) >= 'a' && folded.charAt(w) <= 'z') {
      w++;
    }
    return w > k && w + 1 < end && folded.charAt(w) == ' ' && RANGE_WORDS.contains(folded.substring(k, w)) ? w + 1 : k;
  }

  /** After "present", "date", "now" or "today" at {@code k} when a word ends there, or -1. */
  private int openEndAt(int k, int end) {
    for (String w : new String[] {"present", "date", "now", "today"}) {
      int e = k + w.length();
      if (e <= end && folded.startsWith(w, k) && (e == end || !Character.isLetterOrDigit(text.charAt(e)))) {
        return e;
      }
    }
    return -1;
  }

  /** Years at {@code i}: "2023", "2019–2023", "2002 to 2006", "1999 to present", "2001 - 2023", "2019/2023", "2002--2006", "2023-24", "2019, 2021", "2000-". */
  private YearRange yearsAt(int i, int end, int[] after) {
    int first = yearAt(i, end);
    if (first < 0) {
      return null;
    }
    int last = first;
    int j = i + 4;
    while (true) {
      int k = j;
      while (k < end && folded.charAt(k) == ' ') {
        k++;
      }
      boolean dash = k < end && "-/\u2013\u2014".indexOf(text.charAt(k)) >= 0;
      boolean comma = k < end && text.charAt(k) == ',';
      int to = rangeWordEnd(k, end);
      if (to > k) {
        int open = openEndAt(skipSpaces(to, end), end);
        if (open > 0) {
          j = open; // "2002 to present", "1999 to date": an open range
          break;
        }
        dash = true; // "2002 to 2006", "1999 until 2005"
        k = to - 1;
      }
      if (!dash && !comma) {
        break;
      }
      k++;
      if (dash && k < end && text.charAt(k) == '-' && text.charAt(k - 1) == '-') {
        k++; // "2002--2006": a double hyphen typed for a dash
      }
      while (k < end && folded.charAt(k) == ' ') {
        k++;
      }
      int next = yearAt(k, end);
      if (next >= 0) {
        last = comma ? Math.max(last, next) : next;
        j = k + 4;
        continue;
      }
      if (dash && k < end && Character.isUpperCase(text.charAt(k))) {
        Matcher stamp = DATE_STAMP.matcher(text).region(k, Math.min(end, k + MAX_DATE_STAMP));
        if (stamp.lookingAt()) {
          last = Integer.parseInt(stamp.group(1) != null ? stamp.group(1) : stamp.group(2));
          j = stamp.end(); // "1996-Thu Dec 15 06:14:35 EST 2016": a page that prints the server's clock
        }
        break;
      }
      if (dash && k + 2 <= end && isDigit(k) && isDigit(k + 1) && (k + 2 == end || !Character.isLetterOrDigit(text.charAt(k + 2)))) {
        last = first / 100 * 100 + Integer.parseInt(text, k, k + 2, 10);
        j = k + 2;
      }
      break;
    }
    after[0] = j;
    return YearRange.of(first, last);
  }

  // ---- choosing --------------------------------------------------------------------------------

  /**
   * The holder is the first statement's holder (a picture credit before an agency line, the first of
   * two notices); when the first statement that says anything about a holder cannot be read, there
   * is none. The years are those of the first statement with years.
   */
  private NoHolderReason chooseHolderAndYears() {
    NoHolderReason reason = null;
    boolean holderFound = false;
    for (Statement s : statements) {
      if (s.holder() != null) {
        notice.holder(s.holder());
        holderFound = true;
        break;
      }
      if (s.unclear()) {
        reason = NoHolderReason.UNCLEAR;
        break;
      }
    }
    for (Statement s : statements) {
      if (s.years() != null) {
        notice.years(s.years());
        break;
      }
    }
    if (holderFound) {
      return null;
    }
    if (reason != null) {
      return reason;
    }
    return parts.isEmpty() ? NoHolderReason.NOT_A_NOTICE : NoHolderReason.NONE_NAMED;
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static boolean isHardStop(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || Character.isISOControl(c);
  }

  private boolean hasLatin(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /** Whether the letters of {@code [from, to)} are all Chinese, Japanese or Korean (and there are some). */
  private boolean isAllCjk(int from, int to) {
    boolean any = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!isCjk(c)) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** Chinese, Japanese and Korean letters: words there are not set apart by spaces. */
  private static boolean isCjk(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * Just after the run of dashes at {@code p} when a space follows it ("- ", "------ "), the
   * separator the scan and the quoted-name rule both know; {@code p} when there is none.
   */
  private int dashRunEnd(int p, int end) {
    int q = p;
    while (q < end && isDash(text.charAt(q))) {
      q++;
    }
    return q > p && q < n && folded.charAt(q) == ' ' ? q : p;
  }

  /** The separators of footer entries: {@code |}, {@code ·}, {@code •}. */
  private static boolean isSeparator(char c) {
    return c == '|' || c == '\u00b7' || c == '\u2022';
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  private boolean isDigit(int i) {
    char c = text.charAt(i);
    return c >= '0' && c <= '9';
  }

  private boolean hasLetterOrDigit(int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private int skipSpaces(int i, int end) {
    while (i < end && folded.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private int trimStart(int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private int trimEnd(int from, int to) {
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static String stripDots(String word) {
    int e = word.length();
    while (e > 0 && (word.charAt(e - 1) == '.' || word.charAt(e - 1) == ',')) {
      e--;
    }
    return word.substring(0, e);
  }

  /**
   * Whether a copyright sign follows {@code p} right after spaces ("Photos ©"); the sign may open the
   * next statement, just at the end of this one.
   */
  private boolean signSoonAfter(int p, int end) {
    int q = skipSpaces(p, n);
    return q < n && q <= end && signAt(q) > 0;
  }

  /** A mark between menu entries: a separator, a dash or a slash ("… / About / Contact"). */
  private static boolean isMenuSeparator(char c) {
    return isSeparator(c) || isDash(c) || c == '/';
  }

  /** Whether the word is a version number: "v2", "v2.3.1" (a "v" and digits with dots). */
  private static boolean isVersion(String word) {
    if (word.length() < 2 || word.charAt(0) != 'v' || word.charAt(1) < '0' || word.charAt(1) > '9') {
      return false;
    }
    for (int k = 2; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c != '.' && (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word is a number of digits only, as a house number is ("123"; not "24/7"). */
  private static boolean isAllDigits(String word) {
    for (int k = 0; k < word.length(); k++) {
      if (word.charAt(k) < '0' || word.charAt(k) > '9') {
        return false;
      }
    }
    return !word.isEmpty();
  }

  private static boolean isUrl(String word) {
    if (word.startsWith("http://") || word.startsWith("https://") || word.startsWith("www.")) {
      return true;
    }
    int at = word.indexOf('@');
    return at > 0 && word.indexOf('.', at) > at + 1; // an e-mail address
  }

  private static boolean isDomain(String word) {
    int dot = word.lastIndexOf('.');
    return dot > 0 && dot < word.length() - 2 && word.indexOf(' ') < 0;
  }

  // ---- leftovers -------------------------------------------------------------------------------

  private List<String> leftovers() {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < n) {
      if (used[i]) {
        i++;
        continue;
      }
      int s = i;
      while (i < n && !used[i]) {
        i++;
      }
      String piece = original(s, i).strip();
      if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
        out.add(piece);
      }
    }
    return out;
  }
}
