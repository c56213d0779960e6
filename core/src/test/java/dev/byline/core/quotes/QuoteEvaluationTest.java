package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The evaluation of {@link QuoteFinder} on real news passages annotated by hand
 * ({@code corpus/passages.jsonl}, conventions in {@code corpus/CONVENTIONS.md}; how each figure is
 * counted: {@link QuoteEvaluation}). Run it with
 *
 * <pre>
 * ./mvnw -B -q -pl core -am test -Dtest=QuoteEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>It prints the figures of the development half ({@code dev}) and the list of its misses, and
 * fails when a dev figure falls below its floor (the figures the finder reached, so that no later
 * change loses them silently). The held-out half ({@code test}) is never tuned against: its figures
 * are printed only with {@code -Dbyline.quotes.heldOut=figures}, and its individual misses only with
 * {@code -Dbyline.quotes.heldOut=misses}.
 */
class QuoteEvaluationTest {
  /** System property: {@code figures} prints the held-out half's table, {@code misses} its misses too. */
  static final String HELD_OUT = "byline.quotes.heldOut";

  static List<QuoteEvaluation.Passage> corpus;
  static QuoteEvaluation.Score dev;

  @BeforeAll
  static void score() {
    corpus = QuoteEvaluation.corpus();
    dev = QuoteEvaluation.score(corpus, "dev");
  }

  @Test
  void theCorpusHoldsEveryAnnotatedPassageOfBothHalves() {
    QuoteEvaluation.Score test = QuoteEvaluation.score(corpus, "test");

    assertThat(dev.passages).isEqualTo(124);
    assertThat(dev.gold).isEqualTo(557);
    assertThat(test.passages).isEqualTo(65);
    assertThat(test.gold).isEqualTo(227);
  }

  @Test
  void devFiguresAndMissesArePrinted() {
    StringBuilder out = new StringBuilder(dev.table());
    out.append("misses on dev (").append(dev.misses.size()).append("):\n");
    dev.misses.forEach(m -> out.append("  ").append(m).append('\n'));
    String heldOut = System.getProperty(HELD_OUT, "");
    if (heldOut.equals("figures") || heldOut.equals("misses")) {
      QuoteEvaluation.Score test = QuoteEvaluation.score(corpus, "test");
      out.append(test.table());
      if (heldOut.equals("misses")) {
        out.append("misses on test (").append(test.misses.size()).append("):\n");
        test.misses.forEach(m -> out.append("  ").append(m).append('\n'));
      }
    }
    System.out.print(out);

    assertThat(dev.reported).isPositive();
  }

  @Test
  void devSpansStayAboveTheirFloor() {
    assertThat(dev.exactF1()).as("span F1, exact").isGreaterThanOrEqualTo(0.985);
    assertThat(dev.overlapF1()).as("span F1, overlap").isGreaterThanOrEqualTo(0.985);
    assertThat(dev.kindAccuracy()).as("kind").isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void devSpeakersStayAboveTheirFloor() {
    assertThat(dev.rightPersonAccuracy()).as("right person").isGreaterThanOrEqualTo(0.88);
    assertThat(dev.fullNameAccuracy()).as("full name").isGreaterThanOrEqualTo(0.86);
    assertThat(dev.anonymousAccuracy()).as("anonymous explicitly unknown").isGreaterThanOrEqualTo(0.92);
    assertThat(dev.cueAccuracy()).as("cue").isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void devEndToEndStaysAboveItsFloor() {
    assertThat(dev.endToEndF1()).as("end to end F1").isGreaterThanOrEqualTo(0.875);
  }
}
