package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date forms found in news pages; every expected instant is worked out by hand from the text. */
class DateTextTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2019-12-09T09:08:21+01:00                  | 2019-12-09T09:08:21+01:00
      2019-12-09 09:08:21+01:00                  | 2019-12-09T09:08:21+01:00
      2021-05-05 08:07:52+0200                   | 2021-05-05T08:07:52+02:00
      2024-04-30 16:17:29 +02:00                 | 2024-04-30T16:17:29+02:00
      2022-05-04T03:00:00 UTC                    | 2022-05-04T03:00:00Z
      2022-05-04T03:00:00UTC                     | 2022-05-04T03:00:00Z
      2024-04-28 07:00:00Z                       | 2024-04-28T07:00:00Z
      2022-05-04t03:00:00z                       | 2022-05-04T03:00:00Z
      2019-11-19T17:42Z                          | 2019-11-19T17:42:00Z
      2019-11-19T18:18:25.828095+01:00           | 2019-11-19T18:18:25.828095+01:00
      2019-11-19T18:18:25.123456789-05:00        | 2019-11-19T18:18:25.123456789-05:00
      2020-01-01T00:00:00+05                     | 2020-01-01T00:00:00+05:00
      2020-01-01T00:00:00-00:00                  | 2020-01-01T00:00:00Z
      2022/05/04 10:00 GMT                       | 2022-05-04T10:00:00Z
      'Wed, 04 May 2022 02:41:00 GMT'            | 2022-05-04T02:41:00Z
      'Mon, 18 Nov 2019 16:07:38 -0600'          | 2019-11-18T16:07:38-06:00
      'Tue, 19 Nov 2019 06:13:48 +0100'          | 2019-11-19T06:13:48+01:00
      'Tue, 19 Nov 2019 06:13:48 EST'            | 2019-11-19T06:13:48-05:00
      'Tue, 19 Nov 2019 06:13:48 CST'            | 2019-11-19T06:13:48-06:00
      20 Nov 2019 08:02 GMT                      | 2019-11-20T08:02:00Z
      Tue Jan 28 15:28:56 CET 2020               | 2020-01-28T15:28:56+01:00
      Fri Apr 28 19:20:36 CEST 2023              | 2023-04-28T19:20:36+02:00
      Tue Nov 19 2019 03:05:46 GMT+0000          | 2019-11-19T03:05:46Z
      Tue Nov 19 2019 03:05:46 GMT+0100 (Central European Standard Time) | 2019-11-19T03:05:46+01:00
      'November 19, 2019 3:05 PM EST'            | 2019-11-19T15:05:00-05:00
      'Nov 19, 2019 12:05 AM GMT'                | 2019-11-19T00:05:00Z
      11.11.2021 14:05 CET                       | 2021-11-11T14:05:00+01:00
      """)
  void aValueThatStatesItsZoneIsAnInstant(String text, String expected) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.kind()).isEqualTo(DateText.Kind.INSTANT);
    assertThat(p.local().atOffset(p.offset())).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-12-09T09:08:21ZZ", "2019-12-09T09:08:21zz"})
  void aDoubledZIsReadAsUtcWithARemark(String text) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.local().atOffset(p.offset())).isEqualTo(OffsetDateTime.parse("2019-12-09T09:08:21Z"));
    assertThat(p.remark()).isEqualTo("a doubled Z read as Z (UTC)");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2019-10-19 18:56:59        | 2019-10-19T18:56:59
      2022-5-5 22:17:36          | 2022-05-05T22:17:36
      2023-04-28T13:53:25        | 2023-04-28T13:53:25
      2019-11-19T18:18:25.828095 | 2019-11-19T18:18:25.828095
      2024-08-05 20:59:59.0      | 2024-08-05T20:59:59
      11.11.2021 14:05           | 2021-11-11T14:05
      """)
  void aTimeWithoutAZoneIsLocal(String text, String expected) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.kind()).isEqualTo(DateText.Kind.LOCAL);
    assertThat(p.local()).isEqualTo(LocalDateTime.parse(expected));
    assertThat(p.offset()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2024-04-22          | 2024-04-22T00:00
      'November 19, 2019' | 2019-11-19T00:00
      11.11.2021          | 2021-11-11T00:00
      19 November 2019    | 2019-11-19T00:00
      Tue Nov 19 2019     | 2019-11-19T00:00
      """)
  void aDateWithoutATimeOfDayIsDateOnly(String text, String expected) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.kind()).isEqualTo(DateText.Kind.DATE_ONLY);
    assertThat(p.local()).isEqualTo(LocalDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      '01:38:07 PM IST Nov 20, 2019' | 2019-11-20T13:38:07 | +05:30 +02:00 +01:00
      'Tue Jan 28 15:28:56 CST 2020' | 2020-01-28T15:28:56 | -06:00 +08:00
      '2020-06-01 10:00 BST'         | 2020-06-01T10:00    | +01:00 +06:00
      """)
  void anAbbreviationWithSeveralMeaningsIsAmbiguous(String text, String local, String candidates) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.kind()).isEqualTo(DateText.Kind.AMBIGUOUS);
    assertThat(p.local()).isEqualTo(LocalDateTime.parse(local));
    assertThat(p.candidates()).extracting(ZoneOffset::getId).containsExactly(candidates.split(" "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "yesterday", "0", "2019-13-01T00:00:00Z", "2019-02-29T00:00:00Z",
      "2019-11-20T24:00:00Z", "2019-11-20T10:60:00Z", "2019-11-20T10:00:00+19:00", "2019-11-20T10:00:00 XYZ",
      "2019-11-20T10:00:00 CET+1", "13:00 PM GMT Nov 20, 2019", "1574164800"})
  void anythingElseIsUnreadable(String text) {
    assertThat(DateText.parse(text).kind()).isEqualTo(DateText.Kind.UNREADABLE);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 10_000, 1_000_000})
  void aLongValueIsUnreadableWithoutBeingScanned(int length) {
    assertThat(DateText.parse("2".repeat(length)).kind()).isEqualTo(DateText.Kind.UNREADABLE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      1930-05-01T12:00:00+00:19:32 | 1930-05-01T12:00:00+00:19:32
      1930-05-01T12:00:00+001932   | 1930-05-01T12:00:00+00:19:32
      """)
  void anOffsetWithSecondsIsReadAsWritten(String text, String expected) {
    DateText.Parsed p = DateText.parse(text);

    assertThat(p.local().atOffset(p.offset())).isEqualTo(OffsetDateTime.parse(expected));
  }
}
