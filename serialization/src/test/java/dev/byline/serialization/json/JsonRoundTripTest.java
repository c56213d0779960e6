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
import java.time.ZoneOffset;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @ParameterizedTest
  @CsvSource({
      // year, month, day, hour, minute, second, nanosecond, offset in seconds, the text written
      "2022, 1, 10, 15, 30, 0, 0, 3600, 2022-01-10T15:30:00+01:00",
      "2022, 1, 10, 0, 0, 0, 0, 0, 2022-01-10T00:00:00Z",
      "1999, 12, 31, 23, 59, 59, 500000000, -18000, 1999-12-31T23:59:59.5-05:00",
      "2024, 2, 29, 7, 8, 9, 120000000, 19800, 2024-02-29T07:08:09.12+05:30",
      "2024, 2, 29, 7, 8, 9, 1, 0, 2024-02-29T07:08:09.000000001Z",
      "2024, 2, 29, 7, 8, 9, 123456789, 0, 2024-02-29T07:08:09.123456789Z",
      "2024, 2, 29, 7, 8, 9, 1000, 0, 2024-02-29T07:08:09.000001Z",
      "2024, 2, 29, 7, 8, 9, 0, -1815, 2024-02-29T07:08:09-00:30:15",
      "2024, 2, 29, 7, 8, 9, 0, 64800, 2024-02-29T07:08:09+18:00",
      "0, 1, 1, 0, 0, 0, 0, 0, 0000-01-01T00:00:00Z",
      "9999, 12, 31, 23, 59, 59, 999999999, -64800, 9999-12-31T23:59:59.999999999-18:00",
      "10000, 1, 1, 0, 0, 0, 0, 0, +10000-01-01T00:00:00Z",
      "-1, 1, 1, 0, 0, 0, 0, 0, -0001-01-01T00:00:00Z",
  })
  void timestampsAreWrittenAsIsoOffsetDateTime(int year, int month, int day, int hour, int minute, int second, int nano,
      int offsetSeconds, String expected) {
    OffsetDateTime t = OffsetDateTime.of(year, month, day, hour, minute, second, nano, ZoneOffset.ofTotalSeconds(offsetSeconds));
    Article article = Article.builder().headline("Timestamps").addParagraph("Text.").published(t).build();

    assertThat(JSON.write(article)).contains("\"published\":\"" + expected + "\"");
    assertThat(new String(JSON.writeBytes(article), StandardCharsets.UTF_8)).contains("\"published\":\"" + expected + "\"");
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
  void anArticleLongerThanTheWritersBuffersIsWrittenWholeByEveryOutputKind() {
    Article.Builder builder = Article.builder().headline("Long");
    for (int i = 0; i < 200; i++) {
      builder.addParagraph("Paragraph " + i + " \u2013 " + "caf\u00e9 \uD83D\uDE00 ".repeat(40));
    }
    Article article = builder.build();

    byte[] bytes = JSON.writeBytes(article);
    String text = JSON.write(article);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(article, stream);

    assertThat(bytes.length).isGreaterThan(200 * 40 * 10);
    assertThat(JSON.read(bytes)).isEqualTo(article);
    assertThat(JSON.read(text)).isEqualTo(article);
    assertThat(text).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(stream.toByteArray()).isEqualTo(bytes);
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
