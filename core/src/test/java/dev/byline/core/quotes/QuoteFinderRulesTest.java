package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Agent;
import dev.byline.Attribution;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.TextLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short passages, written for each rule of the finder and each trap it must not fall into. */
class QuoteFinderRulesTest {

  static List<Quote> body(String... paragraphs) {
    return QuoteFinder.find("Headline", List.of(paragraphs));
  }

  static Quote only(List<Quote> quotes) {
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }

  static Attribution by(Agent source, String cue, String context) {
    Attribution.Builder b = Attribution.builder().source(source);
    if (cue != null) {
      b.cue(cue);
    }
    if (context != null) {
      b.context(context);
    }
    return b.build();
  }

  @Test
  void apostrophesAreNoQuotationMarks() {
    assertThat(body("The minister won\u2019t say if Russia\u2019s troops will leave.")).isEmpty();
    assertThat(QuoteFinder.find("Russia\u2019s allies won\u2019t move", List.of())).isEmpty();
  }

  @Test
  void elidedDecadeIsNoQuotationMark() {
    assertThat(body("Prices rose in the \u201990s, the report said.")).isEmpty();
    assertThat(QuoteFinder.find("Back to the \u201990s for rock\u2019n\u2019roll", List.of())).isEmpty();
  }

  @Test
  void soCalledTermIsNoReportedSpeech() {
    assertThat(body("The so-called \u201creform\u201d passed on Monday.")).isEmpty();
  }

  @Test
  void quotationInsideAHeadlineWithItsSpeaker() {
    Quote q = only(QuoteFinder.find("Biden says \u2018we will not back down\u2019", List.of()));

    assertThat(q.getText()).isEqualTo("we will not back down");
    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Biden"), "says", null));
    assertThat(q.getLocation()).contains(TextLocation.inHeadline(12, 33));
  }

  @Test
  void straightSingleQuotesInAHeadline() {
    Quote q = only(QuoteFinder.find("Putin says 'no plans' to invade", List.of()));

    assertThat(q.getText()).isEqualTo("no plans");
    assertThat(q.getAttribution().getSource()).contains(Person.of("Putin"));
  }

  @Test
  void unclosedMarkInAHeadlineIsNoQuotation() {
    assertThat(QuoteFinder.find("Why the \u2018deal is off", List.of())).isEmpty();
  }

  @Test
  void twoSpeakersInOneParagraph() {
    List<Quote> quotes = body("\u201cWe are ready,\u201d said Jane Doe. \u201cWe are not,\u201d said John Roe.");

    assertThat(quotes).extracting(Quote::getText).containsExactly("We are ready,", "We are not,");
    assertThat(quotes.get(0).getAttribution()).isEqualTo(by(Person.of("Jane Doe"), "said", null));
    assertThat(quotes.get(1).getAttribution()).isEqualTo(by(Person.of("John Roe"), "said", null));
    assertThat(quotes).extracting(Quote::getKind).containsOnly(QuoteKind.FULL);
  }

  @Test
  void speakerNamedOnlyAfterTheQuotationWithTheOccasion() {
    Quote q = only(body("\u201cThe vote is final,\u201d Maria Lopez said on Tuesday."));

    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Maria Lopez"), "said", "on Tuesday"));
    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
  }

  @Test
  void quotationRunningOverThreeParagraphsIsOneQuotePerParagraphWithOneSpeaker() {
    List<Quote> quotes = body(
        "Jane Doe, the mayor, said: \u201cWe will rebuild the bridge.",
        "\u201cWe will rebuild the school.",
        "\u201cAnd we will do it this year,\u201d she said.",
        "The council meets on Friday.");

    assertThat(quotes).extracting(Quote::getText)
        .containsExactly("We will rebuild the bridge.", "We will rebuild the school.", "And we will do it this year,");
    assertThat(quotes).extracting(q -> q.getLocation().orElseThrow())
        .containsExactly(TextLocation.inParagraph(0, 28, 55), TextLocation.inParagraph(1, 1, 28), TextLocation.inParagraph(2, 1, 29));
    Person mayor = Person.builder().name("Jane Doe").title("mayor").build(); // "Jane Doe, the mayor,"
    assertThat(quotes).extracting(Quote::getAttribution).containsOnly(by(mayor, "said", null));
  }

  @Test
  void nestedQuotationStaysInsideTheOuterOne() {
    Quote q = only(body("\u201cHe told me \u2018never again\u2019 and left,\u201d said Ana Diaz."));

    assertThat(q.getText()).isEqualTo("He told me \u2018never again\u2019 and left,");
    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Ana Diaz"), "said", null));
  }

