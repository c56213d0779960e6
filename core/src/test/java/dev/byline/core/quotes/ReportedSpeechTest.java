package dev.byline.core.quotes;

import static dev.byline.core.quotes.Passages.body;
import static dev.byline.core.quotes.Passages.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code find} reports — reported speech only — and of which kind, written for each rule. */
class ReportedSpeechTest {

  @Test
  void titlesOfWorksAreNoReportedSpeech() {
    assertThat(body("The service is stocked with classic fare, including \u201cMary Poppins\u201d and \u201cBambi.\u201d"))
        .isEmpty();
  }

  @Test
  void aNameGivenWithCalledIsNoReportedSpeech() {
    assertThat(body("He fell in love with a script called \u201cWild Rose,\u201d a story about a singer.")).isEmpty();
  }

  @Test
  void whatSomeoneCalledSomethingIsTheirWords() {
    Quote q = only(body("Tom Young criticized what he called \u201cexperiments\u201d in procurement."));

    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution().getSource()).contains(Person.of("Tom Young"));
  }

  @Test
  void aWordTalkedAboutIsNoReportedSpeech() {
    assertThat(body("He sold the company the right to use the word \u201cWe\u201d for $5.9 million.")).isEmpty();
  }

  @Test
  void aTermThatNamesTheNextNounIsNoReportedSpeech() {
    assertThat(body("A CT scan showed a \u201cground glass\u201d pattern in both lungs.")).isEmpty();
  }

  @Test
  void scareQuotesInASentenceWithoutCueAreNoReportedSpeech() {
    assertThat(body("The plumes are sending \u201cfree samples\u201d from habitable places into space.")).isEmpty();
  }

  @Test
  void theWritersOwnWordsAreNoReportedSpeech() {
    assertThat(body("I once called a sleeping bag a \u201cmummy bag\u201d in front of my son.")).isEmpty();
  }

  @Test
  void aFragmentWithACueIsReportedSpeech() {
    Quote q = only(body("The Pentagon rejected these accusations as \u201cpatently false.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution().getCue()).contains("rejected");
  }

  @Test
  void aFullSentenceIsAlwaysReportedSpeech() {
    Quote q = only(body("The tagline reads: \u201cMeth. We are on it.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
  }

  @Test
  void aHeadingInQuotationMarksIsReportedAsAPartialQuotation() {
    List<Quote> quotes = body("The doctors wrote to the agency.", "\u201cWe write with urgency\u201d");

    assertThat(only(quotes).getKind()).isEqualTo(QuoteKind.PARTIAL);
  }

  @Test
  void aFragmentThatRepeatsAnEarlierQuotationTakesItsSpeaker() {
    List<Quote> quotes = body(
        "Reed told investors the merger would allow the company \u201cto return capital to shareholders, in addition"
            + " to investing for growth.\u201d",
        "It is not easy to reconcile paying dividends with \u201cinvesting for growth.\u201d");

    assertThat(quotes).hasSize(2);
    assertThat(quotes.get(1).getAttribution().getSource()).contains(Person.of("Reed"));
  }

  @Test
  void aQuotationTheWritersSentenceGoesOnFromIsPartial() {
    Quote q = only(body("\u201cThe people of this country aren\u2019t buying\u201d impeachment, Trump said at a rally."));

    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution().getSource()).contains(Person.of("Trump"));
  }

  @Test
  void aWholeSentenceAfterSaidCommaIsFull() {
    Quote q = only(body("During the call, he asked about the weather and said, \u201csomebody ought to stop it.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
  }

  @Test
  void aWholeSentenceAfterSaidThatWithAPronounIsFull() {
    Quote q = only(body("A spokesperson said in an email that \u201cwe have received an inquiry.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.FULL);
  }

  @Test
  void aFragmentInsideAThatClauseIsPartial() {
    List<Quote> quotes = body("Tom Hill said that scientists still needed to study the food chain, \u201cfrom primitive"
        + " organisms to larger ones,\u201d to be sure.");

    assertThat(only(quotes).getKind()).isEqualTo(QuoteKind.PARTIAL);
  }

  @Test
  void quotationsJoinedByAndAfterACueAreBothFull() {
    List<Quote> quotes = body("Teachers chanted, \u201cFund our schools,\u201d and \u201cPut kids first,\u201d on the steps.");

    assertThat(quotes).extracting(Quote::getKind).containsExactly(QuoteKind.FULL, QuoteKind.FULL);
  }

  @Test
  void aLabelBetweenDeterminerAndNounIsNoReportedSpeechEvenBesideACue() {
    assertThat(body("A \u201cbare bones\u201d budget would fail, the treasurer said on Monday.")).isEmpty();
  }

  @Test
  void aLabelAfterAPossessivePronounIsNoReportedSpeech() {
    assertThat(body("She campaigned on her \u201cjobs first\u201d plan, aides said.")).isEmpty();
  }

  @Test
  void aQuotedFragmentAfterADeterminerThatEndsTheSentenceStaysSpeech() {
    Quote q = only(body("Mayor Ann Holt called the plan a \u201cbetrayal.\u201d"));

    assertThat(q.getKind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.getAttribution().getSource()).contains(Person.builder().name("Ann Holt").title("Mayor").build());
  }

  @Test
  void aLowerCaseSentenceWithAPronounSubjectAfterACueVerbIsFull() {
    List<Quote> quotes = body("Dana Price said the road was \u201cfalling apart,\u201d adding \u201cwe need it fixed.\u201d");

    assertThat(quotes).extracting(Quote::getKind).containsExactly(QuoteKind.PARTIAL, QuoteKind.FULL);
  }

  @Test
  void aLowerCaseFragmentAfterACueVerbStaysPartial() {
    List<Quote> quotes = body("Dana Price said the road was \u201cfalling apart,\u201d adding \u201cquite badly\u201d in places.");

    assertThat(quotes).extracting(Quote::getKind).containsExactly(QuoteKind.PARTIAL, QuoteKind.PARTIAL);
  }

  @Test
  void aNameAfterItsNamingNounAndACommaIsNoReportedSpeech() {
    assertThat(body("Fans chanted the team\u2019s nickname, \u201cthe Gunners\u201d, for an hour.")).isEmpty();
    assertThat(body("His latest album, \u201cMidnights,\u201d sold a million copies, the label said.")).isEmpty();
  }

  @Test
  void aLinkToAnotherStoryIsNoReportedSpeech() {
    assertThat(body("Read more: \u201cWhy the economy is slowing\u201d")).isEmpty();
    assertThat(body("READ MORE: \u201cWe will fight on,\u201d says minister")).isEmpty();
  }

  @Test
  void aNounInScareQuotesThatIsTheSubjectIsNoReportedSpeech() {
    assertThat(body("The \u201cexperts\u201d were wrong again, the columnist argued.")).isEmpty();
    assertThat(only(body("Jane Roe said the \u201cexperts\u201d were wrong.")).getText()).isEqualTo("experts"); // her word
  }

  @Test
  void aTitleAfterATitlingVerbAndACommaIsNoReportedSpeech() {
    assertThat(body("He penned a piece entitled, \u201cWhy Are People Finally Paying Attention?\u201d It was read widely.")).isEmpty();
    assertThat(body("The report was titled: \u201cA plan for growth.\u201d")).isEmpty();
  }

  @Test
  void threeWordsWrittenLikeATitleInASentenceWithNoCueAreNoReportedSpeech() {
    assertThat(body("\u201cTime In A Bottle,\u201d X-Men: Days Of Future Past")).isEmpty();
    assertThat(body("\u2018We Got Her!\u2019 Video Shows Dramatic Rescue")).hasSize(1); // ends like a sentence: someone said it
    assertThat(body("\u201cTime In A Bottle,\u201d the singer said.")).hasSize(1); // a cue: someone's words
  }

  @Test
  void aNameAfterANamingVerbAndItsObjectOrAGlossIsNoReportedSpeech() {
    assertThat(body("The Egyptians named it \"Her Desher,\" meaning \"the red one,\" while astronomers dubbed it "
        + "\"the fire star.\"")).isEmpty();
    assertThat(only(body("Jane Roe called it \u201ca disgrace\u201d.")).getText()).isEqualTo("a disgrace"); // she says it
  }

  @Test
  void theWritersOwnTermIsNoReportedSpeech() {
    assertThat(body("It is one instance of what I call the \u201csurveillance economy.\u201d")).isEmpty();
    assertThat(body("The researchers wondered whether this threshold is behind our \u201ceureka!\u201d moments.")).isEmpty();
  }
}
