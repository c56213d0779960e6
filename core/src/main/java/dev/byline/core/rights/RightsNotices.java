package dev.byline.core.rights;

import dev.byline.CreativeCommonsLicense;
import dev.byline.RightsNotice;
import dev.byline.TextSpan;
import dev.byline.Use;
import dev.byline.YearRange;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the free text of a copyright or rights notice into a {@link RightsNotice}: holder, year or
 * years, "all rights reserved", the uses it forbids, and a Creative Commons licence — always keeping
 * the verbatim text.
 *
 * <pre>{@code
 * RightsNotice notice = RightsNotices.parse(
 *     "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be published,"
 *         + " broadcast, rewritten, or redistributed.").getNotice();
 * notice.permission(Use.REDISTRIBUTE); // PROHIBITED
 * }</pre>
 *
 * <h2>What it recognises</h2>
 *
 * <ul>
 *   <li><b>Copyright statements</b> opened by {@code ©}, {@code ⓒ}, {@code (c)}, {@code Copyright},
 *       {@code Copyright ©} (any letter case), with the year or years before or after the holder:
 *       {@code 2023}, ranges with a hyphen, en dash or em dash ({@code 2019–2023}, {@code 2001 - 2023},
 *       {@code 2023-24}), and lists ({@code 2019, 2021}, read as the range from the first to the last
 *       year, since a {@link YearRange} is one range). Holder names keep their commas, ampersands
 *       and abbreviations ({@code Inc.}, {@code Ltd.}, {@code GmbH}, {@code S.A.}, {@code Co.}); a
 *       holder written before the sign ({@code Sermitsiaq.gl © 2024}) is found too.
 *   <li><b>All rights reserved</b> in any letter case, and in German, French, Spanish, Italian,
 *       Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Lithuanian, Finnish, Hungarian,
 *       Russian, Ukrainian and Arabic.
 *   <li><b>Prohibitions</b>: a sentence with "may not be", "must not be", "cannot be", "prohibited",
 *       "unauthorized", "no reproduction", "without (the / prior / express / written) permission",
 *       "nicht gestattet", "untersagt" or "금지" forbids every use it
 *       names: publish / republication → {@link Use#PUBLISH}; broadcast / transmission →
 *       {@link Use#BROADCAST}; rewrite / modify / adapt → {@link Use#REWRITE}; redistribute /
 *       distribution / reproduction / copy → {@link Use#REDISTRIBUTE}; archive / store →
 *       {@link Use#ARCHIVE}. The wire-service line "may not be published, broadcast, rewritten or
 *       redistributed", with or without the serial comma and "without permission", forbids the four.
 *   <li><b>Creative Commons licences</b> by URL ({@code https://creativecommons.org/licenses/by-sa/4.0/})
 *       or by name ("Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-NC 4.0",
 *       "CC0 1.0"), set as the canonical licence URI; a name without a version is read as 4.0.
 * </ul>
 *
 * <p>Anything else is kept in the verbatim text and listed by {@link RightsReading#getUnrecognised()};
 * nothing is guessed.
 *
 * <h2>Limits and cost</h2>
 *
 * <p>Reading never throws for any text (only {@code null} is refused). It uses no regular
 * expressions: a fixed set of phrase searches and one left-to-right pass, so the time is linear in
 * the length of the text, whatever it contains. Text over {@link dev.byline.Limits#MEDIUM_TEXT_MAX_LENGTH}
 * chars is read all the same; validation then reports it as too long for a notice.
 */
public final class RightsNotices {
  private static final String[] ALL_RIGHTS_RESERVED = {
    "all rights reserved", "all right reserved", "alle rechte vorbehalten", "tous droits réservés",
    "tous droits reserves", "todos los derechos reservados", "todos os direitos reservados",
    "tutti i diritti riservati", "tutti i diritti sono riservati", "riproduzione riservata",
    "alle rechten voorbehouden", "alla rättigheter förbehållna", "alle rettigheder forbeholdes",
    "alle rettigheter reservert", "wszelkie prawa zastrzeżone", "všechna práva vyhrazena",
    "visos teisės saugomos", "kaikki oikeudet pidätetään", "minden jog fenntartva",
    "все права защищены", "всі права захищені", "جميع الحقوق محفوظة"
  };

  private static final String[] PROHIBITION_TRIGGERS = {
    "may not be", "must not be", "cannot be", "can not be", "shall not be", "prohibited",
    "not permitted", "unauthorized", "unauthorised", "no reproduction", "nicht gestattet",
    "untersagt", "금지", "without permission", "without the permission", "without prior",
    "without express", "without written"
  };

  /** Keyword stems (folded) and the use each names, checked in prohibition sentences. */
  private static final String[][] USE_WORDS = {
    {"republish", "PUBLISH"}, {"republication", "PUBLISH"}, {"published", "PUBLISH"},
    {"publication", "PUBLISH"}, {"wiederveröffentlich", "PUBLISH"}, {"전재", "PUBLISH"},
    {"broadcast", "BROADCAST"}, {"transmi", "BROADCAST"},
    {"rewrit", "REWRITE"}, {"modif", "REWRITE"}, {"adapt", "REWRITE"}, {"altered", "REWRITE"},
    {"weiterverarbeitung", "REWRITE"},
    {"distribut", "REDISTRIBUTE"}, {"reproduc", "REDISTRIBUTE"}, {"copied", "REDISTRIBUTE"},
    {"재배포", "REDISTRIBUTE"}, {"배포", "REDISTRIBUTE"},
    {"archiv", "ARCHIVE"}, {"speicherung", "ARCHIVE"}, {"stored", "ARCHIVE"}
  };

  /** Abbreviations that end a holder's name with their period ("Nexstar Media Inc."). */
  private static final Set<String> ABBREVIATIONS =
      Set.of("inc", "ltd", "co", "corp", "pty", "pvt", "bros", "jr", "sr", "hf", "e.v", "s.a", "n.v",
          "a.s", "s.l", "s.l.u", "s.p.a", "s.r.l", "b.v", "m.b.h");

  /** Company forms that may follow an abbreviation: "Co. Ltd.", "Pvt. Ltd.", "GmbH &amp; Co. KG". */
  private static final Set<String> COMPANY_FORMS =
      Set.of("ltd", "limited", "inc", "co", "corp", "kg", "llc", "plc", "gmbh", "ag", "sa", "s.a", "bv", "nv");

  /** Words that follow "Copyright" in page furniture, not a holder's name. */
  private static final Set<String> NOT_HOLDERS =
      Set.of("policy", "notice", "information", "statement", "licensing", "terms", "©", "&");

  /** Longest licence URL the reader looks at, in chars. */
  private static final int MAX_URL_LENGTH = 200;

  private RightsNotices() {}

  /**
   * Reads a notice. See the class description for what is recognised.
   *
   * @param text the notice as published; not {@code null}
   * @return the reading: the notice (with {@code text} set to {@code text} unless it is blank), the
   *     recognised stretches and the rest
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static RightsReading parse(String text) {
    Objects.requireNonNull(text, "text");
    return new Reader(text).read();
  }

  /** One copyright statement: a holder, years, or both. */
  private record Clause(String holder, YearRange years) {}

  /** One reading: a pass over one text. */
  private static final class Reader {
    final String text;
    final String folded;
    final int n;
    final boolean[] used;
    final List<int[]> parts = new ArrayList<>(); // {kind, start, end} in chars
    final List<String> holders = new ArrayList<>();
    final RightsNotice.Builder notice = RightsNotice.builder();
    final Set<Use> prohibited = EnumSet.noneOf(Use.class);
    final List<Clause> clauses = new ArrayList<>();

    Reader(String text) {
      this.text = text;
      this.n = text.length();
      char[] f = new char[n];
      for (int i = 0; i < n; i++) {
        f[i] = Character.toLowerCase(text.charAt(i));
      }
      this.folded = new String(f);
      this.used = new boolean[n];
    }

    RightsReading read() {
      if (!text.isBlank()) {
        notice.text(text);
      }
      findAllRightsReserved();
      findLicences();
      for (int[] sentence : sentences()) {
        readSentence(sentence[0], sentence[1]);
      }
      chooseMainClause();
      notice.prohibitedUses(prohibited);
      parts.sort((a, b) -> Integer.compare(a[1], b[1]));
      List<RecognisedPart> recognised = new ArrayList<>();
      for (int[] p : parts) {
        recognised.add(new RecognisedPart(NoticePart.values()[p[0]], span(p[1], p[2]), text.substring(p[1], p[2])));
      }
      return new RightsReading(notice.build(), recognised, leftovers(), holders);
    }

    TextSpan span(int from, int to) {
      int start = text.codePointCount(0, from);
      return TextSpan.of(start, start + text.codePointCount(from, to));
    }

    void mark(NoticePart kind, int from, int to) {
      for (int i = from; i < to; i++) {
        used[i] = true;
      }
      parts.add(new int[] {kind.ordinal(), from, to});
    }

    // ---- all rights reserved ----------------------------------------------------------------

    void findAllRightsReserved() {
      for (String phrase : ALL_RIGHTS_RESERVED) {
        for (int at = folded.indexOf(phrase); at >= 0; at = folded.indexOf(phrase, at + phrase.length())) {
          int end = at + phrase.length();
          if (isFree(at, end)) {
            if (end < n && text.charAt(end) == '.') {
              end++;
            }
            mark(NoticePart.ALL_RIGHTS_RESERVED, at, end);
            notice.allRightsReserved(true);
          }
        }
      }
    }

    boolean isFree(int from, int to) {
      for (int i = from; i < to; i++) {
        if (used[i]) {
          return false;
        }
      }
      return true;
    }

    // ---- Creative Commons ---------------------------------------------------------------------

    void findLicences() {
      for (int at = folded.indexOf("creativecommons.org/"); at >= 0;
          at = folded.indexOf("creativecommons.org/", at + 1)) {
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
    void licenceByName(int start, int afterPrefix, boolean longForm) {
      int i = afterPrefix;
      boolean by = false;
      boolean nc = false;
      boolean sa = false;
      boolean nd = false;
      boolean zero = false;
      int end = afterPrefix;
      while (true) {
        int wordStart = i;
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '-' || text.charAt(i) == '\u00a0')) {
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

    void setLicence(CreativeCommonsLicense licence, String version, int start, int end) {
      notice.license(licence.uri(version));
      mark(NoticePart.LICENSE, start, end);
    }

    boolean isDigit(int i) {
      char c = text.charAt(i);
      return c >= '0' && c <= '9';
    }

    // ---- sentences ----------------------------------------------------------------------------

    /**
     * Splits the text, outside recognised parts, at "|", line breaks and full stops that end a
     * sentence: a period followed by white space and an upper-case letter or digit, unless the word
     * before it is a single letter or "Co" (as in "S.A. Holdings", "Coleman &amp; Co. Ltd.").
     */
    List<int[]> sentences() {
      List<int[]> out = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= n; i++) {
        boolean cut;
        int next = i;
        if (i == n || used[i]) {
          cut = true;
        } else {
          char c = text.charAt(i);
          if (c == '|' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || Character.isISOControl(c)) {
            cut = true;
          } else if (c == '.' && endsSentence(i)) {
            cut = true;
            next = i + 1;
          } else {
            cut = false;
          }
        }
        if (cut) {
          int end = Math.min(next, n);
          if (end > start) {
            out.add(new int[] {start, end});
          }
          start = i + 1;
        }
      }
      return out;
    }

    boolean endsSentence(int dot) {
      int j = dot + 1;
      if (j >= n) {
        return true;
      }
      if (!Character.isWhitespace(text.charAt(j))) {
        return false;
      }
      while (j < n && Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      if (j >= n || used[j]) {
        return true;
      }
      if (Character.isLowerCase(text.charAt(j))) {
        return false;
      }
      String before = wordBefore(dot);
      if (before.length() == 1 || before.equals("co")) {
        return false; // "S.A. Holdings", "Coleman & Co. Ltd."
      }
      if (before.length() == 4 && yearAt(dot - 4, n) >= 0 && followsSign(dot - 4)) {
        return false; // "Copyright 2019. Washington Examiner."
      }
      int w = j;
      while (w < n && (Character.isLetter(text.charAt(w)) || text.charAt(w) == '.')) {
        w++;
      }
      String next = folded.substring(j, w);
      if (next.endsWith(".")) {
        next = next.substring(0, next.length() - 1);
      }
      if (ABBREVIATIONS.contains(before) && COMPANY_FORMS.contains(next)) {
        return false; // "Pvt. Ltd."
      }
      boolean nextIsYear = w == j && yearAt(j, n) >= 0;
      return !nextIsYear; // "© The Financial Times Ltd. 2024" goes on
    }

    /** Whether only years, dashes and spaces stand between a copyright sign and {@code i}. */
    boolean followsSign(int i) {
      int k = i;
      while (k > 0 && (isDigit(k - 1) || " \u00a0-\u2013\u2014".indexOf(text.charAt(k - 1)) >= 0)) {
        k--;
      }
      for (int back = 1; back <= "copyright".length() && k - back >= 0; back++) {
        if (markerAt(k - back) == back) {
          return true;
        }
      }
      return false;
    }

    String wordBefore(int dot) {
      int w = dot;
      while (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) {
        w--;
      }
      return folded.substring(w, dot);
    }

    void readSentence(int from, int to) {
      String s = folded.substring(from, to);
      for (String trigger : PROHIBITION_TRIGGERS) {
        int t = s.indexOf(trigger);
        if (t >= 0) {
          Set<Use> uses = EnumSet.noneOf(Use.class);
          int sign = firstMarker(from + t, to);
          int stop = sign >= 0 ? sign : to; // "… 금지합니다 Copyright (C) EnterMedia.co.kr."
          String words = folded.substring(from, stop);
          for (String[] word : USE_WORDS) {
            if (words.contains(word[0])) {
              uses.add(Use.valueOf(word[1]));
            }
          }
          if (!uses.isEmpty()) {
            prohibited.addAll(uses);
            mark(NoticePart.PROHIBITION, trimStart(from, stop), trimEnd(from, stop));
            if (sign >= 0) {
              readCopyright(sign, to);
            }
            return;
          }
        }
      }
      readCopyright(from, to);
    }

    int firstMarker(int from, int to) {
      for (int i = from; i < to; i++) {
        if (markerAt(i) > 0) {
          return i;
        }
      }
      return -1;
    }

    int trimStart(int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      return from;
    }

    int trimEnd(int from, int to) {
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      return to;
    }

    // ---- copyright statements ---------------------------------------------------------------

    /** Length of a copyright sign at {@code i}, or 0. */
    int markerAt(int i) {
      char c = text.charAt(i);
      if (c == '\u00a9' || c == '\u24d2') {
        return 1;
      }
      if (c == '(' && i + 2 < n && text.charAt(i + 2) == ')') {
        char m = folded.charAt(i + 1);
        return m == 'c' || m == '\u0441' ? 3 : 0;
      }
      if (text.charAt(i) == 'C' && folded.startsWith("copyright", i)
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        int end = i + "copyright".length();
        if (end < n && Character.isLetter(text.charAt(end))) {
          return 0;
        }
        if (end + 1 < n && text.charAt(end) == ' ' && text.charAt(end + 1) == '@'
            && (end + 2 == n || text.charAt(end + 2) == ' ')) {
          return end + 2 - i; // "Copyright @ 2026", an at sign typed for the copyright sign
        }
        return end - i;
      }
      return 0;
    }

    void readCopyright(int from, int to) {
      List<int[]> markers = new ArrayList<>(); // {start, end of the run of signs}
      for (int i = from; i < to; i++) {
        int m = markerAt(i);
        if (m > 0) {
          int end = i + m;
          while (true) {
            int j = end;
            while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0' || text.charAt(j) == ':')) {
              j++;
            }
            int more = j < to ? markerAt(j) : 0;
            if (more == 0) {
              break;
            }
            end = j + more;
          }
          markers.add(new int[] {i, Math.min(end, to)});
          i = end - 1;
        }
      }
      if (markers.isEmpty()) {
        return;
      }
      for (int k = 0; k < markers.size(); k++) {
        int signStart = markers.get(k)[0];
        int clauseStart = markers.get(k)[1];
        int clauseEnd = k + 1 < markers.size() ? markers.get(k + 1)[0] : to;
        int before = k == 0 ? from : markers.get(k - 1)[1];
        readClause(before, signStart, clauseStart, clauseEnd, k == 0);
      }
    }

    /**
     * Reads one statement: what follows a run of signs up to {@code end} — years, then the holder,
     * then perhaps more years — and, for the first sign of a sentence, years or a holder written
     * just before the sign ("2012 - 2020 © by …", "Sermitsiaq.gl © Copyright 2024.").
     */
    void readClause(int before, int signStart, int start, int end, boolean first) {
      int consumed = start;
      int i = skipSeparators(start, end);
      int[] after = new int[1];
      YearRange years = yearsAt(i, end, after);
      if (years != null) {
        i = after[0];
        consumed = i;
        if (i < end && text.charAt(i) == '.') {
          i++; // "Copyright 2019. Washington Examiner."
        }
      } else {
        while (i < end && isDigit(i)) { // a number that is no year ("0", "99999") is not the holder's
          i++;
        }
      }
      i = skipSeparators(i, end);
      if (folded.startsWith("by ", i)) {
        i += 3;
      }
      int holderEnd = trimEnd(i, end);
      int yearsEnd = holderEnd > i && text.charAt(holderEnd - 1) == '.' ? holderEnd - 1 : holderEnd;
      int[] trailingStart = new int[1];
      YearRange trailing = trailingYears(i, yearsEnd, trailingStart);
      if (trailing != null) {
        consumed = holderEnd;
        holderEnd = trailingStart[0];
        years = years == null ? trailing : years;
      }
      int[] holderStop = new int[1];
      String holder = cleanHolder(i, holderEnd, holderStop);
      if (holder != null) {
        consumed = Math.max(consumed, holderStop[0]);
      }
      int recognisedStart = signStart;
      if (first && before < signStart) {
        int preStart = trimStart(before, signStart);
        int preEnd = trimEnd(before, signStart);
        while (preEnd > preStart && text.charAt(preEnd - 1) == '\u00ae') { // "2025 ® ©"
          preEnd = trimEnd(preStart, preEnd - 1);
        }
        YearRange preYears = yearsAt(preStart, preEnd, after);
        if (years == null && preYears != null && after[0] == preEnd) {
          years = preYears;
          recognisedStart = preStart;
        } else if (holder == null && preEnd > preStart && preEnd - preStart <= 80) {
          holder = cleanHolder(preStart, preEnd, holderStop);
          recognisedStart = holder != null ? preStart : recognisedStart;
        }
      }
      if (holder == null && years == null) {
        return;
      }
      clauses.add(new Clause(holder, years));
      if (holder != null) {
        holders.add(holder);
      }
      if (consumed < end && text.charAt(consumed) == '.') {
        consumed++;
      }
      mark(NoticePart.COPYRIGHT, recognisedStart, Math.max(recognisedStart, Math.min(consumed, end)));
    }

    /** The statement that speaks for the notice: the first with a year, else the first. */
    void chooseMainClause() {
      Clause main = null;
      for (Clause c : clauses) {
        if (c.years() != null) {
          main = c;
          break;
        }
      }
      if (main == null && !clauses.isEmpty()) {
        main = clauses.get(0);
      }
      if (main == null) {
        return;
      }
      String holder = main.holder() != null ? main.holder() : holders.isEmpty() ? null : holders.get(0);
      if (holder != null) {
        notice.holder(holder);
      }
      if (main.years() != null) {
        notice.years(main.years());
      }
    }

    int skipSeparators(int i, int end) {
      while (i < end) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || ",:;-\u2013\u2014".indexOf(c) >= 0) {
          i++;
        } else {
          break;
        }
      }
      return i;
    }

    /** A four-digit year at {@code i} not glued to other letters or digits. */
    int yearAt(int i, int end) {
      if (i + 4 > end) {
        return -1;
      }
      for (int k = i; k < i + 4; k++) {
        if (!isDigit(k)) {
          return -1;
        }
      }
      if (i + 4 < end && Character.isLetterOrDigit(text.charAt(i + 4))) {
        return -1;
      }
      if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        return -1;
      }
      return Integer.parseInt(text, i, i + 4, 10);
    }

    /** Years at {@code i}: "2023", "2019–2023", "2001 - 2023", "2023-24", "2019, 2021". */
    YearRange yearsAt(int i, int end, int[] after) {
      int first = yearAt(i, end);
      if (first < 0) {
        return null;
      }
      int last = first;
      int j = i + 4;
      while (true) {
        int k = j;
        while (k < end && text.charAt(k) == ' ') {
          k++;
        }
        boolean dash = k < end && "-\u2013\u2014".indexOf(text.charAt(k)) >= 0;
        boolean comma = k < end && text.charAt(k) == ',';
        if (!dash && !comma) {
          break;
        }
        k++;
        while (k < end && text.charAt(k) == ' ') {
          k++;
        }
        int next = yearAt(k, end);
        if (next >= 0) {
          last = comma ? Math.max(last, next) : next;
          j = k + 4;
          continue;
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

    /** Years at the end of a holder: " 2001 - 2023", ", 2025". */
    YearRange trailingYears(int from, int to, int[] start) {
      // walk back over digits, dashes, commas and spaces, then read forwards from the first year
      int k = to;
      while (k > from && (isDigit(k - 1) || " ,-\u2013\u2014".indexOf(text.charAt(k - 1)) >= 0)) {
        k--;
      }
      for (int i = k; i + 4 <= to; i++) {
        if (isDigit(i)) {
          int[] after = new int[1];
          YearRange y = yearsAt(i, to, after);
          if (y != null && trimEnd(after[0], to) == after[0] && i > from) {
            int s = i;
            while (s > from && " ,".indexOf(text.charAt(s - 1)) >= 0) {
              s--;
            }
            start[0] = s;
            return y;
          }
          return null;
        }
      }
      return null;
    }

    /** The holder between {@code from} and {@code to}, cleaned; null when it is none. */
    String cleanHolder(int from, int to, int[] end) {
      int s = from;
      int e = to;
      while (e > s && ",;:-/\u2013\u2014(".indexOf(text.charAt(e - 1)) >= 0 || e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s && text.charAt(e - 1) == '.') {
        String word = wordWithDotsBefore(e - 1, s);
        if (word.endsWith(".") || !(ABBREVIATIONS.contains(word) || word.length() == 1)) {
          e--; // a full stop, not an abbreviation's period ("Ltd.." keeps one)
        }
      }
      if (e > s && text.charAt(e - 1) == ')' && text.substring(s, e).indexOf('(') < 0) {
        e = trimEnd(s, e - 1); // "(Image: © TNG Collaboration)"
      }
      String region = folded.substring(s, e);
      int aside = region.lastIndexOf(" (");
      if (aside > 0 && region.endsWith(")")
          && (region.startsWith("www.", aside + 2) || region.startsWith("http", aside + 2))) {
        e = s + aside; // "Al Bawaba (www.albawaba.com)"
        region = region.substring(0, aside);
      }
      for (String tail : new String[] {" unless ", " except "}) {
        int cut = region.indexOf(tail);
        if (cut > 0) {
          e = s + cut; // "The Republic unless otherwise noted"
          region = region.substring(0, cut);
        }
      }
      while (s < e && (Character.isWhitespace(text.charAt(s)) || "\u2014\u2013-".indexOf(text.charAt(s)) >= 0)) {
        s++;
      }
      if (s >= e) {
        return null;
      }
      String holder = text.substring(s, e);
      String first = holder.split("[ ,]", 2)[0].toLowerCase(Locale.ROOT);
      if (NOT_HOLDERS.contains(holder.toLowerCase(Locale.ROOT)) || NOT_HOLDERS.contains(first)
          || holder.codePoints().noneMatch(Character::isLetterOrDigit)) {
        return null;
      }
      end[0] = e;
      return holder;
    }

    String wordWithDotsBefore(int dot, int from) {
      int w = dot;
      while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
        w--;
      }
      return folded.substring(w, dot);
    }

    // ---- leftovers ---------------------------------------------------------------------------

    List<String> leftovers() {
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
        String piece = text.substring(s, i).strip();
        if (piece.codePoints().anyMatch(Character::isLetterOrDigit)) {
          out.add(piece);
        }
      }
      return out;
    }
  }
}