  @Test
  void straightDoubleQuotes() {
    Quote q = only(body("\"This is a test,\" said Tom Hill."));

    assertThat(q.getText()).isEqualTo("This is a test,");
    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Tom Hill"), "said", null));
    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 1, 16));
  }

  @Test
  void accordingToATitledPersonIntroducedEarlier() {
    List<Quote> quotes = body("Senator Mark Reed voted no.", "The plan is \u201cdead on arrival,\u201d according to Reed.");

    Quote q = only(quotes);
    assertThat(q.getText()).isEqualTo("dead on arrival,");
    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution())
        .isEqualTo(by(Person.builder().name("Mark Reed").title("Senator").build(), "according to", null));
  }

  @Test
  void surnameResolvesToThePersonIntroducedWithTitleAndAffiliation() {
    List<Quote> quotes = body(
        "EU Commissioner Anna Berg arrived on Monday.",
        "\u201cWe will act,\u201d Berg said.");

    Person berg = Person.builder().name("Anna Berg").title("Commissioner").affiliation(Organization.of("EU")).build();
    assertThat(only(quotes).getAttribution()).isEqualTo(by(berg, "said", null));
  }

  @Test
  void quotationWithNoFindableSpeakerIsKeptWithAnUnknownSource() {
    Quote q = only(body("\u201cIt was chaos.\u201d"));

    assertThat(q.getText()).isEqualTo("It was chaos.");
    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
    assertThat(q.getAttribution().isSourceKnown()).isFalse();
  }

  @Test
  void pronounRefersToTheLastQuotedSpeakerOnly() {
    List<Quote> quotes = body("\u201cFirst,\u201d said Ana Diaz. \u201cSecond,\u201d she added.");

    assertThat(quotes.get(1).getAttribution()).isEqualTo(by(Person.of("Ana Diaz"), "added", null));
  }

  @Test
  void pronounRefersToThePersonTheSentenceBeforeWasAbout() {
    Quote q = only(body("Ana Diaz spoke on Monday. \u201cWe are ready,\u201d she said."));

    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Ana Diaz"), "said", null));
  }

  @Test
  void pronounWithNobodyBeforeIsAnExplicitlyUnknownSourceThatKeepsItsCue() {
    Quote q = only(body("\u201cWe are ready,\u201d she said."));

    assertThat(q.getAttribution().isSourceKnown()).isFalse();
    assertThat(q.getAttribution().getCue()).contains("said");
  }

  @Test
  void toldReportersIsTheCue() {
    Quote q = only(body("Tom Hill told reporters on Monday that the plan was \u201cfinished.\u201d"));

    assertThat(q.getText()).isEqualTo("finished.");
    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Tom Hill"), "told reporters", null));
  }

  @Test
  void organisationAsSpeakerInAStatement() {
    Quote q = only(body("\u201cWe deny the claims,\u201d the Ministry of Defence said in a statement."));

    assertThat(q.getAttribution()).isEqualTo(by(Organization.of("Ministry of Defence"), "said", "in a statement"));
  }

  @Test
  void colonIntroducesAFullQuotation() {
    Quote q = only(body("Jane Doe said: \u201cWe will win.\u201d"));

    assertThat(q.getText()).isEqualTo("We will win.");
    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
    assertThat(q.getAttribution()).isEqualTo(by(Person.of("Jane Doe"), "said", null));
  }

  @Test
  void locationsCountCodePointsPastAnEmoji() {
    Quote q = only(body("\uD83D\uDE00 \u201cYes,\u201d said Tom Hill."));

    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 3, 7));
  }

  @Test
  void continuationQuoteTakesThePreviousSpeakerOfTheParagraph() {
    List<Quote> quotes = body("\u201cWe are ready,\u201d said Jane Doe. \u201cWe were always ready.\u201d");

    assertThat(quotes.get(1).getAttribution()).isEqualTo(by(Person.of("Jane Doe"), "said", null));
  }

  @Test
  void quotationThatNeverClosesRunsToTheParagraphsEnd() {
    Quote q = only(body("Jane Doe said: \u201cWe will win", "Then she left."));

    assertThat(q.getText()).isEqualTo("We will win");
    assertThat(q.getLocation()).contains(TextLocation.inParagraph(0, 16, 27));
  }

  @Test
  void emptyTextHasNoQuotations() {
    assertThat(QuoteFinder.find("", List.of())).isEmpty();
    assertThat(QuoteFinder.find("Only a headline", List.of())).isEmpty();
  }

  @Test
  void bareMarksHaveNoQuotationAndNeverFail() {
    assertThat(body("\u201d\u201d\u201c")).isEmpty();
    assertThat(body("\u201c \u2026 \u201d")).isEmpty();
    assertThat(body("\u201c\u201d")).isEmpty();
  }

  @Test
  void aQuotationOpenedByAContractedPronounAfterACueIsFull() {
    Quote q = Passages.only(Passages.body("Jane Doe insists \u201cwe\u2019ve won the argument.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
  }

  @Test
  void aQuotationAfterACueAndWhomItTellsIsFull() {
    Quote full = Passages.only(Passages.body("Jane Doe told him \u201cI think it is over.\u201d"));
    Quote partial = Passages.only(Passages.body("Jane Doe told him his plan was \u201chistoric\u201d and left."));

    assertThat(full.getKind()).isEqualTo(QuoteKind.FULL);
    assertThat(partial.getKind()).isEqualTo(QuoteKind.PARTIAL);
  }

  @Test
  void aCommaAfterAnAbbreviationStartsNoSentence() {
    Quote q = only(body("Sen. Jane Roe, R-Neb., called the vote \"a crisis of public trust\" within the party."));

    assertThat(q.getAttribution().getSource()).contains(Person.builder().name("Jane Roe").title("Sen.").build());
  }

  @Test
  void anInvertedCueBetweenCommasBeforeTheQuotationNamesItsSpeaker() {
    Quote writes = only(body("The biggest reason advisers get fired, writes Jane Roe, is \"it's always about communication.\""));
    List<Quote> telling = body("\u201cWe all miss him,\u201d Mark Fields said, telling Tim Cook, \u201cyou have been true to him.\u201d");

    assertThat(writes.getAttribution().getSource()).contains(Person.of("Jane Roe"));
    assertThat(writes.getAttribution().getCue()).contains("writes");
    // whom a speaker tells is no speaker
    assertThat(telling).hasSize(2);
    assertThat(telling.get(1).getAttribution().getSource()).isNotEqualTo(java.util.Optional.of(Person.of("Tim Cook")));
  }

  @Test
  void anAcronymWrittenLikeARelativePronounIsAName() {
    Quote who = only(body("Untreated plague is \u201calways fatal,\u201d says WHO."));
    Quote relative = only(body("\u201cWe are ready,\u201d said Jane Roe, who leads the group."));

    assertThat(who.getAttribution().getSource()).contains(Organization.of("WHO"));
    assertThat(relative.getAttribution().getSource()).contains(Person.of("Jane Roe"));
  }

  @Test
  void theSubjectBeforeARelativeClauseSpeaks() {
    Quote q = only(body("In a reflection of the confusion, the Example Commission, which regulates campaign finances, "
        + "issued a statement warning that \u201cvoters are entitled to transparency.\u201d"));

    assertThat(q.getAttribution().getSource()).contains(Organization.of("Example Commission"));
    assertThat(q.getAttribution().getCue()).contains("warning");
  }

  @Test
  void aSecondCueWithItsColonLeavesTheFirstQuotationItsSpeaker() {
    List<Quote> quotes = body("Jane Roe arrived on Monday.", "\u201cWe are ready,\u201d Roe said, adding: \u201cWe always were.\u201d");

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(0).getAttribution()).isEqualTo(by(Person.of("Jane Roe"), "said", null));
    assertThat(quotes.get(1).getAttribution().getSource()).contains(Person.of("Jane Roe"));
    assertThat(quotes.get(1).getAttribution().getCue()).contains("adding");
  }

  @Test
  void whomAMediumQuotesAsSayingIsTheSpeaker() {
    Quote named = only(body("\u201cWe are ready,\u201d state media quoted Jane Roe as saying."));
    Quote pronoun = only(body("Jane Roe arrived on Monday.", "\u201cWe are ready,\u201d the BBC quoted her as saying."));

    assertThat(named.getAttribution().getSource()).contains(Person.of("Jane Roe"));
    assertThat(pronoun.getAttribution().getSource()).contains(Person.of("Jane Roe"));
  }

  @Test
  void aPartyAndStateAfterTheNameInBracketsOrCommas() {
    Quote brackets = only(body("Senator Jane Roe (R-La.) said \u201cwe are ready\u201d on Monday."));
    Quote commas = last(body("Jane Roe arrived on Monday.", "\u201cWe are ready,\u201d Roe, R-La., said."));

    assertThat(brackets.getAttribution().getSource()).contains(Person.builder().name("Jane Roe").title("Senator").build());
    assertThat(commas.getAttribution().getSource()).contains(Person.of("Jane Roe"));
  }

  static Quote last(List<Quote> quotes) {
    assertThat(quotes).isNotEmpty();
    return quotes.get(quotes.size() - 1);
  }
}

