package dev.byline.core.quotes;

import static dev.byline.core.quotes.Passages.body;
import static dev.byline.core.quotes.Passages.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.TextLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotation marks in any mix and in the languages of the corpus, written for each rule. */
class QuotationMarksTest {

  @Test
  void straightOpeningMarkClosedByACurlyOne() {
    Quote q = only(body("\"We will win,\u201d said Jane Doe. Then she left."));

    assertThat(q.getText()).isEqualTo("We will win,");
    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 1, 13));
    assertThat(q.getAttribution().getSource()).contains(Person.of("Jane Doe"));
  }

  @Test
  void curlyOpeningMarkClosedByAStraightOne() {
    List<Quote> quotes = body("\u201cWe will win,\" said Jane Doe. \"We always do.\"");

    assertThat(quotes).extracting(Quote::getText).containsExactly("We will win,", "We always do.");
  }

  @Test
  void mixedMarksNeverRunToTheEndOfTheParagraph() {
    List<Quote> quotes = body("\"And I asked, well, on whose authority?\u201d said Fiona Hill. \"And he said, the President.\"");

    assertThat(quotes).extracting(Quote::getText)
        .containsExactly("And I asked, well, on whose authority?", "And he said, the President.");
  }

  @Test
  void germanLowAndHighDoubleMarks() {
    Quote q = only(body("\u201eWir schaffen das\u201c, sagte sie."));

    assertThat(q.getText()).isEqualTo("Wir schaffen das");
    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 1, 17));
  }

  @Test
  void germanSingleMarksInsideDoubleOnesStayPartOfTheText() {
    Quote q = only(body("\u201eEr sagte \u201aniemals\u2018 und ging\u201c, sagte sie."));

    assertThat(q.getText()).isEqualTo("Er sagte \u201aniemals\u2018 und ging");
  }

  @Test
  void germanGuillemetsPointInwards() {
    Quote q = only(body("\u00bbWir schaffen das\u00ab, sagte sie."));

    assertThat(q.getText()).isEqualTo("Wir schaffen das");
  }

  @Test
  void frenchGuillemetsKeepTheNoBreakSpacesInside() {
    Quote q = only(body("\u00ab\u00a0Nous sommes pr\u00eats\u00a0\u00bb, a d\u00e9clar\u00e9 le ministre."));

    assertThat(q.getText()).isEqualTo("\u00a0Nous sommes pr\u00eats\u00a0");
    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 1, 20));
  }

  @Test
  void singleGuillemets() {
    Quote q = only(body("Il a dit \u2039\u00a0non\u00a0\u203a, puis il est parti. \u00abC\u2019est fini.\u00bb"));

    assertThat(q.getText()).isEqualTo("C\u2019est fini.");
  }

  @Test
  void attributionIsEnglishOnlySoAForeignCueGivesAnUnknownSource() {
    Quote q = only(body("\u00abC\u2019est fini\u00bb, a d\u00e9clar\u00e9 Emmanuel Macron."));

    assertThat(q.getAttribution().isSourceKnown()).isFalse();
  }

  @Test
  void britishSingleMarksInTheBody() {
    Quote q = only(body("\u2018We will win,\u2019 said Jane Doe."));

    assertThat(q.getText()).isEqualTo("We will win,");
    assertThat(q.getAttribution().getSource()).contains(Person.of("Jane Doe"));
  }

  @Test
  void straightSingleMarksInTheBody() {
    Quote q = only(body("'We will win,' said Jane Doe."));

    assertThat(q.getText()).isEqualTo("We will win,");
  }

  @Test
  void pluralPossessiveIsNoClosingMark() {
    assertThat(body("The voters\u2019 choice was clear, Tom Hill said.")).isEmpty();
  }

  @Test
  void rockAndRollIsNoQuotation() {
    assertThat(body("He played rock \u2018n\u2019 roll all night.")).isEmpty();
  }

  @Test
  void singleMarkLeftOpenWasAnApostropheAndHidesNoQuotationAfterIt() {
    List<Quote> quotes = body("Fans of \u2018the band kept singing. \u201cWe love it,\u201d said Tom Hill.");

    assertThat(quotes).extracting(Quote::getText).containsExactly("We love it,");
  }

  @Test
  void inchesAreNoQuotation() {
    assertThat(body("The player is 6'10\" tall, Tom Hill said.")).isEmpty();
  }

  @Test
  void straightSingleMarksInAHeadlineThatNeverCloseAreNoQuotation() {
    assertThat(QuoteFinder.find(" 'a 'b 'c", List.of())).isEmpty();
  }

  @Test
  void twoRightSingleMarksCloseADoubleQuotation() {
    List<Quote> quotes = body("\u201cWe will win,\u2019\u2019 said Jane Doe. \u201cWe always do.\u201d");

    assertThat(quotes).extracting(Quote::getText).containsExactly("We will win,", "We always do.");
    assertThat(quotes.get(0).getLocation()).contains(TextLocation.inParagraph(0, 1, 13));
    assertThat(quotes.get(0).getAttribution().getSource()).contains(Person.of("Jane Doe"));
  }

  @Test
  void twoStraightSingleMarksCloseADoubleQuotation() {
    Quote q = only(body("\u201cIt is over.'' Then she left."));

    assertThat(q.getText()).isEqualTo("It is over.");
  }

  @Test
  void paragraphsOfOneQuotationRunTogetherAreSeparateQuotationsOfOneSpeaker() {
    // an article body with its paragraphs joined: each paragraph of the quotation opens again, none closes
    List<Quote> quotes = body("The minister Jane Doe told reporters: \u201cThere is no need for the Army. "
        + "\u201cThe police have what they need.\u201d Officers were sent in.");

    assertThat(quotes).extracting(Quote::getText)
        .containsExactly("There is no need for the Army.", "The police have what they need.");
    assertThat(quotes).allSatisfy(q -> assertThat(q.getAttribution().getSource())
        .hasValueSatisfying(source -> assertThat(source.getName()).isEqualTo("Jane Doe")));
  }

  @Test
  void aStraightMarkAfterASentenceEndAndASpaceOpensTheNextParagraphToo() {
    List<Quote> quotes = body("Jane Doe said: \u201cI am appalled by the disorder tonight. \"Our city is better than this.\u201d");

    assertThat(quotes).extracting(Quote::getText)
        .containsExactly("I am appalled by the disorder tonight.", "Our city is better than this.");
  }

  @Test
  void aQuotationInsideAQuotationIsNoNewParagraph() {
    // no sentence end before the inner mark, or no capital after it: the text of the open quotation
    assertThat(body("Jane Doe said: \u201cThey called it \u201cThe Plan\u201d and left.\u201d"))
        .extracting(Quote::getText).first().asString().startsWith("They called it");
    assertThat(body("Jane Doe said: \u201cWe won. \u201cagain\u201d is the word.\u201d"))
        .extracting(Quote::getText).first().asString().startsWith("We won.");
  }

  @Test
  void aPluralsPossessiveInsideASingleQuotationDoesNotCloseItWhenAMarkClosesItLater() {
    List<Quote> quotes = body("Jones said: \u2018The Smiths\u2019 house is on fire and we can\u2019t stop it.\u2019");
    List<Quote> scare = body("He called it the \u2018voters\u2019 choice\u2019 and left.");

    assertThat(quotes).extracting(Quote::getText)
        .containsExactly("The Smiths\u2019 house is on fire and we can\u2019t stop it.");
    assertThat(scare).extracting(Quote::getText).containsExactly("voters\u2019 choice");
  }
}
