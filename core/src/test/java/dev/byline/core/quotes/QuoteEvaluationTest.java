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
 * <p>It prints the figures of both halves ({@code dev} and {@code test}) and the list of their
 * misses, and fails when a figure of either half falls below its floor (the figures the finder
 * reached, rounded down a little, so that no later change loses them silently). Both halves are
 * development data: {@code test} was held out and measured once, on 2026-11-30 (span F1 exact
 * 0.946, end-to-end F1 0.851, kind 97.7%, right person 91.2%, full name 84.5%, anonymous
 * explicitly unknown 80.0%, cue 90.2%), and has been developed on since. The held-out part,
 * {@code heldout} (180 passages annotated later, by annotators who never saw the finder; see
 * {@code corpus/CONVENTIONS.md}), is never developed on: its figures are printed only with
 * {@code -Dbyline.quotes.heldOut=figures}, and its misses never.
 */
class QuoteEvaluationTest {
  static List<QuoteEvaluation.Passage> corpus;
  static QuoteEvaluation.Score dev;
  static QuoteEvaluation.Score test;
  static QuoteEvaluation.Score dev2;
  static QuoteEvaluation.Score dev3;

  @BeforeAll
  static void score() {
    corpus = QuoteEvaluation.corpus();
    dev = QuoteEvaluation.score(corpus, "dev");
    test = QuoteEvaluation.score(corpus, "test");
    dev2 = QuoteEvaluation.score(corpus, "dev2");
    dev3 = QuoteEvaluation.score(corpus, "dev3");
  }

  @Test
  void theCorpusHoldsEveryAnnotatedPassageOfBothHalves() {
    assertThat(dev.passages).isEqualTo(124);
    assertThat(dev.gold).isEqualTo(557);
    assertThat(test.passages).isEqualTo(65);
    assertThat(test.gold).isEqualTo(227);
    assertThat(dev2.passages).isEqualTo(118);
    assertThat(dev2.gold).isEqualTo(423);
    assertThat(dev3.passages).isEqualTo(385);
    assertThat(dev3.gold).isEqualTo(1706);
  }

  /** System property: {@code figures} prints the held-out part's table (never its misses). */
  static final String HELD_OUT = "byline.quotes.heldOut";

  @Test
  void theHeldOutPartIsThereAndItsFiguresArePrintedOnlyOnRequest() {
    QuoteEvaluation.Score heldOut = QuoteEvaluation.score(corpus, "heldout");
    if ("figures".equals(System.getProperty(HELD_OUT))) {
      System.out.print(heldOut.table());
    }

    assertThat(heldOut.passages).isEqualTo(180);
    assertThat(heldOut.gold).isEqualTo(826);
  }

  @Test
  void bothHalvesFiguresAndMissesArePrinted() {
    StringBuilder out = new StringBuilder();
    for (QuoteEvaluation.Score s : List.of(dev, test, dev2, dev3)) {
      out.append(s.table());
      out.append("misses on ").append(s.split).append(" (").append(s.misses.size()).append("):\n");
      s.misses.forEach(m -> out.append("  ").append(m).append('\n'));
    }
    System.out.print(out);

    assertThat(dev.reported).isPositive();
    assertThat(test.reported).isPositive();
    assertThat(dev2.reported).isPositive();
    assertThat(dev3.reported).isPositive();
  }

