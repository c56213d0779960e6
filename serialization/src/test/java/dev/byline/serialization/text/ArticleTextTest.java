package dev.byline.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Media;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.core.quotes.QuoteFinder;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain-text layout, read and written exactly. */
class ArticleTextTest {
  static final ArticleText WITH_VOCABULARY = ArticleText.builder().tagVocabulary(SeedArticle.TAGS).build();

  @Test
  void seedReadsAsTheSeedArticleWithAKnownTagVocabulary() {
    TextReading reading = WITH_VOCABULARY.read(SeedArticle.text());

    assertThat(reading.getArticle()).isEqualTo(SeedArticle.ARTICLE);
    assertThat(reading.getLayout()).isEqualTo(TextLayout.DEFAULT);
  }

  @Test
  void seedIsWrittenBackByteForByte() {
    TextReading reading = ArticleText.standard().read(SeedArticle.text());

    String written = ArticleText.standard().write(reading.getArticle(), reading.getLayout());

    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(SeedArticle.bytes());
  }

  @Test
  void seedTagsLineSplitsIntoItsThreeTagsWithoutHelp() {
    Article article = ArticleText.standard().read(SeedArticle.text()).getArticle();

    assertThat(article.getTags()).containsExactly(
        Tag.of("Jens Stoltenberg", TagKind.PERSON), Tag.of("Post-Soviet conflicts"), Tag.of("Russia\u2013NATO relations"));
  }

  @Test
  void seedPartsAreReadIntoTheirPlaces() {
    Article article = ArticleText.standard().read(SeedArticle.text()).getArticle();

    assertThat(article.getHeadline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(article.getMedia()).containsExactly(Media.builder().credit("Getty").build());
    assertThat(article.getParagraphs()).isEqualTo(SeedArticle.PARAGRAPHS);
    assertThat(article.getQuotes()).isEqualTo(SeedArticle.QUOTES);
    assertThat(article.getRights()).contains(SeedArticle.RIGHTS);
  }

  @Test
  void crlfTextIsReadAndWrittenBackAsRead() {
    String crlf = SeedArticle.text().replace("\n", "\r\n") + "\r\n";

    TextReading reading = WITH_VOCABULARY.read(crlf);

    assertThat(reading.getArticle()).isEqualTo(SeedArticle.ARTICLE);
    assertThat(reading.getLayout()).isEqualTo(TextLayout.of("\r\n", true, false));
    assertThat(WITH_VOCABULARY.write(reading.getArticle(), reading.getLayout())).isEqualTo(crlf);
  }

  @Test
  void byteOrderMarkIsKeptInTheLayoutNotInTheHeadline() {
    String withBom = "\uFEFF" + SeedArticle.text();

    TextReading reading = WITH_VOCABULARY.read(withBom);

    assertThat(reading.getArticle().getHeadline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(reading.getLayout().hasByteOrderMark()).isTrue();
    assertThat(WITH_VOCABULARY.write(reading.getArticle(), reading.getLayout())).isEqualTo(withBom);
  }

  @Test
  void onlyAHeadline() {
    Article article = ArticleText.standard().read("NATO meets on Monday").getArticle();

    assertThat(article).isEqualTo(Article.builder().headline("NATO meets on Monday").build());
  }

  @Test
  void shortSecondBlockIsAParagraphWhenNothingFollowsIt() {
    Article article = ArticleText.standard().read("Headline\n\nGetty").getArticle();

    assertThat(article.getMedia()).isEmpty();
    assertThat(article.getParagraphs()).containsExactly("Getty");
  }

  @Test
  void sentenceInTheSecondBlockIsNoCredit() {
    Article article = ArticleText.standard().read("Headline\n\nHe left.\n\nShe stayed.").getArticle();

    assertThat(article.getMedia()).isEmpty();
    assertThat(article.getParagraphs()).containsExactly("He left.", "She stayed.");
  }

  @Test
  void emptyTextIsADocumentedError() {
    for (String empty : new String[] {"", "   ", "\n\n", "\uFEFF"}) {
      ArticleTextException e = catchThrowableOfType(ArticleTextException.class, () -> ArticleText.standard().read(empty));
      assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.EMPTY_TEXT);
    }
  }

  @Test
  void mixedLineEndingsAreADocumentedErrorNamingTheLine() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Headline\r\n\r\nFirst.\n\nSecond."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.MIXED_LINE_ENDINGS);
    assertThat(e.getLine()).isEqualTo(3);
  }

