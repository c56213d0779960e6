package dev.byline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every example runs and prints what its README section says it prints. */
class ExamplesTest {

  static String output(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void buildAnArticlePrintsTheSeedHeadlineSpeakerAndRightsVerdict() {
    String out = output(BuildAnArticle::run);

    assertThat(out)
        .contains("Headline: Secretary general: NATO willing to listen to Russia, won\u2019t \u2018compromise on core principles\u2019")
        .contains("Quote:    \u201ccompromise on core principles.\u201d")
        .contains("Speaker:  Jens Stoltenberg, Secretary-General, NATO (cue: stated)")
        .contains("Location: paragraph 0[234, 264)")
        .contains("May I publish it? PROHIBITED")
        .contains("May I redistribute it? PROHIBITED")
        .contains("May I quote it? ASK");
  }

  @Test
  void validateAnArticlePrintsEveryViolationWithItsPath() {
    String out = output(ValidateAnArticle::run);

    assertThat(out.lines())
        .containsExactly(
            "Valid article: valid",
            "language [language.notLanguageTag] must be a well-formed BCP 47 language tag such as en or en-GB \u2014 was \"en_GB\"",
            "quotes[0].location [location.mismatch] does not cover exactly the quotation's text \u2014 was paragraph 0[235, 265)",
            "subheadline [subheadline.multiline] must be a single line (line break at index 18) \u2014 was \"Stoltenberg speaks\\nat NATO headquarters\"");
  }

  @Test
  void jsonRoundTripReadsBackEqualAndShowsTheStrictError() {
    String out = output(JsonRoundTrip::run);

    assertThat(out).contains("read back equal: true")
        .contains("error kind:    UNKNOWN_PROPERTY")
        .contains("error pointer: /quotes/0/attribution/source/age")
        .contains("unknown property \"age\" in an agent at /quotes/0/attribution/source/age (line 1, column");
  }

  @Test
  void readingTheSeedListsItsNineQuotationsAndItsRights() {
    String out = output(ReadTheSeed::run);

    assertThat(out).contains("Credit:   Getty")
        .contains("Tags:     [Jens Stoltenberg, Post-Soviet conflicts, Russia\u2013NATO relations]")
        .contains("9 quotations:")
        .contains("paragraph 6[1, 329) full \u201cI welcome Allies contributing additional forces\u2026\u201d"
            + " \u2014 Jens Stoltenberg (Secretary-General), cue \u201csaid\u201d, in a statement")
        .contains("headline[60, 89) partial \u201ccompromise on core principles\u201d \u2014 Jens Stoltenberg (Secretary-General)")
        .contains("May I publish it? PROHIBITED", "May I redistribute it? PROHIBITED", "May I quote it? ASK");
    assertThat(out.lines().filter(l -> l.startsWith("  "))).hasSize(9);
  }

  @Test
  void ownMapperCarriesBylineQuotesInsideItsOwnDocument() {
    String out = output(OwnJsonMapper::run);

    assertThat(out).startsWith("{\"nato-desk\":[{\"text\":\"compromise on core principles.\"")
        .contains("read back equal: true");
  }

  @Test
  void plainDefaultValidatorRejectsATwoLineHeadline() {
    assertThat(output(PlainBeanValidation::run).lines())
        .containsExactly("headline: must be a single line (line break at index 22)");
  }

  @Test
  void exportToNewsFormatsSaysWhatNinjsLosesAndCarriesQuotationsToSchemaOrg() {
    String out = output(ExportToNewsFormats::run);

    assertThat(out).contains("ninjs 3.1: {\"uri\":\"urn:uuid:")
        .contains("ninjs lost: [quotes: 9 quotations (ninjs has no quotations)]")
        .contains("schema.org: {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"")
        .contains("schema.org Quotation items: 9");
  }

  @Test
  void tourRunsEveryExampleInOrder() {
    String out = output(Tour::run);

    assertThat(out).startsWith("Byline tour: news articles as data");
    int previous = -1;
    for (String title : Tour.examples().keySet()) {
      int at = out.indexOf("== " + title + " ==");
      assertThat(at).as(title).isGreaterThan(previous);
      previous = at;
    }
    assertThat(out).contains("May I publish it? PROHIBITED");
  }
}
