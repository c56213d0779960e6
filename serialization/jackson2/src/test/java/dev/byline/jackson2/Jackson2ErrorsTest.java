package dev.byline.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.byline.Article;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad documents fail on Jackson 2 as they do on Jackson 3: the facade with ArticleJsonException,
 * the module with a Jackson 2 exception that a web framework answers with 400, each saying what
 * and where. Every expectation below is read off the document by hand.
 */
class Jackson2ErrorsTest {
  static final ArticleJson JSON = ArticleJson.standard();
  static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new BylineJsonModule()).build();

  static final String NICKNAME =
      "{\"formatVersion\":\"1.0\",\"headline\":\"NATO willing to listen\",\n"
          + "\"quotes\":[{\"text\":\"yes\",\"attribution\":{\"source\":{\"type\":\"person\",\"name\":\"Jens\",\"nickname\":\"J\"}}}]}";

  static ArticleJsonException facade(String json) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(json));
    assertThat(e).as("facade on %s", json).isNotNull();
    return e;
  }

  static JsonProcessingException module(String json) {
    Throwable t = catchThrowable(() -> MAPPER.readValue(json, Article.class));
    assertThat(t).as("module on %s", json).isInstanceOf(JsonProcessingException.class).isNotInstanceOf(InvalidDefinitionException.class);
    return (JsonProcessingException) t;
  }

  @Test
  void unknownPropertyIsNamedWithItsPointerLineAndColumnByTheFacade() {
    ArticleJsonException e = facade(NICKNAME);

    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/quotes/0/attribution/source/nickname");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(80);
  }

  @Test
  void theModuleReportsTheSameErrorAsAJsonMappingException() {
    JsonProcessingException e = module(NICKNAME);

    assertThat(e).isInstanceOf(BylineJsonMappingException.class).isInstanceOf(JsonMappingException.class);
    BylineJsonMappingException byline = (BylineJsonMappingException) e;
    assertThat(byline.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(byline.getPointer()).isEqualTo("/quotes/0/attribution/source/nickname");
    assertThat(byline.getLocation().getLineNr()).isEqualTo(2);
    assertThat(byline.getLocation().getColumnNr()).isEqualTo(80);
    assertThat(ArticleJsonException.findIn(e)).containsSame(byline.getArticleJsonException());
  }

  @Test
  void malformedJsonThroughTheModuleIsAParseException() {
    JsonProcessingException e = module("{\"formatVersion\":\"1.0\",\n\"headline\":'single quotes'}");

    assertThat(e).isInstanceOf(BylineJsonParseException.class);
    BylineJsonParseException byline = (BylineJsonParseException) e;
    assertThat(byline.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(byline.getPointer()).isEqualTo("/headline");
    assertThat(byline.getArticleJsonException().getLine()).isEqualTo(2);
  }

  @Test
  void nullWrongTypeAndDuplicateAreRefusedByBoth() {
    String nullName = "{\"formatVersion\":\"1.0\",\"headline\":null}";
    String number = "{\"formatVersion\":\"1.0\",\"headline\":42}";
    String twice = "{\"formatVersion\":\"1.0\",\"headline\":\"A\",\"headline\":\"B\"}";

    assertThat(facade(nullName).getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(facade(number).getKind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(facade(twice).getKind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(((BylineJsonMappingException) module(nullName)).getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(((BylineJsonMappingException) module(number)).getKind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(((BylineJsonMappingException) module(twice)).getPointer()).isEqualTo("/headline");
  }

  @Test
  void anArticleWithoutFormatVersionIsRefusedTopLevelAndEmbedded() {
    ArticleJsonException top = facade("{\"headline\":\"H\"}");
    JsonProcessingException embedded = catchThrowableOfType(JsonProcessingException.class,
        () -> MAPPER.readValue("{\"channel\":\"wire\",\"articles\":[{\"headline\":\"H\"}]}", Jackson2RoundTripTest.Envelope.class));

    assertThat(top.getKind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(ArticleJsonException.findIn(embedded).orElseThrow().getKind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(embedded.getMessage()).contains("formatVersion");
  }

  @Test
  void aDocumentThatIsNotAnObjectIsNamedForWhatItIs() {
    for (String document : List.of("\"headline\"", "42", "null", "[]")) {
      ArticleJsonException viaFacade = facade(document);
      ArticleJsonException viaModule = ArticleJsonException.findIn(module(document)).orElseThrow();

      assertThat(viaFacade.getKind()).as(document).isEqualTo(Kind.NOT_AN_OBJECT);
      assertThat(viaModule.getKind()).as(document).isEqualTo(Kind.NOT_AN_OBJECT);
    }
    assertThat(facade("\"headline\"").getMessage()).contains("found a string");
    assertThat(facade("42").getMessage()).contains("found a number");
  }

  @Test
  void aNullArticleInsideAUsersTypeIsJacksonsNull() throws Exception {
    Jackson2RoundTripTest.Envelope envelope = MAPPER.readValue("{\"channel\":\"wire\",\"articles\":[null]}", Jackson2RoundTripTest.Envelope.class);

    assertThat(envelope.articles).containsExactly((Article) null);
  }

  @Test
  void invalidContentIsReportedWithItsValidationCodes() {
    ArticleJsonException e = facade("{\"formatVersion\":\"1.0\",\"headline\":\"Two\\nlines\"}");

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_CONTENT);
    assertThat(e.getValidationReport().orElseThrow().getCodes()).containsExactly("headline.multiline");
  }

  // UTF-32 in a byte order JSON does not allow: Jackson 2 refuses it while opening the parser.
  @ParameterizedTest
  @MethodSource("dev.byline.fixtures.UnusualByteOrders#documents")
  void bytesInAnEncodingJsonDoesNotAllowAreMalformedFromTheFirstByte(byte[] input) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(input));
    assertThat(e).isNotNull();
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(1);
  }
}
