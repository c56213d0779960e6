package dev.byline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatTest {
  @ParameterizedTest
  @CsvSource({
    "wire/a.txt, WIRE_TEXT",
    "A.TXT, WIRE_TEXT",
    "hdfs:///news/2025/part-1.jsonl, BYLINE_JSON_LINES",
    "x.ndjson, BYLINE_JSON_LINES",
    "page.jsonld, SCHEMA_ORG_JSON_LD",
    "page.html, HTML_PAGE",
    "page.htm, HTML_PAGE",
    "item.json, BYLINE_JSON"
  })
  void aFileNameEndingGivesItsFormat(String name, InputFormat format) {
    assertThat(InputFormat.byName(name)).contains(format);
  }

  @ParameterizedTest
  @ValueSource(strings = {"notes.csv", "article.xml", "README", "a.json.gz"})
  void otherNamesHaveNoFormat(String name) {
    assertThat(InputFormat.byName(name)).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({"WIRE_TEXT, wire-text", "BYLINE_JSON_LINES, byline-json-lines", "SCHEMA_ORG_JSON_LD, schema-org-json-ld"})
  void aFormatsWordIsLowerCaseAndHyphenated(InputFormat format, String word) {
    assertThat(format.word()).isEqualTo(word);
  }
}
