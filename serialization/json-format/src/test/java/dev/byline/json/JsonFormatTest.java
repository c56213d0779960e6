package dev.byline.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.Limits;
import org.junit.jupiter.api.Test;

/** The format's constants, limits and schema, as the module ships them. */
class JsonFormatTest {
  @Test
  void schemaIsShippedInTheJarForFormatVersionOne() {
    String schema = JsonFormat.schema();

    assertThat(schema).contains("\"$id\": \"https://byline.dev/schema/byline-article-1.schema.json\"");
    assertThat(schema).contains("\"required\": [\"formatVersion\", \"headline\"]");
  }

  @Test
  void defaultStringLimitReadsEveryTextValidationAccepts() {
    assertThat(JsonLimits.DEFAULT_MAX_STRING_LENGTH)
        .isGreaterThanOrEqualTo(Limits.PARAGRAPH_MAX_LENGTH)
        .isGreaterThanOrEqualTo(Limits.MEDIUM_TEXT_MAX_LENGTH)
        .isGreaterThanOrEqualTo(Limits.SHORT_TEXT_MAX_LENGTH)
        .isGreaterThanOrEqualTo(Limits.HEADLINE_MAX_LENGTH);
  }

  @Test
  void limitsStartFromTheDefaultsAndChangeOneByOne() {
    JsonLimits limits = JsonLimits.builder().maxStringLength(10).build();

    assertThat(limits.getMaxStringLength()).isEqualTo(10);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(64L * 1024 * 1024);
    assertThat(limits.getMaxNestingDepth()).isEqualTo(32);
    assertThat(limits).isNotEqualTo(JsonLimits.defaults());
    assertThat(JsonLimits.builder().build()).isEqualTo(JsonLimits.defaults());
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> JsonLimits.builder().maxNestingDepth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
  }
}
