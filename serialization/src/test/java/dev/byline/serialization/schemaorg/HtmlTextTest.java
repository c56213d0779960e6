package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTML-to-text rule, on jsoup. */
class HtmlTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"Plain text", "two  spaces\tand a tab", "a > b", "line one\nline two"})
  void aValueWithoutLessThanOrAmpersandIsKeptAsWritten(String value) {
    HtmlText.Result r = HtmlText.toText(value);

    assertThat(r.text()).isEqualTo(value);
    assertThat(r.html()).isFalse();
  }

  @Test
  void namedReferencesComeFromHtmlsFullTable() {
    assertThat(HtmlText.toText("S&atilde;o Jo&atilde;o, cora&ccedil;&atilde;o, p&otilde;e, &iexcl;Hola!, 50&percnt;").text())
        .isEqualTo("S\u00e3o Jo\u00e3o, cora\u00e7\u00e3o, p\u00f5e, \u00a1Hola!, 50%");
  }

  @Test
  void numericReferencesAreDecoded() {
    assertThat(HtmlText.toText("&#8211; &#x201C;open&#x201D; &#128512;").text()).isEqualTo("\u2013 \u201copen\u201d \ud83d\ude00");
  }

  @Test
  void blockElementsBecomeLineBreaks() {
    assertThat(HtmlText.toText("<p>One</p><p>Two</p><ul><li>Three</li></ul>").text()).isEqualTo("\nOne\n\nTwo\n\n\nThree\n\n");
  }

  @Test
  void aLineBreakElementBecomesALineBreak() {
    assertThat(HtmlText.toText("first<br>second<br/>third").text()).isEqualTo("first\nsecond\nthird");
  }

  @Test
  void inlineMarkupGoesAndTheWhiteSpaceAroundItStays() {
    assertThat(HtmlText.toText("<b>Bold</b>  <i>italic</i>\tand <a href=\"/x\">a link</a>").text())
        .isEqualTo("Bold  italic\tand a link");
  }

  @Test
  void scriptAndStyleContentIsNotText() {
    assertThat(HtmlText.toText("<style>p{color:red}</style>Text<script>alert(1)</script>").text()).isEqualTo("Text");
  }

  @Test
  void markupEscapedOnceIsDecodedASecondTime() {
    HtmlText.Result r = HtmlText.toText("&lt;p class=&quot;lead&quot;&gt;Tom &amp;amp; Jerry&lt;/p&gt;&lt;p&gt;Next&lt;/p&gt;");

    assertThat(r.text()).isEqualTo("\nTom & Jerry\n\nNext\n");
    assertThat(r.passes()).isEqualTo(2);
  }

  @Test
  void aReferenceEscapedOnceIsDecodedASecondTime() {
    HtmlText.Result r = HtmlText.toText("Caf&amp;eacute;");

    assertThat(r.text()).isEqualTo("Caf\u00e9");
    assertThat(r.passes()).isEqualTo(2);
  }

  @Test
  void decodingStopsAfterThreePasses() {
    assertThat(HtmlText.toText("&amp;amp;amp;amp;").text()).isEqualTo("&amp;");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x<y", "a <b", "if a<b and c<d", "AT&T", "Q&A", "&foo; is no reference"})
  void lessThanOrAmpersandThatStartNothingStayText(String value) {
    assertThat(HtmlText.toText(value).text()).isEqualTo(value);
  }

  @Test
  void aLessThanBeforeALaterGreaterThanIsATagAsInABrowser() {
    assertThat(HtmlText.toText("x<y and z>w").text()).isEqualTo("xw");
  }

  @Test
  void aLegacyReferenceWithoutSemicolonIsDecodedInTextAsInABrowser() {
    assertThat(HtmlText.toText("&copy 2023 Example").text()).isEqualTo("\u00a9 2023 Example");
  }

  @Test
  void aWebAddressHasItsReferencesDecodedAsInAnAttribute() {
    assertThat(HtmlText.decodeReferences("https://img.example/a.jpg?q=80&amp;w=1200&copy=1"))
        .isEqualTo("https://img.example/a.jpg?q=80&w=1200&copy=1");
  }
}
