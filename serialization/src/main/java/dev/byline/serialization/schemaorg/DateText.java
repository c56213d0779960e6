package dev.byline.serialization.schemaorg;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found in news pages. What a value states is kept apart from what it does not:
 *
 * <ul>
 *   <li>ISO 8601 and its loose relatives: {@code 2019-12-09T09:08:21+01:00}, a space for the
 *       {@code T} ({@code 2019-12-09 09:08:21+01:00}), an offset without a colon or without minutes
 *       ({@code +0200}, {@code +02}), {@code Z} (also lower case or doubled: {@code ZZ}),
 *       {@code UTC} / {@code GMT} / {@code UT} with or without a space and an offset, one to nine
 *       digits of fraction, no seconds, one-digit months and days ({@code 2022-5-5 22:17:36}), a
 *       slash for the hyphen;
 *   <li>RFC 1123 / RFC 822 / RFC 2822: {@code Wed, 04 May 2022 02:41:00 GMT},
 *       {@code Mon, 18 Nov 2019 16:07:38 -0600}, {@code 20 Nov 2019 08:02 GMT};
 *   <li>Java's {@code Date.toString()}: {@code Tue Jan 28 15:28:56 CET 2020}; JavaScript's
 *       {@code Date.toString()}: {@code Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)};
 *   <li>written dates: {@code November 19, 2019}, {@code 19 November 2019}, with a time of day
 *       ({@code 01:38:07 PM IST Nov 20, 2019}); day-first numeric dates with dots
 *       ({@code 11.11.2021}, {@code 11.11.2021 14:05}).
 * </ul>
 *
 * <p>A zone written as an abbreviation is read from a fixed table: {@code CET} +01:00,
 * {@code CEST} +02:00, {@code EST} −05:00, … An abbreviation with several meanings ({@code IST}:
 * India +05:30, Israel +02:00, Ireland +01:00; {@code CST}: North America −06:00, China +08:00;
 * {@code BST}, {@code AST}) is ambiguous: the caller resolves it with the offset another date of the
 * same page states, or leaves it out. In RFC 822 forms the RFC's own meanings hold
 * ({@code CST} = −06:00).
 */
final class DateText {
  /** Longest value looked at; anything longer is not a date. */
  static final int MAX_LENGTH = 100;

  enum Kind {
    /** A date, a time of day and a zone: an instant. */
    INSTANT,
    /** A date and a time of day, no zone. */
    LOCAL,
    /** A date and a time of day with a zone abbreviation of several meanings. */
    AMBIGUOUS,
    /** A date without a time of day. */
    DATE_ONLY,
    /** Not a date in any of the forms read. */
    UNREADABLE
  }

  /**
   * What a value says.
   *
   * @param kind what it is
   * @param local the date and time of day (the date at midnight for {@link Kind#DATE_ONLY})
   * @param offset the stated offset ({@link Kind#INSTANT}), else {@code null}
   * @param candidates the offsets an ambiguous abbreviation may mean ({@link Kind#AMBIGUOUS})
   * @param zone the zone as written ("+0200", "CET", "UTC"), or {@code null}
   * @param remark a remark on how the value was read ("a doubled Z read as Z"), or {@code null}
   */
  record Parsed(Kind kind, LocalDateTime local, ZoneOffset offset, List<ZoneOffset> candidates, String zone,
      String remark) {}

  private static final String DAY_NAME =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\.?";
  private static final String MONTH_NAME = "(January|February|March|April|May|June|July|August|September|October"
      + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final String ZONE = "([A-Za-z]{1,5}(?:[+-][0-9]{1,2}(?::?[0-9]{2})?)?|[+-][0-9]{2}(?::?[0-9]{2}(?::?[0-9]{2})?)?)";
  private static final String TIME = "([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:[.,]([0-9]{1,9}))?)?";
  private static final String AMPM = "(?:\\s*([AaPp])\\.?[Mm]\\.?)?";

