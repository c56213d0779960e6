package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass search for unlocated quotations answers exactly what {@link String#contains} on the
 * headline and on each paragraph answers, pattern by pattern.
 */
class TextSearchTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** Small alphabets make overlaps, shared prefixes, suffixes of other patterns and repeats common. */
  static String random(Random r, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void answersAsStringContainsDoesOnEachPart(long seed) {
    Random r = new Random(seed);
    String alphabet = r.nextBoolean() ? "ab" : "abc\uD83D\uDE00";
    String headline = random(r, alphabet, 12);
    List<String> paragraphs = new ArrayList<>();
    for (int i = r.nextInt(4); i > 0; i--) {
      paragraphs.add(random(r, alphabet, 40));
    }
    String[] patterns = new String[1 + r.nextInt(12)];
    for (int i = 0; i < patterns.length; i++) {
      patterns[i] = i > 0 && r.nextInt(4) == 0 ? patterns[r.nextInt(i)] : random(r, alphabet, 8);
    }

    boolean[] found = TextSearch.occurrences(patterns, headline, paragraphs);

    for (int i = 0; i < patterns.length; i++) {
      String p = patterns[i];
      boolean expected = headline.contains(p) || paragraphs.stream().anyMatch(t -> t.contains(p));
      assertThat(found[i]).as("%s in %s / %s", p, headline, paragraphs).isEqualTo(expected);
    }
  }

  @Test
  void aQuotationAcrossTwoParagraphsIsNotFound() {
    boolean[] found = TextSearch.occurrences(new String[] {"end. Start"}, "Headline", List.of("The end.", "Start here."));

    assertThat(found).containsExactly(false);
  }

  @Test
  void theEmptyTextIsFoundEvenInAnEmptyArticle() {
    assertThat(TextSearch.occurrences(new String[] {""}, "", List.of())).containsExactly(true);
  }

  @Test
  void patternsThatAreSuffixesOfEachOtherAreAllFound() {
    boolean[] found =
        TextSearch.occurrences(new String[] {"dialogue", "logue", "ogue", "e", "dialog", "x"}, "", List.of("our dialogue"));

    assertThat(found).containsExactly(true, true, true, true, true, false);
  }

  @Test
  void patternsBeyondOneBatchAreAllLookedFor() {
    int length = TextSearch.BATCH_CHARS / 3 + 1;
    String[] patterns = {"a".repeat(length) + "1", "a".repeat(length) + "2", "a".repeat(length) + "3", "b"};
    String text = "a".repeat(length) + "2";

    assertThat(TextSearch.occurrences(patterns, "", List.of(text))).containsExactly(false, true, false, false);
  }
}
