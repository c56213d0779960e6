package dev.byline.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Articles survive every trip through Byline JSON on Jackson 2, facade and module alike. */
class Jackson2RoundTripTest {
  static final ArticleJson JSON = ArticleJson.standard();
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new BylineJsonModule()).build();

  @Test
  void seedArticleRoundTripsToAnEqualArticle() {
    assertThat(JSON.read(JSON.write(SeedArticle.ARTICLE))).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void canonicalFormStartsWithTheVersionAndKeepsCurlyQuotesUnescaped() {
    String json = JSON.write(SeedArticle.ARTICLE);

    assertThat(json).startsWith("{\"formatVersion\":\"1.0\",\"headline\":\"Secretary general: NATO willing to listen to Russia, won\u2019t");
    assertThat(json).contains("\"media\":[{\"kind\":\"image\",\"credit\":\"Getty\"}]");
    assertThat(json).doesNotContain("\\u2019", "null");
  }

  @Test
  void moduleInAPlainObjectMapperWritesTheFacadesBytesAndReadsThemBack() throws Exception {
    String json = MAPPER.writeValueAsString(SeedArticle.ARTICLE);

    assertThat(json).isEqualTo(JSON.write(SeedArticle.ARTICLE));
    assertThat(MAPPER.readValue(json, Article.class)).isEqualTo(SeedArticle.ARTICLE);
  }

  /** A user's own document with Byline values inside, as a web application's request body. */
  public static final class Envelope {
    public String channel;
    public List<Article> articles;
  }

  @Test
  void articlesEmbeddedInAUsersOwnTypeRoundTrip() throws Exception {
    Envelope envelope = new Envelope();
    envelope.channel = "wire";
    envelope.articles = List.of(SeedArticle.ARTICLE, SeedArticle.ARTICLE.toBuilder().headline("Second").build());

    Envelope back = MAPPER.readValue(MAPPER.writeValueAsString(envelope), Envelope.class);

    assertThat(back.channel).isEqualTo("wire");
    assertThat(back.articles).isEqualTo(envelope.articles);
  }

  @Test
  void everyInputKindGivesTheSameArticle() {
    byte[] bytes = JSON.writeBytes(SeedArticle.ARTICLE);
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(text).isEqualTo(JSON.write(SeedArticle.ARTICLE));
    assertThat(JSON.read(bytes)).isEqualTo(SeedArticle.ARTICLE);
    assertThat(JSON.read(new ByteArrayInputStream(bytes))).isEqualTo(SeedArticle.ARTICLE);
    assertThat(JSON.read(new StringReader(text))).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void prettyOutputIsIndentedAndReadsBack() {
    String pretty = ArticleJson.builder().pretty(true).build().write(SeedArticle.ARTICLE);

    assertThat(pretty).startsWith("{\n  \"formatVersion\" : \"1.0\",\n  \"headline\" : ");
    assertThat(JSON.read(pretty)).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void partsRoundTripOnTheirOwn() {
    for (Object part : new Object[] {SeedArticle.RIGHTS, SeedArticle.STOLTENBERG, SeedArticle.NATO,
        SeedArticle.QUOTES.get(4), SeedArticle.TAGS.get(2)}) {
      assertThat(JSON.read(JSON.write(part), part.getClass().getSuperclass())).isEqualTo(part);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  // Property: read(write(a)) equals a, and the module writes the facade's bytes, for every article.
  @ParameterizedTest
  @MethodSource("seeds")
  void generatedArticlesRoundTrip(long seed) throws Exception {
    Article article = ArticleGenerator.article(Choices.seeded(seed));

    String json = JSON.write(article);

    assertThat(JSON.read(json)).isEqualTo(article);
    assertThat(MAPPER.writeValueAsString(article)).isEqualTo(json);
    assertThat(MAPPER.readValue(json, Article.class)).isEqualTo(article);
  }
}
