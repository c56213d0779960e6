package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.TextLocation;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.SeedArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.cbor.CBORMapper;
import tools.jackson.dataformat.smile.SmileMapper;

/** Articles survive every trip through the JSON format exactly. */
class JsonRoundTripTest {
  static final ArticleJson JSON = ArticleJson.builder().validator(TestClock.VALIDATOR).build();

  @Test
  void seedArticleRoundTripsToAnEqualArticle() {
    Article back = JSON.read(JSON.write(SeedArticle.ARTICLE));

    assertThat(back).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void seedTextFieldsComeBackByteForByte() {
    Article back = JSON.read(JSON.writeBytes(SeedArticle.ARTICLE));

    assertThat(back.getHeadline().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(SeedArticle.HEADLINE.getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < SeedArticle.PARAGRAPHS.size(); i++) {
      assertThat(back.getParagraphs().get(i).getBytes(StandardCharsets.UTF_8))
          .isEqualTo(SeedArticle.PARAGRAPHS.get(i).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(back.getRights().orElseThrow().getText()).contains(SeedArticle.NOTICE);
  }

  @Test
  void writerKeepsNonAsciiTextUnescaped() {
    String json = JSON.write(SeedArticle.ARTICLE);

    assertThat(json).contains("won\u2019t \u2018compromise", "stated\u00a0the alliance\u00a0would", "Russia\u2013NATO relations");
    assertThat(json).doesNotContain("\\u2019", "\\u00a0");
  }

  @Test
  void canonicalDocumentIsWrittenBackExactly() {
    String canonical = JSON.write(SeedArticle.ARTICLE);

    assertThat(JSON.write(JSON.read(canonical))).isEqualTo(canonical);
  }

  @Test
  void canonicalFormStartsWithTheVersionAndKeepsTheDocumentedOrder() {
    String json = JSON.write(SeedArticle.ARTICLE);

    assertThat(json).startsWith("{\"formatVersion\":\"1.0\",\"headline\":");
    assertThat(json.indexOf("\"paragraphs\"")).isLessThan(json.indexOf("\"quotes\""));
    assertThat(json.indexOf("\"quotes\"")).isLessThan(json.indexOf("\"media\""));
    assertThat(json.indexOf("\"media\"")).isLessThan(json.indexOf("\"tags\""));
    assertThat(json.indexOf("\"tags\"")).isLessThan(json.indexOf("\"rights\""));
    assertThat(json).contains("\"media\":[{\"kind\":\"image\",\"credit\":\"Getty\"}]");
    assertThat(json).contains("\"prohibitedUses\":[\"publish\",\"broadcast\",\"rewrite\",\"redistribute\"]");
    assertThat(json).contains("{\"type\":\"person\",\"name\":\"Jens Stoltenberg\",\"title\":\"Secretary-General\","
        + "\"affiliation\":{\"type\":\"organization\",\"name\":\"NATO\"}}");
    assertThat(json).doesNotContain("null", "\"contributors\"", "\"id\"");
  }

  @Test
  void timestampsKeepThePublishersOffset() {
    Article article = SeedArticle.ARTICLE.toBuilder()
        .published(OffsetDateTime.parse("2022-01-10T15:30:00+01:00"))
        .modified(OffsetDateTime.parse("2022-01-10T17:05:30.25-05:00"))
        .build();

    String json = JSON.write(article);

    assertThat(json).contains("\"published\":\"2022-01-10T15:30:00+01:00\"", "\"modified\":\"2022-01-10T17:05:30.25-05:00\"");
    assertThat(JSON.read(json)).isEqualTo(article);
  }

  @Test
  void emojiRightToLeftAndCombiningTextKeepCodePointOffsets() {
    String paragraph = "\uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD \u201ccafe\u0301 \uD83C\uDDFA\uD83C\uDDE6\u201d";
    Quote quote = Quote.builder()
        .text("cafe\u0301 \uD83C\uDDFA\uD83C\uDDE6")
        .attribution(Attribution.of(Person.of("\u0645\u062D\u0645\u062F"), "said"))
        .location(TextLocation.inParagraph(0, 8, 16))
        .build();
    Article article = Article.builder().headline("\u05DB\u05D5\u05EA\u05E8\u05EA").addParagraph(paragraph).addQuote(quote).build();

    Article back = JSON.read(JSON.write(article));

    assertThat(back).isEqualTo(article);
    assertThat(back.getQuotes().get(0).getLocation().orElseThrow().getSpan().extractFrom(back.getParagraphs().get(0)))
        .isEqualTo("cafe\u0301 \uD83C\uDDFA\uD83C\uDDE6");
  }

  @Test
  void everyInputAndOutputKindGivesTheSameArticle() {
    byte[] bytes = JSON.writeBytes(SeedArticle.ARTICLE);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(SeedArticle.ARTICLE, stream);
    StringWriter writer = new StringWriter();
    JSON.write(SeedArticle.ARTICLE, writer);

    assertThat(stream.toByteArray()).isEqualTo(bytes);
    assertThat(writer.toString()).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(SeedArticle.ARTICLE);
    assertThat(JSON.read(new StringReader(writer.toString()))).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void prettyOutputReadsBackToTheSameArticle() {
    String pretty = ArticleJson.builder().pretty(true).build().write(SeedArticle.ARTICLE);

    assertThat(pretty).contains("\n  \"headline\"");
    assertThat(JSON.read(pretty)).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void partsRoundTripOnTheirOwn() {
    for (Object part : new Object[] {SeedArticle.RIGHTS, SeedArticle.STOLTENBERG, SeedArticle.NATO,
        SeedArticle.QUOTES.get(4), SeedArticle.TAGS.get(2)}) {
      assertThat(JSON.read(JSON.write(part), part.getClass().getSuperclass())).isEqualTo(part);
    }
  }

  @Test
  void cborAndSmileCarryArticlesThroughTheModule() {
    CBORMapper cbor = CBORMapper.builder().addModule(new BylineJsonModule()).build();
    SmileMapper smile = SmileMapper.builder().addModule(new BylineJsonModule()).build();

    assertThat(cbor.readValue(cbor.writeValueAsBytes(SeedArticle.ARTICLE), Article.class)).isEqualTo(SeedArticle.ARTICLE);
    assertThat(smile.readValue(smile.writeValueAsBytes(SeedArticle.ARTICLE), Article.class)).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void moduleWorksInAUsersOwnMapperAndWritesTheSameJson() {
    JsonMapper mapper = JsonMapper.builder().addModule(new BylineJsonModule()).build();

    String json = mapper.writeValueAsString(SeedArticle.ARTICLE);

    assertThat(json).isEqualTo(JSON.write(SeedArticle.ARTICLE));
    assertThat(mapper.readValue(json, Article.class)).isEqualTo(SeedArticle.ARTICLE);
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  // Property: read(write(a)) equals a, and write(read(write(a))) is the same text, for every article.
  @ParameterizedTest
  @MethodSource("seeds")
  void generatedArticlesRoundTrip(long seed) {
    roundTrips(ArticleGenerator.article(Choices.seeded(seed)));
  }

  @FuzzTest(maxExecutions = 20_000, maxDuration = "20s")
  void generatedArticlesRoundTripFuzzed(FuzzedDataProvider data) {
    roundTrips(ArticleGenerator.article(new FuzzChoices(data)));
  }

  static void roundTrips(Article article) {
    String json = JSON.write(article);
    Article back = JSON.read(json);
    assertThat(back).isEqualTo(article);
    assertThat(JSON.write(back)).isEqualTo(json);
  }
}