  private static final Pattern ISO = compile(
      "([0-9]{4})([-/])([0-9]{1,2})\\2([0-9]{1,2})(?:(?:T|\\s+)" + TIME + ")?\\s*(?:" + ZONE + ")?");
  private static final Pattern RFC822 = compile(
      "(?:" + DAY_NAME + ",?\\s+)?([0-9]{1,2})\\s+" + MONTH_NAME + "\\s+([0-9]{4})(?:,?\\s+" + TIME + ")?\\s*(?:" + ZONE + ")?");
  private static final Pattern JAVA = compile(
      DAY_NAME + "\\s+" + MONTH_NAME + "\\s+([0-9]{1,2})\\s+" + TIME + "\\s+([A-Za-z]{1,5})\\s+([0-9]{4})");
  private static final Pattern JAVASCRIPT = compile(
      DAY_NAME + "\\s+" + MONTH_NAME + "\\s+([0-9]{1,2})\\s+([0-9]{4})\\s+" + TIME + "\\s+" + ZONE + "(?:\\s+\\([^()]*\\))?");
  private static final Pattern WRITTEN = compile(
      "(?:" + DAY_NAME + ",?\\s+)?" + MONTH_NAME + "\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})"
          + "(?:,?\\s+(?:at\\s+)?" + TIME + AMPM + ")?\\s*(?:" + ZONE + ")?");
  private static final Pattern TIME_FIRST = compile(
      TIME + AMPM + "\\s+" + ZONE + "\\s+" + MONTH_NAME + "\\s+([0-9]{1,2}),?\\s+([0-9]{4})");
  private static final Pattern DOTTED = compile(
      "([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]{4})(?:,?\\s+" + TIME + "(?:\\s*Uhr)?)?\\s*(?:" + ZONE + ")?");

