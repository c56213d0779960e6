package dev.byline.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonTimestampsTest {
  @Test
  void theCommonShapesAreReadToTheirValues() {
    assertThat(CommonTimestamps.parse("2022-01-10T15:30:00+01:00"))
        .isEqualTo(OffsetDateTime.of(2022, 1, 10, 15, 30, 0, 0, ZoneOffset.ofHours(1)));
    assertThat(CommonTimestamps.parse("1999-12-31T23:59:59Z"))
        .isEqualTo(OffsetDateTime.of(1999, 12, 31, 23, 59, 59, 0, ZoneOffset.UTC));
    assertThat(CommonTimestamps.parse("2024-02-29T00:00:00.5-05:30"))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 0, 0, 0, 500_000_000, ZoneOffset.ofHoursMinutes(-5, -30)));
    assertThat(CommonTimestamps.parse("2024-02-29T00:00:00.123456789+14:00"))
        .isEqualTo(OffsetDateTime.of(2024, 2, 29, 0, 0, 0, 123_456_789, ZoneOffset.ofHours(14)));
  }

  @Test
  void everythingElseIsLeftToTheGeneralParser() {
    for (String s : List.of("2023-02-29T00:00:00Z", "2022-13-01T00:00:00Z", "2022-01-10T24:00:00Z",
        "2022-01-10T23:59:60Z", "2022-01-10t15:30:00Z", "2022-01-10T15:30:00z", "2022-01-10T15:30Z",
        "2022-01-10T15:30:00.Z", "2022-01-10T15:30:00.1234567890Z", "2022-01-10T15:30:00+18:30",
        "2022-01-10T15:30:00+01:00:30", "2022-01-10T15:30:00+0100", "+2022-01-10T15:30:00Z",
        "2022-01-10 15:30:00Z", "２０２２-01-10T15:30:00Z")) {
      assertThat(CommonTimestamps.parse(s)).as(s).isNull();
    }
  }

  /**
   * Every text made from valid timestamps by replacing one char with one of a set of likely
   * troublemakers, or by cutting them short: wherever the fast path gives a value, the general parser
   * gives the same one.
   */
  @Test
  void whereBothReadATextTheyAgree() {
    List<String> bases = List.of("2022-01-10T15:30:00+01:00", "1999-12-31T23:59:59Z", "2024-02-29T00:00:00.5-05:30",
        "0000-01-01T00:00:00.123456789+18:00", "9999-12-31T23:59:59-18:00", "2023-06-30T12:00:00.000Z");
    String replacements = "0123456789-+:.TtZz 9/x\u0660";
    List<String> texts = new ArrayList<>(bases);
    for (String base : bases) {
      for (int i = 0; i < base.length(); i++) {
        texts.add(base.substring(0, i));
        for (char r : replacements.toCharArray()) {
          texts.add(base.substring(0, i) + r + base.substring(i + 1));
          texts.add(base.substring(0, i) + r + base.substring(i));
        }
      }
    }
    int fast = 0;
    for (String s : texts) {
      OffsetDateTime value = CommonTimestamps.parse(s);
      if (value == null) {
        continue;
      }
      fast++;
      OffsetDateTime general;
      try {
        general = OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        throw new AssertionError("the fast path read \"" + s + "\", the general parser refuses it", e);
      }
      assertThat(value).as(s).isEqualTo(general);
      assertThat(value.getOffset()).as(s).isEqualTo(general.getOffset());
    }
    assertThat(fast).as("texts the fast path read").isGreaterThan(bases.size() * 20);
  }
}
