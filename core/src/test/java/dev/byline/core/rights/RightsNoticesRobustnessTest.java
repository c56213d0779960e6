package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader takes any text: no exception but the documented {@code NullPointerException} for null,
 * also adversarial text of a hundred kilobytes and more. Time is not measured here:
 * {@code RightsGrowthBenchmark} (JMH, benchmarks profile, checked by {@code .ci/growth core}) holds
 * the cost per character of each hostile family within 2x from 1x to 100x its size.
 */
class RightsNoticesRobustnessTest {
  static Stream<String> adversarial() {
    return Stream.of(
        "© ".repeat(50_000),
        "Copyright ".repeat(10_000),
        "© 2019-".repeat(14_000),
        "2019, ".repeat(16_000),
        "(c)".repeat(33_000),
        "a. A".repeat(25_000),
        "may not be ".repeat(9_000) + "published",
        "creativecommons.org/".repeat(5_000),
        "CC BY-".repeat(16_000),
        "Copyright 2019. ".repeat(6_000),
        "© x (www.".repeat(11_000),
        "x".repeat(100_000) + " © 2020 Example unless",
        "All rights reserved ".repeat(5_000),
        " ".repeat(100_000) + "©",
        "ⓒ" + "© 2023 ".repeat(14_300), // issue 15: code point offsets counted from the start
        "\uD83D\uDCF0 © 2023 Example ".repeat(6_000),
        "Caption. © dpa | Max Mustermann ".repeat(3_200),
        "© Example Ltd, Example Inc., Example, S.L.U. & Co. KG ".repeat(2_000),
        "Example Verlag © 2024 ".repeat(4_600),
        "© Example " + "und/oder/mit ".repeat(8_000),
        "© Example " + "(Example) (".repeat(9_000),
        "© Example Privacy TermsImpressum Home About Powered by www.example.com ".repeat(1_500),
        "© Example 12 Main Street Avda Example 25 Hauptstraße 1, 12345 ".repeat(1_700),
        "© " + "x".repeat(100_000));
  }

  @ParameterizedTest
  @MethodSource("adversarial")
  void adversarialHundredKilobyteTextIsReadAndItsVerbatimTextKept(String text) {
    assertThat(text.length()).isGreaterThanOrEqualTo(50_000);
    assertThat(RightsNotices.parse(text).getNotice().getText()).contains(text);
  }

  @Test
  void oneMegabyteOfNoticesIsReadNoticeByNotice() {
    String text = "© 2019 Example News Ltd. All rights reserved. This material may not be published. ".repeat(12_500);
    assertThat(text.length()).isGreaterThan(1_000_000);

    RightsReading reading = RightsNotices.parse(text);

    assertThat(reading.getNotice().getHolder()).contains("Example News Ltd.");
    assertThat(reading.getHolders()).hasSize(12_500);
  }

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTextNeverThrows(int seed) {
    readsWithoutThrowing(randomNoticeLike(new Random(seed)));
  }

  // Property: for any text at all, parse returns a reading that keeps the text; it never throws.
  @FuzzTest(maxExecutions = 200_000, maxDuration = "20s")
  void arbitraryTextNeverThrows(FuzzedDataProvider data) {
    readsWithoutThrowing(data.consumeRemainingAsString());
  }

  static void readsWithoutThrowing(String text) {
    RightsReading reading = RightsNotices.parse(text);
    if (!text.isBlank()) {
      assertThat(reading.getNotice().getText()).contains(text);
    }
    for (RecognisedPart part : reading.getRecognised()) {
      assertThat(text).contains(part.getText());
    }
  }

  static String randomNoticeLike(Random random) {
    String[] pieces = {"©", "(c)", "Copyright", " ", ". ", "2019", "-", "–", "2023", ",", "Inc.", "Ltd.",
        "All rights reserved", "may not be", "published", "CC", "BY", "-NC", "4.0", "creativecommons.org/licenses/by/",
        "|", "\n", "\u0000", "\uD800", "Example", "GmbH", "&", "S.A.", "by ", "@", "(", ")", "www.", "unless"};
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
