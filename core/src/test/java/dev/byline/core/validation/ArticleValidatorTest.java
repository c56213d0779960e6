package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.TextLocation;
import dev.byline.YearRange;
import dev.byline.fixtures.SeedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade: complete reports, paths and pointers, safe values, requireValid, parts on their own. */
class ArticleValidatorTest {
  final ArticleValidator validator = ArticleValidator.withClock(EveryConstraintTest.CLOCK);

  @Test
  void editingAParagraphSoAQuoteNoLongerMatchesReportsThatQuote() {
    List<String> paragraphs = new ArrayList<>(SeedArticle.PARAGRAPHS);
    paragraphs.set(2, paragraphs.get(2).replace("We also invite", "We also ask to"));
    Article edited = SeedArticle.ARTICLE.toBuilder().paragraphs(paragraphs).build();

    assertThat(validator.validate(edited).getViolations())
        .extracting(Violation::getPath, Violation::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("quotes[4].location", "location.mismatch"));
  }

  @Test
  void shorteningAParagraphPushesTheLaterQuoteOutside() {
    List<String> paragraphs = new ArrayList<>(SeedArticle.PARAGRAPHS);
    paragraphs.set(2, paragraphs.get(2).replace("We also invite", "We invite"));
    Article edited = SeedArticle.ARTICLE.toBuilder().paragraphs(paragraphs).build();

    assertThat(validator.validate(edited).getCodes()).containsExactly("location.mismatch", "location.outside");
  }

  @Test
  void everyViolationIsReportedAtOnceInPathOrder() {
    Article broken =
        Article.builder()
            .headline("")
            .language("e")
            .addParagraph("\u0000")
            .rights(RightsNotice.builder().years(YearRange.of(2023, 2019)).build())
            .build();

    assertThat(validator.validate(broken).getCodes())
        .containsExactly("headline.blank", "language.notLanguageTag", "paragraphs.controlCharacter", "end.beforeStart");
  }

  @Test
  void violationNamesTheJsonPointerOfTheSamePlace() {
    Quote quote =
        Quote.builder()
            .text("compromise on core principles")
            .attribution(Attribution.of(Person.of(""), "said"))
            .location(TextLocation.inHeadline(60, 89))
            .build();
    List<Quote> quotes = new ArrayList<>(SeedArticle.QUOTES);
    quotes.set(3, quote.toBuilder().location(SeedArticle.QUOTES.get(3).getLocation()).text("not threatening.").build());
    Article article = SeedArticle.ARTICLE.toBuilder().quotes(quotes).build();

    Violation v = validator.validate(article).getViolations().get(0);

    assertThat(v.getPath()).isEqualTo("quotes[3].attribution.source.name");
    assertThat(v.getJsonPointer()).isEqualTo("/quotes/3/attribution/source/name");
    assertThat(v.getCode()).isEqualTo("name.blank");
    assertThat(v.getMessage()).isEqualTo("must not be blank");
    assertThat(v.getInvalidValue()).isEqualTo("\"\"");
  }

  @Test
  void invalidValueIsTruncatedAndControlCharactersAreEscaped() {
    Article article = Article.builder().headline("Bell\u0007 " + "x".repeat(200)).build();

    Violation v = validator.validate(article).getViolations().get(0);

    assertThat(v.getCode()).isEqualTo("headline.controlCharacter");
    assertThat(v.getMessage()).isEqualTo("must not contain the control character U+0007 (at index 4)");
    assertThat(v.getInvalidValue())
        .startsWith("\"Bell\\u0007 xxx")
        .endsWith("\u2026(126 more)\"")
        .doesNotContain("\u0007");
  }

  @Test
  void userTextInAValueIsNeverEvaluatedInTheMessage() {
    for (String hostile : List.of("${1+1}", "#{'a'.concat('b')}", "{dev.byline.blank}", "\\${x}")) {
      Article article = Article.builder().headline(hostile + "\nsecond line").build();

      Violation v = validator.validate(article).getViolations().get(0);

      assertThat(v.getCode()).isEqualTo("headline.multiline");
      assertThat(v.getMessage()).isEqualTo("must be a single line (line break at index " + hostile.length() + ")");
      assertThat(v.getInvalidValue()).contains(hostile.replace("\\", "\\\\"));
      assertThat(v.toString()).doesNotContain("ab\"", "(was \"2");
    }
  }

  @Test
  void duplicateTagMessageIsAboutTheLabelNotItsText() {
    Article article =
        SeedArticle.ARTICLE.toBuilder().addTag(dev.byline.Tag.of("Jens Stoltenberg")).build();

    Violation v = validator.validate(article).getViolations().get(0);

    assertThat(v.getMessage()).isEqualTo("repeats the label of tag 0");
    assertThat(v.getInvalidValue()).isEqualTo("\"Jens Stoltenberg\"");
  }

