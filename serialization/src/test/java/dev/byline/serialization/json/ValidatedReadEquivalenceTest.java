package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.core.validation.ValidationReport;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Breakage;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.SeedArticle;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading with validation validates as it reads: the reader notes which kinds of character (control
 * characters, line breaks) its strings hold, and validation skips the scans that would find nothing.
 * The outcome must be exactly that of reading without validation and then validating the value:
 * the same value when it is valid, else {@code INVALID_CONTENT} with the same report (paths,
 * pointers, codes, messages, values, order) — on generated articles, valid and broken (seeded
 * here, fuzzed by Jazzer in {@code .ci/fuzz}).
 */
class ValidatedReadEquivalenceTest {
  private static final ArticleJson TRUSTED = ArticleJson.builder().validation(false).build();
  private static final ArticleJson VALIDATING = ArticleJson.builder().validator(TestClock.VALIDATOR).build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void theSeedArticleReadsAsItWasWritten() {
    String json = TRUSTED.write(SeedArticle.ARTICLE);

    assertThat(VALIDATING.read(json)).isEqualTo(SeedArticle.ARTICLE);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedValidArticlesReadAsTheyWereWritten(long seed) {
    Article article = ArticleGenerator.article(Choices.seeded(seed));

    assertThat(VALIDATING.read(TRUSTED.write(article))).isEqualTo(article);
    assertThat(VALIDATING.read(TRUSTED.writeBytes(article))).isEqualTo(article);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedBrokenArticlesGiveTheReportOfValidatingAfterReading(long seed) {
    assertSameAsValidatingAfterReading(Breakage.article(Choices.seeded(seed)));
  }

  /** Generated articles broken zero to four times, as Jazzer chooses (a plain run replays saved inputs). */
  @FuzzTest(maxExecutions = 20_000, maxDuration = "20s")
  void generatedArticlesGiveTheReportOfValidatingAfterReadingFuzzed(FuzzedDataProvider data) {
    assertSameAsValidatingAfterReading(Breakage.possiblyBroken(new FuzzChoices(data)));
  }

  private static void assertSameAsValidatingAfterReading(Article broken) {
    String json = TRUSTED.write(broken);
    Article read;
    try {
      read = TRUSTED.read(json);
    } catch (ArticleJsonException e) {
      // a lone surrogate, a list over its limit: the reader refuses it before any validation
      ArticleJsonException validating = catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(json));
      assertThat(validating.getKind()).isEqualTo(e.getKind()).isNotEqualTo(Kind.INVALID_CONTENT);
      assertThat(validating.getPointer()).isEqualTo(e.getPointer());
      assertThat(validating.getMessage()).isEqualTo(e.getMessage());
      return;
    }
    ValidationReport expected = TestClock.VALIDATOR.validate(read);

    assertSameOutcome(json, read, expected);
    assertSameOutcome(new String(TRUSTED.writeBytes(broken), StandardCharsets.UTF_8), read, expected);
  }

  /** The broken articles above test the skipped scans: many break a text rule the reader's kinds decide. */
  @Test
  void manyGeneratedBrokenArticlesAreReadAndBreakALineOrControlCharacterRule() {
    int read = 0;
    int textRules = 0;
    for (long seed : seeds().toArray()) {
      try {
        ValidationReport report = TestClock.VALIDATOR.validate(TRUSTED.read(TRUSTED.write(Breakage.article(Choices.seeded(seed)))));
        read++;
        if (report.getCodes().stream().anyMatch(c -> c.endsWith(".multiline") || c.endsWith(".controlCharacter"))) {
          textRules++;
        }
      } catch (ArticleJsonException e) {
        // refused by the reader: the other test checks it is refused alike
      }
    }

    assertThat(read).isGreaterThanOrEqualTo(100);
    assertThat(textRules).isGreaterThanOrEqualTo(30);
  }

  private static void assertSameOutcome(String json, Article read, ValidationReport expected) {
    if (expected.isValid()) {
      assertThat(VALIDATING.read(json)).isEqualTo(read);
      return;
    }
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(json));
    assertThat(e.getKind()).isEqualTo(Kind.INVALID_CONTENT);
    assertThat(e.getValidationReport().orElseThrow().getViolations()).containsExactlyElementsOf(expected.getViolations());
    ArticleJsonException fromBytes =
        catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(fromBytes.getValidationReport().orElseThrow().getViolations()).containsExactlyElementsOf(expected.getViolations());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\n", "\\r", "\\u0085", "\\u2028", "\\u2029"})
  void aLineBreakInTheHeadlineIsReportedWhereverTheOtherTextsAreClean(String lineBreak) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(
        "{\"formatVersion\":\"1.0\",\"headline\":\"Two" + lineBreak + "lines\",\"paragraphs\":[\"Plain text.\"]}"));

    assertThat(e.getValidationReport().orElseThrow().getCodes()).contains("headline.multiline");
  }

  @Test
  void aLineBreakInAParagraphIsAllowedButMakesTheHeadlineBeCheckedToo() {
    Article a = VALIDATING.read("{\"formatVersion\":\"1.0\",\"headline\":\"One line\",\"paragraphs\":[\"Two\\nlines\"]}");
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(
        "{\"formatVersion\":\"1.0\",\"headline\":\"Two\\u2028lines\",\"paragraphs\":[\"Two\\nlines\"]}"));

    assertThat(a.getParagraphs()).containsExactly("Two\nlines");
    assertThat(e.getValidationReport().orElseThrow().getCodes()).containsExactly("headline.multiline");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\u0007", "\\r", "\\u007f", "\\u0085", "\\u009f"})
  void aControlCharacterInAQuotationsCueIsReported(String control) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> VALIDATING.read(
        "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":[\"He said yes.\"],"
            + "\"quotes\":[{\"text\":\"yes\",\"attribution\":{\"cue\":\"sa" + control + "id\"}}]}"));

    assertThat(e.getValidationReport().orElseThrow().getCodes()).contains("cue.controlCharacter");
  }

  @Test
  void aTabIsNoControlCharacterToReport() {
    Article a = VALIDATING.read("{\"formatVersion\":\"1.0\",\"headline\":\"H\\tH\",\"paragraphs\":[\"a\\tb\"]}");

    assertThat(a.getHeadline()).isEqualTo("H\tH");
  }
}
