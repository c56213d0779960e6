package dev.byline.core.quotes;

import dev.byline.Quote;
import dev.byline.fixtures.GrowthWarmUp;
import java.util.Collections;
import java.util.List;
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
 * Adversarial growth of {@link QuoteFinder#find(String, List)} (the project's growth convention:
 * {@code .ci/growth core}): for each family of hostile input, {@code scale} × 2,000 repetitions of a
 * unit of text (10,000 to about 60,000 characters at 1×), in the headline or the body. Linear time
 * means the cost per unit stays flat from 1× to 100×.
 *
 * <p>Families: every quotation mark the finder knows, paired, in the headline and the body
 * ({@code “ ” " ‘ ’ ' „ “ ‚ ‘ « » ‹ ›}), straight single marks that open and never close (once 9.9 s
 * for 100,000), marks that never close, closing marks alone, apostrophes and elisions, colons in a
 * headline, cue verbs, quotations with cues and pronouns, an endless run of capitalised words,
 * titles before names, a paragraph without marks, many short paragraphs, many different names,
 * one surname shared by many people, a chain of quotations joined by "and", appositives, and
 * parentheses that never close.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
public class QuoteGrowthBenchmark {
  /** Repetitions of the family's unit at scale 1. */
  static final int UNITS = 2_000;

  @Param({
    "headlineDoubleMarks", "headlineSingleMarks", "headlineStraightSingleOpeners", "headlineColons",
    "bodyDoubleMarks", "bodySingleMarks", "bodyStraightSingleOpeners", "unclosedOpeners", "closersOnly",
    "apostrophes", "cueVerbs", "attributedQuotes", "capitalisedRun", "titlesAndNames", "pronouns",
    "noMarks", "manyShortParagraphs", "manyNames", "sharedSurname", "quoteChain", "appositives",
    "openParentheses"
  })
  public String family;

  @Param({"1", "10", "100"})
  public int scale;

  private String headline;
  private List<String> paragraphs;

  @Setup
  public void setUp() {
    input(UNITS / 10);
    // compiled before the first measured call, whatever the scale: short warm-ups meet long calls
    GrowthWarmUp.run(QuoteGrowthBenchmark.class, 50, GrowthWarmUp.NO_TIME_BOUND, this::find);
    input(UNITS * scale);
  }

  private void input(int n) {
    headline = "Headline";
    paragraphs = List.of();
    switch (family) {
      case "headlineDoubleMarks" -> headline = "\u201ca\u201d \"a\" \u201ea\u201c \u00aba\u00bb \u00bba\u00ab ".repeat(n);
      case "headlineSingleMarks" -> headline = "\u2018a\u2019 'a' \u201aa\u2018 \u2039a\u203a \u203aa\u2039 ".repeat(n);
      case "headlineStraightSingleOpeners" -> headline = " 'a".repeat(n);
      case "headlineColons" -> headline = "A b: \u2018c\u2019 ".repeat(n);
      case "bodyDoubleMarks" -> body("\u201ca\u201d \"a\" \u201ea\u201c \u00ab a \u00bb \u00bba\u00ab ".repeat(n));
      case "bodySingleMarks" -> body("\u2018a\u2019 'a' \u201aa\u2018 \u2039a\u203a \u203aa\u2039 ".repeat(n));
      case "bodyStraightSingleOpeners" -> body(" 'a".repeat(n));
      case "unclosedOpeners" -> {
        headline = "\u201ca \u2018a ".repeat(n);
        paragraphs = List.of("\u201ca \u201ea \u00aba ".repeat(n), "\u2018a 'a \u201aa \u2039a ".repeat(n));
      }
      case "closersOnly" -> body("\u201d \u2019 \u00bb \u203a \u201c \u2018 ".repeat(n));
      case "apostrophes" -> body("won\u2019t \u201990s rock\u2019n\u2019roll voters\u2019 it's ".repeat(n));
      case "cueVerbs" -> body("said told added went on according to \u201ca\u201d ".repeat(n));
      case "attributedQuotes" -> body("\u201cA,\u201d said Tom Hill. \u201cB,\u201d he said. \u201cC.\u201d ".repeat(n));
      case "capitalisedRun" -> body("Xx Yy Zz ".repeat(n) + "\u201ca\u201d");
      case "titlesAndNames" -> body("Secretary-General Jens Stoltenberg said \u201ca\u201d ".repeat(n));
      case "pronouns" -> body("he she it they \u201ca,\u201d he said. It said \u201cb\u201d ".repeat(n));
      case "noMarks" -> body("x ".repeat(5 * n));
      case "manyShortParagraphs" -> paragraphs = Collections.nCopies(n, "\u201cA,\u201d she said.");
      case "manyNames" -> body(names(n, " said \u201ca.\u201d "));
      case "sharedSurname" -> body(names(n, " Smith said \u201ca.\u201d "));
      case "quoteChain" -> body("\u201ca,\u201d and ".repeat(n));
      case "appositives" -> body("Jane Doe, the mayor of Xx Yy, said \u201ca\u201d ".repeat(n));
      case "openParentheses" -> body("( x ".repeat(n) + "said \u201ca\u201d ".repeat(n));
      default -> throw new IllegalArgumentException("unknown family " + family);
    }
  }

  private void body(String paragraph) {
    paragraphs = List.of(paragraph);
  }

  /** {@code n} different two-word names ("Aaax Leea", "Baax Leea", …), each followed by {@code after}. */
  static String names(int n, String after) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('A' + i % 26)).append((char) ('a' + i / 26 % 26)).append((char) ('a' + i / 676 % 26))
          .append("x Lee").append((char) ('a' + i / 17_576 % 26)).append(after);
    }
    return b.toString();
  }

  @Benchmark
  public List<Quote> find() {
    return QuoteFinder.find(headline, paragraphs);
  }
}
