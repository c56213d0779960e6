package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Quote;
import dev.byline.TextLocation;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any text: the finder never throws, every quotation it reports covers its text exactly and every
 * attribution it gives is valid, also on megabyte-long adversarial paragraphs and headlines. Time is
 * not measured here: {@code QuoteGrowthBenchmark} (JMH, benchmarks profile, checked by
 * {@code .ci/growth core}) holds the cost per character of each hostile family within 2x from 1x to
 * 100x its size.
 */
class QuoteFinderRobustnessTest {
  static Stream<String> megabyteParagraphs() {
    return Stream.of(
        "\u201ca,\u201d said Tom Hill. ".repeat(50_000),
        "\u201c".repeat(1_000_000),
        "\u2018a won\u2019t ".repeat(100_000),
        "Secretary-General Jens Stoltenberg said ".repeat(25_000) + "\u201cyes\u201d",
        ". ".repeat(500_000),
        "\u201c" + "x".repeat(1_000_000));
  }

  @ParameterizedTest
  @MethodSource("megabyteParagraphs")
  void megabyteAdversarialParagraphsAreReadAndEveryQuotationCoversItsText(String paragraph) {
    assertThat(paragraph.length()).isGreaterThanOrEqualTo(900_000);
    List<Quote> quotes = QuoteFinder.find("H", List.of(paragraph));
    assertCoversText("H", List.of(paragraph), quotes);
  }

  static Stream<String> megabyteHeadlines() {
    return Stream.of(
        "\u201ca\u201d ".repeat(250_000),
        " 'a".repeat(340_000),
        "Secretary general: \u2018a\u2019 ".repeat(40_000),
        "\u201ea\u201c \u00aba\u00bb \u2039a\u203a \u201aa\u2018 ".repeat(60_000),
        "\u201ca \u2018a \u00aba ".repeat(100_000));
  }

  @ParameterizedTest
  @MethodSource("megabyteHeadlines")
  void megabyteAdversarialHeadlinesAreReadAndEveryQuotationCoversItsText(String headline) {
    assertThat(headline.length()).isGreaterThanOrEqualTo(900_000);
    List<Quote> quotes = QuoteFinder.find(headline, List.of("Body."));
    assertCoversText(headline, List.of("Body."), quotes);
  }

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTextNeverThrowsAndEveryLocationCoversItsText(int seed) {
    Random random = new Random(seed);
    String[] pieces = {"\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", " ", ".", ",", ":", "said", "Tom Hill", "she",
        "according to", "NATO", "Secretary-General", "Jens Stoltenberg", "\n", "\uD83D\uDE00", "x", "Yes", "\u0000",
        "\u201e", "\u00ab", "\u00bb", "\u2039", "\u203a", "\u201a", "\u00a0", "(", ")", "Mr.", "the company", "it",
        "a spokesperson for", "called", "Ms", "\r", "\u2028", "went on", "Asked"};
    String headline = build(random, pieces, 8);
    List<String> paragraphs = List.of(build(random, pieces, 30), build(random, pieces, 30), build(random, pieces, 30));
    assertCoversText(headline, paragraphs, QuoteFinder.find(headline, paragraphs));
  }

  // Property: for any headline and paragraphs, find never throws and each quote's location covers its text.
  @FuzzTest(maxExecutions = 100_000, maxDuration = "20s")
  void arbitraryTextNeverThrows(FuzzedDataProvider data) {
    String headline = data.consumeString(200);
    List<String> paragraphs = List.of(data.consumeString(2000), data.consumeString(2000), data.consumeRemainingAsString());
    assertCoversText(headline, paragraphs, QuoteFinder.find(headline, paragraphs));
  }

  static String build(Random random, String[] pieces, int max) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(max);
    for (int i = 0; i < n; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  static void assertOneCleanLine(String s) {
    assertThat(s).isNotBlank().hasSizeLessThanOrEqualTo(dev.byline.Limits.SHORT_TEXT_MAX_LENGTH);
    assertThat(s.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029)).as(s).isTrue();
  }

  /** Checks each location against its part, walking each part once (quotes come in text order). */
  static void assertCoversText(String headline, List<String> paragraphs, List<Quote> quotes) {
    java.util.Map<Integer, int[]> cursors = new java.util.HashMap<>(); // part -> {char index, code point index}
    for (Quote q : quotes) {
      TextLocation at = q.getLocation().orElseThrow();
      int key = at.isInHeadline() ? -1 : at.getParagraph().getAsInt();
      String part = key < 0 ? headline : paragraphs.get(key);
      int[] cursor = cursors.computeIfAbsent(key, k -> new int[2]);
      assertThat(at.getSpan().getStart()).isGreaterThanOrEqualTo(cursor[1]);
      int from = part.offsetByCodePoints(cursor[0], at.getSpan().getStart() - cursor[1]);
      int to = part.offsetByCodePoints(from, at.getSpan().length());
      assertThat(part.substring(from, to)).isEqualTo(q.getText());
      assertThat(q.getText().codePoints().anyMatch(Character::isLetterOrDigit)).isTrue();
      q.getAttribution().getCue().ifPresent(QuoteFinderRobustnessTest::assertOneCleanLine);
      q.getAttribution().getSource().ifPresent(a -> assertOneCleanLine(a.getName()));
      cursor[0] = to;
      cursor[1] = at.getSpan().getEnd();
    }
  }
}
