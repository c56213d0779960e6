package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.byline.Article;
import dev.byline.fixtures.SeedArticle;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module in a user's own mapper: every Byline reading error is a Jackson exception a
 * framework answers with 400 (not an InvalidDefinitionException, which means a server fault), and
 * it carries the kind, JSON Pointer, line and column.
 */
class BylineJsonModuleTest {
  static final JsonMapper MAPPER = JsonMapper.builder().addModule(new BylineJsonModule()).build();

  /** A user's request body with Byline values inside. */
  public record Envelope(String channel, List<Article> articles) {}

  static JacksonException fails(String json, Class<?> type) {
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, type));
    assertThat(t).as("reading %s", json).isInstanceOf(JacksonException.class).isNotInstanceOf(InvalidDefinitionException.class);
    return (JacksonException) t;
  }

  @Test
  void anUnknownPropertyIsADatabindExceptionWithKindPointerLineAndColumn() {
    JacksonException e = fails("{\"formatVersion\":\"1.0\",\n\"headline\":\"H\",\"age\":64}", Article.class);

    assertThat(e).isInstanceOf(BylineDatabindException.class).isInstanceOf(DatabindException.class);
    BylineDatabindException byline = (BylineDatabindException) e;
    assertThat(byline.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(byline.getPointer()).isEqualTo("/age");
    assertThat(byline.getLocation().getLineNr()).isEqualTo(2);
    assertThat(byline.getLocation().getColumnNr()).isEqualTo(16);
    assertThat(byline.getCause()).isSameAs(byline.getArticleJsonException());
  }

  @Test
  void aSyntaxErrorIsAStreamReadException() {
    JacksonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[{\"label\":\"x\"]}", Article.class);

    assertThat(e).isInstanceOf(BylineStreamReadException.class).isInstanceOf(StreamReadException.class);
    assertThat(((BylineStreamReadException) e).getKind()).isEqualTo(Kind.MALFORMED_JSON);
  }

  @Test
  void anEmbeddedArticleWithoutFormatVersionIsRefusedWithThePointerIntoTheWholeDocument() {
    JacksonException e = fails("{\"channel\":\"wire\",\"articles\":[{\"formatVersion\":\"1.0\",\"headline\":\"A\"},{\"headline\":\"B\"}]}",
        Envelope.class);

    ArticleJsonException byline = ArticleJsonException.findIn(e).orElseThrow();
    assertThat(byline.getKind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(byline.getPointer()).startsWith("/articles/1");
    assertThat(e.getMessage()).contains("formatVersion");
  }

  @Test
  void aDocumentThatIsNullIsNotAnArticleButAnEmbeddedNullStaysNull() throws Exception {
    JacksonException top = fails("null", Article.class);

    assertThat(ArticleJsonException.findIn(top).orElseThrow().getKind()).isEqualTo(Kind.NOT_AN_OBJECT);
    assertThat(MAPPER.readValue("{\"channel\":\"wire\",\"articles\":[null]}", Envelope.class).articles())
        .containsExactly((Article) null);
  }

  @Test
  void aDocumentThatIsAStringIsReportedAsAString() {
    JacksonException e = fails("\"headline\"", Article.class);

    ArticleJsonException byline = ArticleJsonException.findIn(e).orElseThrow();
    assertThat(byline.getKind()).isEqualTo(Kind.NOT_AN_OBJECT);
    assertThat(byline.getMessage()).contains("found a string");
  }

  @Test
  void articlesEmbeddedInAUsersRecordRoundTrip() throws Exception {
    Envelope envelope = new Envelope("wire", List.of(SeedArticle.ARTICLE));

    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(envelope), Envelope.class)).isEqualTo(envelope);
  }
}