  private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])([0-9]{1,2})(?::?([0-9]{2}))?(?::?([0-9]{2}))?");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
      Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
      Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Abbreviations with one meaning, in minutes east of UTC. */
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("Z", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("GMT", 0),
      Map.entry("WET", 0), Map.entry("WEST", 60), Map.entry("CET", 60), Map.entry("CEST", 120),
      Map.entry("MEZ", 60), Map.entry("MESZ", 120), Map.entry("EET", 120), Map.entry("EEST", 180),
      Map.entry("MSK", 180), Map.entry("SAST", 120), Map.entry("WAT", 60), Map.entry("CAT", 120),
      Map.entry("EAT", 180), Map.entry("PKT", 300), Map.entry("ICT", 420), Map.entry("WIB", 420),
      Map.entry("HKT", 480), Map.entry("SGT", 480), Map.entry("AWST", 480), Map.entry("PHT", 480),
      Map.entry("JST", 540), Map.entry("KST", 540), Map.entry("ACST", 570), Map.entry("ACDT", 630),
      Map.entry("AEST", 600), Map.entry("AEDT", 660), Map.entry("NZST", 720), Map.entry("NZDT", 780),
      Map.entry("HST", -600), Map.entry("AKST", -540), Map.entry("AKDT", -480), Map.entry("PST", -480),
      Map.entry("PDT", -420), Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("CDT", -300),
      Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("ADT", -180), Map.entry("NST", -210),
      Map.entry("NDT", -150), Map.entry("BRT", -180), Map.entry("ART", -180));

  /** Abbreviations with several meanings. */
  private static final Map<String, List<Integer>> AMBIGUOUS_ZONES = Map.of(
      "IST", List.of(330, 120, 60),
      "CST", List.of(-360, 480),
      "BST", List.of(60, 360),
      "AST", List.of(-240, 180));

  /** RFC 822's own zone names (section 5.1), which hold in RFC 822 forms. */
  private static final Map<String, Integer> RFC822_ZONES = Map.of("CST", -360, "AST", -240);

  private DateText() {}

  private static Pattern compile(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  static Parsed parse(String value) {
    String s = value.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) {
      return unreadable();
    }
    Matcher m = ISO.matcher(s);
    if (m.matches()) {
      return build(num(m, 1), num(m, 3), num(m, 4), m.group(5), m.group(6), m.group(7), m.group(8), null, m.group(9), false);
    }
    m = RFC822.matcher(s);
    if (m.matches()) {
      return build(num(m, 3), month(m.group(2)), num(m, 1), m.group(4), m.group(5), m.group(6), m.group(7), null,
          m.group(8), true);
    }
    m = JAVA.matcher(s);
    if (m.matches()) {
      return build(num(m, 8), month(m.group(1)), num(m, 2), m.group(3), m.group(4), m.group(5), m.group(6), null,
          m.group(7), false);
    }
    m = JAVASCRIPT.matcher(s);
    if (m.matches()) {
      return build(num(m, 3), month(m.group(1)), num(m, 2), m.group(4), m.group(5), m.group(6), m.group(7), null,
          m.group(8), false);
    }
    m = WRITTEN.matcher(s);
    if (m.matches()) {
      return build(num(m, 3), month(m.group(1)), num(m, 2), m.group(4), m.group(5), m.group(6), m.group(7), m.group(8),
          m.group(9), false);
    }
    m = TIME_FIRST.matcher(s);
    if (m.matches()) {
      return build(num(m, 9), month(m.group(7)), num(m, 8), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
          m.group(6), false);
    }
    m = DOTTED.matcher(s);
    if (m.matches()) {
      return build(num(m, 3), num(m, 2), num(m, 1), m.group(4), m.group(5), m.group(6), m.group(7), null, m.group(8),
          false);
    }
    return unreadable();
  }

  private static Parsed unreadable() {
    return new Parsed(Kind.UNREADABLE, null, null, List.of(), null, null);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  private static Parsed build(int year, int month, int day, String hour, String minute, String second, String fraction,
      String ampm, String zone, boolean rfc822) {
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return unreadable();
    }
    if (hour == null) {
      return new Parsed(Kind.DATE_ONLY, date.atStartOfDay(), null, List.of(), zone, null);
    }
    int h = Integer.parseInt(hour);
    if (ampm != null) {
      if (h < 1 || h > 12) {
        return unreadable();
      }
      boolean pm = ampm.equalsIgnoreCase("p");
      h = h % 12 + (pm ? 12 : 0);
    }
    int min = Integer.parseInt(minute);
    int sec = second == null ? 0 : Integer.parseInt(second);
    int nanos = 0;
    if (fraction != null) {
      nanos = Integer.parseInt((fraction + "00000000").substring(0, 9));
    }
    LocalDateTime local;
    try {
      local = date.atTime(h, min, sec, nanos);
    } catch (DateTimeException e) {
      return unreadable();
    }
    if (zone == null) {
      return new Parsed(Kind.LOCAL, local, null, List.of(), null, null);
    }
    return zoned(local, zone, rfc822);
  }

  private static Parsed zoned(LocalDateTime local, String zone, boolean rfc822) {
    String remark = null;
    String name = zone;
    String numeric = null;
    int sign = Math.max(zone.indexOf('+'), zone.indexOf('-'));
    if (sign == 0) {
      name = null;
      numeric = zone;
    } else if (sign > 0) {
      name = zone.substring(0, sign);
      numeric = zone.substring(sign);
    }
    int minutes = 0;
    if (name != null) {
      String upper = name.toUpperCase(Locale.ROOT);
      if (upper.equals("ZZ")) {
        upper = "Z";
        remark = "a doubled Z read as Z (UTC)";
      }
      Integer fixed = rfc822 ? RFC822_ZONES.get(upper) : null;
      if (fixed == null) {
        fixed = ZONES.get(upper);
      }
      if (fixed == null) {
        List<Integer> several = AMBIGUOUS_ZONES.get(upper);
        if (several == null || numeric != null) {
          return unreadable();
        }
        List<ZoneOffset> candidates = several.stream().map(x -> ZoneOffset.ofTotalSeconds(x * 60)).toList();
        return new Parsed(Kind.AMBIGUOUS, local, null, candidates, zone, null);
      }
      if (numeric != null && fixed != 0) {
        return unreadable();
      }
      minutes = fixed;
    }
    int seconds = minutes * 60;
    if (numeric != null) {
      Matcher m = NUMERIC_OFFSET.matcher(numeric);
      if (!m.matches()) {
        return unreadable();
      }
      int hh = Integer.parseInt(m.group(2));
      int mm = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      int ss = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      if (mm > 59 || ss > 59) {
        return unreadable();
      }
      seconds += (m.group(1).equals("-") ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
    }
    ZoneOffset offset;
    try {
      offset = ZoneOffset.ofTotalSeconds(seconds);
    } catch (DateTimeException e) {
      return unreadable();
    }
    return new Parsed(Kind.INSTANT, local, offset, List.of(), zone, remark);
  }
}