  @Test
  void theLongestUrlAllowedIsValidAndOneCharMoreIsNot() {
    String base = "https://example.com/";
    Article longest = SeedArticle.ARTICLE.toBuilder()
        .url(java.net.URI.create(base + "a".repeat(dev.byline.Limits.URI_MAX_LENGTH - base.length()))).build();
    Article longer = SeedArticle.ARTICLE.toBuilder()
        .url(java.net.URI.create(base + "a".repeat(dev.byline.Limits.URI_MAX_LENGTH - base.length() + 1))).build();

    assertThat(validator.validate(longest).isValid()).isTrue();
    assertThat(validator.validate(longer).getViolations())
        .extracting(Violation::getCode, Violation::getMessage)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("url.tooLong", "must be at most 8192 characters long"));
  }

  @Test
  void loneSurrogateInAUriIsNamedByIndexAndCode() {
    Article article = SeedArticle.ARTICLE.toBuilder().url(java.net.URI.create("https://example.com/a\uD800")).build();

    Violation v = validator.validate(article).getViolations().get(0);

    assertThat(v.getCode()).isEqualTo("url.controlCharacter");
    assertThat(v.getMessage()).isEqualTo("must not contain the control character U+D800 (at index 21)");
    assertThat(v.getInvalidValue()).isEqualTo("https://example.com/a\\uD800");
  }

  @Test
  void emojiInAUriAreNotLoneSurrogates() {
    Article article =
        SeedArticle.ARTICLE.toBuilder().url(java.net.URI.create("https://example.com/\uD83D\uDE00")).build();

    assertThat(validator.validate(article).isValid()).isTrue();
  }

  @Test
  void timestampsFromYear0000ToYear9999AreValid() {
    Article article = SeedArticle.ARTICLE.toBuilder()
        .published(java.time.OffsetDateTime.parse("0000-01-01T00:00:00Z"))
        .modified(java.time.OffsetDateTime.parse("9999-12-31T23:59:59-18:00"))
        .build();

    assertThat(validator.validate(article).isValid()).isTrue();
  }

  @Test
  void yearTenThousandIsNamedInTheMessage() {
    Article article =
        SeedArticle.ARTICLE.toBuilder().published(java.time.OffsetDateTime.parse("+10000-01-01T00:00:00Z")).build();

    assertThat(validator.validate(article).getViolations())
        .extracting(Violation::getCode, Violation::getMessage, Violation::getInvalidValue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "published.notRfc3339", "must be an RFC 3339 timestamp: a year from 0000 to 9999 and a UTC offset in whole minutes", "+10000-01-01T00:00Z"));
  }

  @Test
  void requireValidReturnsAValidArticleUnchanged() {
    assertThat(validator.requireValid(SeedArticle.ARTICLE)).isSameAs(SeedArticle.ARTICLE);
  }

  @Test
  void requireValidThrowsOneExceptionListingEveryViolation() {
    Article broken = Article.builder().headline(" ").language("en_GB").build();

    assertThatThrownBy(() -> validator.requireValid(broken))
        .isInstanceOf(ValidationFailedException.class)
        .hasMessageStartingWith("Article is not valid: 2 violations:")
        .hasMessageContaining("headline: must not be blank [headline.blank]")
        .hasMessageContaining("language: must be a well-formed BCP 47 language tag")
        .satisfies(e -> assertThat(((ValidationFailedException) e).getReport().getCodes())
            .containsExactly("headline.blank", "language.notLanguageTag"));
  }

  @Test
  void partsAreValidatedOnTheirOwn() {
    Quote quote = Quote.builder().text(" ").attribution(Attribution.unknown()).build();
    RightsNotice notice = RightsNotice.builder().holder("A\nB").build();

    assertThat(validator.validate(quote).getViolations())
        .extracting(Violation::getPath, Violation::getCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("text", "text.blank"));
    assertThat(validator.validate(notice).getCodes()).containsExactly("holder.multiline");
    assertThat(validator.validate(SeedArticle.RIGHTS).isValid()).isTrue();
    assertThat(validator.validate(SeedArticle.STOLTENBERG).isValid()).isTrue();
  }

  @Test
  void onlyBylineValuesAreAccepted() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> validator.validate("a headline"))
        .withMessageContaining("java.lang.String");
  }

  @Test
  void sharedValidatorIsOneInstance() {
    assertThat(ArticleValidator.create()).isSameAs(ArticleValidator.create());
  }

  @Test
  void validReportSaysValid() {
    ValidationReport report = validator.validate(SeedArticle.ARTICLE);

    assertThat(report.isValid()).isTrue();
    assertThat(report).hasToString("valid");
  }
}