  @Test
  void devSpansStayAboveTheirFloor() {
    assertThat(dev.exactF1()).as("span F1, exact").isGreaterThanOrEqualTo(0.985);
    assertThat(dev.overlapF1()).as("span F1, overlap").isGreaterThanOrEqualTo(0.985);
    assertThat(dev.kindAccuracy()).as("kind").isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void devSpeakersStayAboveTheirFloor() {
    assertThat(dev.rightPersonAccuracy()).as("right person").isGreaterThanOrEqualTo(0.90);
    assertThat(dev.fullNameAccuracy()).as("full name").isGreaterThanOrEqualTo(0.88);
    assertThat(dev.anonymousAccuracy()).as("anonymous explicitly unknown").isGreaterThanOrEqualTo(0.95);
    assertThat(dev.cueAccuracy()).as("cue").isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void devEndToEndStaysAboveItsFloor() {
    assertThat(dev.endToEndF1()).as("end to end F1").isGreaterThanOrEqualTo(0.92);
  }

  @Test
  void dev2StaysAboveItsFloor() {
    assertThat(dev2.exactF1()).as("span F1, exact").isGreaterThanOrEqualTo(0.955);
    assertThat(dev2.kindAccuracy()).as("kind").isGreaterThanOrEqualTo(0.965);
    assertThat(dev2.rightPersonAccuracy()).as("right person").isGreaterThanOrEqualTo(0.87);
    assertThat(dev2.fullNameAccuracy()).as("full name").isGreaterThanOrEqualTo(0.855); // 0.86 until a plural's
    // possessive inside a single quotation stopped closing it: one more quotation found, its speaker by a short name
    assertThat(dev2.anonymousAccuracy()).as("anonymous explicitly unknown").isGreaterThanOrEqualTo(0.80);
    assertThat(dev2.cueAccuracy()).as("cue").isGreaterThanOrEqualTo(0.86);
    assertThat(dev2.endToEndF1()).as("end to end F1").isGreaterThanOrEqualTo(0.83);
  }

  /**
   * {@code dev3} (2026-12-01): 385 passages of news and magazine text from new sources, each batch
   * measured once before any rule was written from it (see {@code corpus/CONVENTIONS.md}), developed on
   * since. The 62 passages of 2023 news added in the eleventh session brought their own misses (the
   * anonymous floor went from 0.92 to 0.88 with them), and so did the 47 of the twelfth (kind from
   * 0.975 to 0.97, cue from 0.87 to 0.86).
   */
  @Test
  void dev3StaysAboveItsFloor() {
    assertThat(dev3.exactF1()).as("span F1, exact").isGreaterThanOrEqualTo(0.96);
    assertThat(dev3.kindAccuracy()).as("kind").isGreaterThanOrEqualTo(0.97);
    assertThat(dev3.rightPersonAccuracy()).as("right person").isGreaterThanOrEqualTo(0.81);
    assertThat(dev3.fullNameAccuracy()).as("full name").isGreaterThanOrEqualTo(0.78);
    assertThat(dev3.anonymousAccuracy()).as("anonymous explicitly unknown").isGreaterThanOrEqualTo(0.88);
    assertThat(dev3.cueAccuracy()).as("cue").isGreaterThanOrEqualTo(0.86);
    assertThat(dev3.endToEndF1()).as("end to end F1").isGreaterThanOrEqualTo(0.79);
  }

  @Test
  void testSpansStayAboveTheirFloor() {
    assertThat(test.exactF1()).as("span F1, exact").isGreaterThanOrEqualTo(0.965);
    assertThat(test.overlapF1()).as("span F1, overlap").isGreaterThanOrEqualTo(0.965);
    assertThat(test.kindAccuracy()).as("kind").isGreaterThanOrEqualTo(0.975);
  }

  @Test
  void testSpeakersStayAboveTheirFloor() {
    assertThat(test.rightPersonAccuracy()).as("right person").isGreaterThanOrEqualTo(0.93);
    assertThat(test.fullNameAccuracy()).as("full name").isGreaterThanOrEqualTo(0.92);
    assertThat(test.anonymousAccuracy()).as("anonymous explicitly unknown").isGreaterThanOrEqualTo(0.97);
    assertThat(test.cueAccuracy()).as("cue").isGreaterThanOrEqualTo(0.91);
  }

  @Test
  void testEndToEndStaysAboveItsFloor() {
    assertThat(test.endToEndF1()).as("end to end F1").isGreaterThanOrEqualTo(0.925);
  }
}
