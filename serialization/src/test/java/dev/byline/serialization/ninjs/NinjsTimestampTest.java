package dev.byline.serialization.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** ninjs's date-time is RFC 3339: what it cannot carry as given is written as the same instant in UTC, or left out, and listed. */
class NinjsTimestampTest {
  @Test
  void anOffsetWithSecondsIsWrittenAsTheSameInstantInUtcAndListed() {
    Article a = Article.builder().headline("H")
        .published(OffsetDateTime.of(1930, 5, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(0, 19, 32))).build();

    NinjsResult<String> r = Ninjs.write(a, NinjsVersion.V3_1);

    assertThat(r.getValue()).contains("\"firstCreated\":\"1930-05-01T11:40:28Z\"");
    assertThat(r.getLosses()).containsExactly("published: the UTC offset +00:19:32 has seconds, which ninjs's date-time "
        + "cannot carry; the same instant written in UTC");
  }

  @Test
  void aYearAfterNineThousandNineHundredNinetyNineIsLeftOutAndListed() {
    Article a = Article.builder().headline("H").modified(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)).build();

    NinjsResult<String> r = Ninjs.write(a, NinjsVersion.V2_2);

    assertThat(r.getValue()).doesNotContain("versioncreated");
    assertThat(r.getLosses()).containsExactly("modified: the year 10000 is outside 0000-9999, which ninjs's date-time cannot carry");
  }

  @Test
  void aWholeMinuteOffsetIsWrittenAsItIs() {
    Article a = Article.builder().headline("H").published(OffsetDateTime.parse("2022-01-10T15:30:00+01:00")).build();

    assertThat(Ninjs.write(a, NinjsVersion.V3_1).getValue()).contains("\"firstCreated\":\"2022-01-10T15:30:00+01:00\"");
  }
}
