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
  void plainDefaultValidatorRejectsATwoLineHeadline() {
    assertThat(output(PlainBeanValidation::run).lines())
        .containsExactly("headline: must be a single line (line break at index 22)");
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
