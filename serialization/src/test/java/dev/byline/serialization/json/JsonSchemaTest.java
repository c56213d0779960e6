package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.JsonFormat;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped JSON Schema and the reader and writer agree. */
class JsonSchemaTest {
  static Schema schema;

  @BeforeAll
  static void loadSchemaFromTheJar() {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonFormat.schema(), InputFormat.JSON);
  }

  static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  @Test
  void seedDocumentValidatesAgainstTheSchema() {
    assertThat(errors(JsonRoundTripTest.JSON.write(SeedArticle.ARTICLE))).isEmpty();
    assertThat(errors(ArticleJson.builder().pretty(true).build().write(SeedArticle.ARTICLE))).isEmpty();
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  // Property: every document the writer produces validates against the schema.
  @ParameterizedTest
  @MethodSource("seeds")
  void everyWrittenDocumentValidates(long seed) {
    String json = JsonRoundTripTest.JSON.write(ArticleGenerator.article(Choices.seeded(seed)));

    assertThat(errors(json)).as(json).isEmpty();
  }

  /** Documents the schema rejects; the reader must reject each of them too. */
  @ParameterizedTest
  @ValueSource(strings = {
    "{\"headline\":\"H\"}",
    "{\"formatVersion\":\"1.0\"}",
    "{\"formatVersion\":\"2.0\",\"headline\":\"H\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"two\\nlines\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":null}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"extra\":1}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":[\"\"]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"language\":\"en_GB\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"url\":\"ftp://example.com/a\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"published\":\"2022-01-10T15:30+01:00\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"published\":\"2022-01-10T15:30:00\"}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"publisher\":{\"type\":\"person\",\"name\":\"P\"}}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"publisher\":{\"type\":\"organization\",\"name\":\"O\",\"title\":\"T\"}}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"contributors\":[{\"agent\":{\"name\":\"A\"}}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"contributors\":[{\"agent\":{\"type\":\"robot\",\"name\":\"A\"}}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"contributors\":[{\"agent\":{\"type\":\"person\",\"name\":\"A\"},\"role\":\"boss\"}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[{\"text\":\"H\"}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[{\"text\":\"H\",\"attribution\":{},\"location\":{\"start\":0}}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[{\"text\":\"H\",\"attribution\":{},\"location\":{\"start\":-1,\"end\":1}}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[{\"text\":\"H\",\"kind\":\"some\",\"attribution\":{}}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"media\":[{\"kind\":\"hologram\"}]}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"years\":{\"start\":0,\"end\":2020}}}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"prohibitedUses\":[\"publish\",\"publish\"]}}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"prohibitedUses\":[\"print\"]}}",
    "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"allRightsReserved\":\"yes\"}}",
    "[]",
  })
  void documentsTheSchemaRejectsTheReaderRejectsToo(String json) {
    assertThat(errors(json)).as("schema on %s", json).isNotEmpty();

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JsonRoundTripTest.JSON.read(json));

    assertThat(e).as("reader on %s", json).isNotNull();
  }
}
