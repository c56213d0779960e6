package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.byline.Article;
import dev.byline.Limits;
import dev.byline.Media;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.JsonLimits;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.dataformat.cbor.CBORMapper;
import tools.jackson.dataformat.smile.SmileMapper;

/**
 * Every article the validator accepts comes back equal from JSON, CBOR and Smile; and the reader's
 * own limits, which the validator must match so that this holds, are the documented ones.
 */
class JsonValidArticlesTest {
  static final ArticleJson JSON = JsonRoundTripTest.JSON;
  static final ArticleJson TRUSTED = ArticleJson.builder().validation(false).build();
  static final CBORMapper CBOR = CBORMapper.builder().addModule(new BylineJsonModule()).build();
  static final SmileMapper SMILE = SmileMapper.builder().addModule(new BylineJsonModule()).build();

  static Stream<Article> articles() {
    Article seed = SeedArticle.ARTICLE;
    Stream<Article> edges = Stream.of(
        seed,
        seed.toBuilder().subheadline("s".repeat(Limits.HEADLINE_MAX_LENGTH)).build(),
        seed.toBuilder().addParagraph("\uD83D\uDE00".repeat(Limits.PARAGRAPH_MAX_LENGTH / 2)).build(),
        seed.toBuilder().url(URI.create("https://news.example/" + "a".repeat(2_000))).build(),
        seed.toBuilder().published(OffsetDateTime.parse("2022-01-10T15:30:00.123456789+14:00"))
            .modified(OffsetDateTime.parse("2022-01-10T15:30:00.123456789+14:00")).build(),
        seed.toBuilder().addMedia(Media.builder().url(URI.create("https://news.example/caf%C3%A9.jpg")).credit("AFP").build()).build());
    return Stream.concat(edges, LongStream.range(0, 300).mapToObj(s -> ArticleGenerator.article(Choices.seeded(s))));
  }

  // Property: validator accepts it => JSON, CBOR and Smile bring it back equal.
  @ParameterizedTest
  @MethodSource("articles")
  void everyArticleTheValidatorAcceptsComesBackThroughJsonCborAndSmile(Article article) {
    assertThat(TestClock.VALIDATOR.validate(article).getViolations()).isEmpty();

    assertThat(JSON.read(JSON.writeBytes(article))).isEqualTo(article);
    assertThat(CBOR.readValue(CBOR.writeValueAsBytes(article), Article.class)).isEqualTo(article);
    assertThat(SMILE.readValue(SMILE.writeValueAsBytes(article), Article.class)).isEqualTo(article);
  }

  static ArticleJsonException refused(Article article) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> TRUSTED.read(TRUSTED.write(article)));
    assertThat(e).isNotNull();
    return e;
  }

  /** Limits the validator must keep so that everything it accepts reads back: tell it by these. */
  @Test
  void aStringLongerThanTheReadersLimitIsRefused() {
    Article longUrl = SeedArticle.ARTICLE.toBuilder()
        .url(URI.create("https://news.example/" + "a".repeat(JsonLimits.DEFAULT_MAX_STRING_LENGTH))).build();

    ArticleJsonException e = refused(longUrl);

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/url");
  }

  @Test
  void aLoneSurrogateIsRefusedInAnyStringAUriIncluded() {
    Article surrogate = SeedArticle.ARTICLE.toBuilder()
        .addMedia(Media.builder().url(URI.create("https://news.example/\uD800.jpg")).build()).build();

    ArticleJsonException e = refused(surrogate);

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/media/1/url");
  }

  @Test
  void aTimestampAfterTheYear9999IsRefused() {
    Article future = SeedArticle.ARTICLE.toBuilder().published(OffsetDateTime.parse("+10000-01-01T00:00:00Z")).build();

    ArticleJsonException e = refused(future);

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/published");
  }
}