  @Test
  void twoBlankLinesInARowAreADocumentedError() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Headline\n\n\nFirst."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.IRREGULAR_BLANK_LINES);
  }

  @Test
  void binaryJunkIsReadAsTextAndValidationIsLeftToTheValidator() {
    String junk = new String(new byte[] {0, 1, 2, (byte) 0xff, 10, 10, 'a', 0x7f}, StandardCharsets.ISO_8859_1);

    Article article = ArticleText.standard().read(junk).getArticle();

    assertThat(article.getHeadline()).isEqualTo("\u0000\u0001\u0002\u00ff");
    assertThat(article.getParagraphs()).containsExactly("a\u007f");
  }

  @Test
  void tenMegabytesAreReadWithinBudget() {
    String big = SeedArticle.HEADLINE + ("\n\n" + SeedArticle.PARAGRAPHS.get(2)).repeat(34_000);
    assertThat(big.length()).isGreaterThan(10_000_000);

    Article article = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> ArticleText.standard().read(big).getArticle());

    assertThat(article.getParagraphs()).hasSize(34_000);
    assertThat(article.getQuotes()).hasSize(1 + 68_000);
  }

  @Test
  void unwrittenListsWhatTheLayoutCannotHold() {
    Article article = SeedArticle.ARTICLE.toBuilder()
        .language("en")
        .published(java.time.OffsetDateTime.parse("2022-01-10T15:30:00+01:00"))
        .build();

    assertThat(ArticleText.standard().unwritten(article))
        .containsExactly("language", "published", "tags[0].kind", "tags[1].kind", "tags[2].kind");
    assertThat(WITH_VOCABULARY.unwritten(WITH_VOCABULARY.read(SeedArticle.text()).getArticle()))
        .containsExactly("tags[0].kind", "tags[1].kind", "tags[2].kind");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * The part of a generated article the layout holds: headline, a lead credit when there are
   * paragraphs, paragraphs, tags (one word each) and a notice, with the quotations the finder sees.
   */
  static Article expressible(Article generated, long seed) {
    List<String> paragraphs = generated.getParagraphs();
    Article.Builder b = Article.builder().headline(generated.getHeadline()).paragraphs(paragraphs);
    if (!paragraphs.isEmpty()) {
      b.addMedia(Media.builder().credit(new String[] {"Getty", "AP Photo/Jane Doe", "Reuters"}[(int) (seed % 3)]).build());
    }
    List<Tag> tags = new ArrayList<>();
    for (Tag t : generated.getTags()) {
      String label = t.getLabel().replace(' ', '-').replace('\u00a0', '-');
      if (tags.stream().noneMatch(x -> x.getLabel().equals(label))) {
        tags.add(Tag.of(label));
      }
    }
    b.tags(tags);
    if (seed % 2 == 0) {
      b.rights(SeedArticle.RIGHTS);
    }
    List<Quote> quotes = QuoteFinder.find(generated.getHeadline(), paragraphs);
    return b.quotes(quotes).build();
  }

  // Property: for any article the layout can express, reading what the writer wrote gives it back.
  @ParameterizedTest
  @MethodSource("seeds")
  void expressibleArticlesRoundTrip(long seed) {
    Article article = expressible(ArticleGenerator.article(Choices.seeded(seed)), seed);
    ArticleText text = ArticleText.builder().tagVocabulary(article.getTags()).build();

    String written = text.write(article);

    assertThat(text.read(written).getArticle()).as(written).isEqualTo(article);
  }

  // Property: reading any text never throws anything but ArticleTextException.
  @FuzzTest(maxExecutions = 100_000, maxDuration = "2m")
  void arbitraryTextOnlyEverFailsWithTheDocumentedException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      TextReading reading = ArticleText.standard().read(text);
      assertThat(reading.getArticle().getHeadline()).isNotNull();
    } catch (ArticleTextException expected) {
      assertThat(expected.getLine()).isPositive();
    }
  }
}
