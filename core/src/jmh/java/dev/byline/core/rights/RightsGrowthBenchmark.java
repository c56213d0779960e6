package dev.byline.core.rights;

import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.fixtures.GrowthWarmUp;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Adversarial growth of the notice reader ({@link RightsNotices#parse(String)}) and the ODRL export
 * ({@link OdrlPolicies#toJsonLd(RightsNotice)}): for each family of hostile text — repetitions of
 * every sign, separator and token the reader searches for, long runs without an end — the text is
 * the family's unit repeated to {@code scale} times 10,000 chars (the input unit is the char), and
 * the cost per char must stay flat across 1×, 10× and 100× ({@code .ci/growth core}).
 * {@link #scan()} is the baseline in the same run: one pass over every char of the text, the least
 * any reading must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(value = 1, jvmArgsAppend = "-Xbatch") // compile before running on: measure compiled code at every scale
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RightsGrowthBenchmark {
  /** Chars of hostile text at scale 1. */
  static final int CHARS = 10_000;
  /** How long the setup runs the three methods on the 1× text, so that every scale is measured compiled. */
  static final Duration WARM_UP_TIME = Duration.ofSeconds(2);

  /** The kind of hostile text. */
  @Param({
    "signs", "signsAndYears", "nonLatin1", "surrogatePairs", "parenC", "copyrightWords", "yearLists",
    "separators", "pictureCredits", "commasAndLegalForms", "allRightsReserved", "prohibitions",
    "longNameWithoutEnd", "oneLongWord", "sentenceDots", "licences", "menusAndFurniture", "addresses",
    "namesBeforeSigns", "bracketsAndQuotes", "connectors", "escapes", "ownersAndProperty", "spaceRuns",
    "prepositionsInNames", "reservationsBeforeSigns"
  })
  public String family;

  /** The input size, in units of 10,000 chars. */
  @Param({"1", "10", "100"})
  public int scale;

  private String text;
  private RightsNotice notice;

  @Setup
  public void setUp() {
    text = text(family, scale);
    notice = notice(text);
    // JIT warm-up on the 1× text: the short warm-up iterations of .ci/growth would otherwise measure
    // the small scale partly interpreted on a busy machine, and make it look dearer per char
    // (in full in the first trial of a JVM, a tenth of it in later ones: GrowthWarmUp)
    String small = text(family, 1);
    RightsNotice smallNotice = notice(small);
    GrowthWarmUp.run(RightsGrowthBenchmark.class, Integer.MAX_VALUE, WARM_UP_TIME,
        () -> RightsNotices.parse(small).getRecognised().size() + OdrlPolicies.toJsonLd(smallNotice).length()
            + scan(small));
  }

  static RightsNotice notice(String text) {
    return RightsNotice.builder().text(text).holder(text).allRightsReserved(true)
        .prohibitedUses(EnumSet.allOf(Use.class)).build();
  }

  /** The family's text at a scale: its head, its unit repeated to {@code scale × CHARS} chars, its tail. */
  static String text(String family, int scale) {
    String[] parts = family(family);
    int chars = CHARS * scale;
    StringBuilder b = new StringBuilder(chars + parts[0].length() + parts[1].length() + parts[2].length());
    b.append(parts[0]);
    while (b.length() < chars) {
      b.append(parts[1]);
    }
    return b.append(parts[2]).toString();
  }

  /** The family's text: a head, the unit repeated, a tail. */
  static String[] family(String name) {
    return switch (name) {
      case "signs" -> new String[] {"", "© ", ""};
      case "signsAndYears" -> new String[] {"", "© 2023 ", ""};
      case "nonLatin1" -> new String[] {"ⓒ", "© 2023 ", ""}; // issue 15: 20 s at 1.4 million chars before
      case "surrogatePairs" -> new String[] {"", "\uD83D\uDCF0 © 2023 Example ", ""};
      case "parenC" -> new String[] {"", "(c) ", ""};
      case "copyrightWords" -> new String[] {"", "Copyright ", ""};
      case "yearLists" -> new String[] {"© ", "2019, 2020-2021/2022 – ", "Example"};
      case "separators" -> new String[] {"© 2024 ", "Example | Example · Example • Example - ", ""};
      case "pictureCredits" -> new String[] {"", "Caption. © dpa | Max Mustermann ", ""};
      case "commasAndLegalForms" -> new String[] {"", "© Example Ltd, Example Inc., Example, S.L.U. & Co. KG ", ""};
      case "allRightsReserved" -> new String[] {"© Example. ",
          "All rights reserved. Alle Rechte vorbehalten. Tüm hakları saklıdır. All rights resderved 版权所有 ", ""};
      case "prohibitions" -> new String[] {"© Example. ",
          "This material may not be published, broadcast, rewritten or redistributed. 무단 전재 금지 ", ""};
      case "longNameWithoutEnd" -> new String[] {"© ", "Example ", ""};
      case "oneLongWord" -> new String[] {"© ", "xxxxxxxxxx", ""};
      case "sentenceDots" -> new String[] {"© ", "a. A", ""};
      case "licences" -> new String[] {"", "CC BY-NC-SA 4.0 creativecommons.org/licenses/by/4.0/ Creative Commons ", ""};
      case "menusAndFurniture" -> new String[] {"",
          "© Example Privacy TermsImpressum Home About Powered by www.example.com info@example.com ", ""};
      case "addresses" -> new String[] {"", "© Example 12 Main Street Avda Example 25 Hauptstraße 1, 12345 ", ""};
      case "namesBeforeSigns" -> new String[] {"", "Example Verlag © 2024 ", ""};
      case "bracketsAndQuotes" -> new String[] {"© Example ", "(Example) „Example“ (", ""};
      case "connectors" -> new String[] {"© Example ", "und/oder/mit ", ""};
      case "escapes" -> new String[] {"© ", "\"\\\u0001\uD800 ", ""};
      case "ownersAndProperty" -> new String[] {"All rights reserved. ",
          "© Example | Part of Example Media Ltd. Data is the property of Example Inc. Logos are the property of "
              + "© All rights reserved. Operated by Example Ltd | Part of ", ""};
      case "prepositionsInNames" -> new String[] {"© 2024 Example ", "on Example of Relations and Example ", "Inc."};
      case "reservationsBeforeSigns" -> new String[] {"Example ", "| All rights reserved | Copyright 2023 | About ", ""};
      case "spaceRuns" -> new String[] {"", "©  2024\u00a0\u00a0Example \t Media  Ltd  |\t", ""};
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Reads the hostile text as a notice. */
  @Benchmark
  public RightsReading parse() {
    return RightsNotices.parse(text);
  }

  /** Writes a notice whose text and holder are the hostile text as an ODRL policy. */
  @Benchmark
  public String toJsonLd() {
    return OdrlPolicies.toJsonLd(notice);
  }

  /** Baseline: one pass over every char of the text. */
  @Benchmark
  public long scan() {
    return scan(text);
  }

  static long scan(String text) {
    long sum = 0;
    for (int i = 0; i < text.length(); i++) {
      sum += text.charAt(i);
    }
    return sum;
  }
}
