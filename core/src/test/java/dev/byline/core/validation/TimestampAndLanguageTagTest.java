package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model's decisions at the edges of the formats, which the JSON Schema, the readers and the
 * writers follow: timestamps are RFC 3339 (years 0000–9999, offsets in whole minutes); language tags
 * are well-formed BCP 47, grandfathered and private-use tags included.
 */
class TimestampAndLanguageTagTest {
  static final ArticleValidator VALIDATOR = ArticleValidator.create();

  static Article published(OffsetDateTime t) {
    return Article.builder().headline("H").published(t).build();
  }

  @Test
  void anOffsetWithSecondsIsRefusedAsPublicationTime() {
    OffsetDateTime amsterdam1930 = OffsetDateTime.of(1930, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 19, 32));

    assertThat(VALIDATOR.validate(published(amsterdam1930)).getCodes()).containsExactly("published.notRfc3339");
  }

  @Test
  void anOffsetWithSecondsIsRefusedAsModificationTime() {
    OffsetDateTime t = OffsetDateTime.of(2022, 1, 10, 15, 30, 0, 0, ZoneOffset.ofHoursMinutesSeconds(1, 0, 1));

    assertThat(VALIDATOR.validate(Article.builder().headline("H").modified(t).build()).getCodes())
        .containsExactly("modified.notRfc3339");
  }

  @Test
  void theSameInstantAtAWholeMinuteOffsetIsValid() {
    OffsetDateTime t = OffsetDateTime.of(1930, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 19, 32))
        .withOffsetSameInstant(ZoneOffset.UTC);

    assertThat(VALIDATOR.validate(published(t)).isValid()).isTrue();
  }

  @Test
  void yearsFromZeroToNineThousandNineHundredNinetyNineAreValid() {
    assertThat(VALIDATOR.validate(published(OffsetDateTime.of(0, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).isValid()).isTrue();
    assertThat(VALIDATOR.validate(published(OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC))).isValid())
        .isTrue();
  }

  @Test
  void yearTenThousandAndYearMinusOneAreRefused() {
    assertThat(VALIDATOR.validate(published(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).getCodes())
        .containsExactly("published.notRfc3339");
    assertThat(VALIDATOR.validate(published(OffsetDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))).getCodes())
        .containsExactly("published.notRfc3339");
  }

  @Test
  void aPlainDefaultValidatorEnforcesTheTimestampRuleToo() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Set<ConstraintViolation<Article>> found = factory.getValidator()
          .validate(published(OffsetDateTime.of(2022, 1, 1, 0, 0, 0, 0, ZoneOffset.ofTotalSeconds(3601))));

      assertThat(found).singleElement()
          .satisfies(v -> assertThat(v.getMessageTemplate()).isEqualTo("{dev.byline.notRfc3339}"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"i-klingon", "I-KLINGON", "x-klingon", "en-GB-oed", "zh-min-nan", "art-lojban", "x-a",
      "en-x-private", "sgn-BE-FR"})
  void grandfatheredAndPrivateUseTagsAreValid(String tag) {
    assertThat(VALIDATOR.validate(Article.builder().headline("H").language(tag).build()).isValid()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "i-foo", "en_GB", "englishes", "deutsch, german", "en-", "x-abcdefghi"})
  void malformedTagsAreRefused(String tag) {
    assertThat(VALIDATOR.validate(Article.builder().headline("H").language(tag).build()).getCodes())
        .containsExactly("language.notLanguageTag");
  }
}
