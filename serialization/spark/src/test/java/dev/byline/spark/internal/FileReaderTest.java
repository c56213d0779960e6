package dev.byline.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.spark.InputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileReaderTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"} | SCHEMA_ORG_JSON_LD",
    "{\"headline\": \"x\", \"@graph\": []} | SCHEMA_ORG_JSON_LD",
    "[{\"@type\": \"NewsArticle\"}] | SCHEMA_ORG_JSON_LD",
    "{\"headline\": \"x\", \"formatVersion\": \"1.0\"} | BYLINE_JSON",
    "{\"formatVersion\": \"1.0\", \"headline\": | BYLINE_JSON",
    "{\"uri\": \"urn:x\", \"headlines\": [{\"value\": \"x\", \"@id\": \"inner keys do not count\"}]} | NINJS",
    "not json at all | NINJS"
  })
  void aJsonFileIsToldApartByItsTopLevelKeys(String json, InputFormat format) {
    assertThat(FileReader.sniff(json)).isEqualTo(format);
  }

  @Test
  void aJsonLinesFileGivesOneRecordPerLineAndNoneAfterTheLastLineBreak() {
    byte[] bytes = "{}\n\n{\"formatVersion\":\"1.0\",\"headline\":\"A\"}\n".getBytes(StandardCharsets.UTF_8);

    List<Row> rows = FileReader.read("f.jsonl", bytes);

    assertThat(rows).extracting(r -> r.getAs("sourceRecord")).containsExactly(1, 2, 3);
    assertThat(rows).extracting(r -> r.getAs("rejectKind")).containsExactly("MISSING_PROPERTY", "EMPTY_INPUT", null);
  }

  @Test
  void aFileThatIsNotUtf8IsOneReject() {
    List<Row> rows = FileReader.read("f.txt", new byte[] {'A', (byte) 0xC3, '\n'});

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).<String>getAs("rejectKind")).isEqualTo("MALFORMED_UTF8");
  }
}
