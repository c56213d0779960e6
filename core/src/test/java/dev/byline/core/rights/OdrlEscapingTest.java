package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.RightsNotice;
import org.junit.jupiter.api.Test;

/** Control characters and lone surrogates in a holder's name come out as JSON {@code \\u} escapes. */
class OdrlEscapingTest {

  @Test
  void controlCharactersAndLoneSurrogatesAreWrittenAsLowerCaseUnicodeEscapes() {
    RightsNotice notice = RightsNotice.builder().holder("A\u0001B\uD800C\u001fD\uDFFFE").build();

    assertThat(OdrlPolicies.toJsonLd(notice)).contains("\"vcard:fn\":\"A\\u0001B\\ud800C\\u001fD\\udfffE\"");
  }

  @Test
  void aValidSurrogatePairIsWrittenAsIs() {
    RightsNotice notice = RightsNotice.builder().holder("News \uD83D\uDCF0").build();

    assertThat(OdrlPolicies.toJsonLd(notice)).contains("\"vcard:fn\":\"News \uD83D\uDCF0\"");
  }
}
