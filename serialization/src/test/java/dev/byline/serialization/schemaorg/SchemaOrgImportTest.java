package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.YearRange;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.serialization.schemaorg.SchemaOrgNote.Kind;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import of one JSON-LD block: the graph, the HTML-to-text rule, dates, notes, validity. */
class SchemaOrgImportTest {
  static SchemaOrgReading read(String json) {
    return SchemaOrg.read(json.replace('\'', '"'));
  }

  static List<String> notes(SchemaOrgReading r, Kind kind) {
    return r.getNotes(kind).stream().map(n -> n.getWhere() + ": " + n.getMessage()).toList();
  }

  // ---- the graph ------------------------------------------------------------------------------

  @Test
  void aCopyrightHolderReferencesThePublisherDefinedInline() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H',"
        + "'publisher':{'@type':'NewsMediaOrganization','@id':'https://news.example/#org','name':'The Example'},"
        + "'copyrightHolder':{'@id':'https://news.example/#org'},'copyrightYear':2024}");

    assertThat(r.getArticle().getRights()).contains(RightsNotice.builder().holder("The Example").years(YearRange.of(2024)).build());
  }

  @Test
  void anImageDefinedInsideAnotherNodeIsFollowed() {
    SchemaOrgReading r = read("{'@graph':[{'@type':'WebPage','@id':'#page','primaryImageOfPage':"
        + "{'@type':'ImageObject','@id':'#img','contentUrl':'https://img.example/1.jpg','caption':'A harbour'}},"
        + "{'@type':'NewsArticle','headline':'H','image':{'@id':'#img'}}]}");

    assertThat(r.getArticle().getMedia()).containsExactly(
        Media.builder().url(URI.create("https://img.example/1.jpg")).caption("A harbour").build());
  }

  @Test
  void aListIsUnwrapped() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':{'@list':[{'@type':'Person','name':'Ana Diaz'},"
        + "'Tom Hill']},'video':{'@list':[{'@type':'VideoObject','contentUrl':'https://v.example/1.mp4'}]}}");

    assertThat(r.getArticle().getContributors()).extracting(Contributor::getAgent)
        .containsExactly(Person.of("Ana Diaz"), Person.of("Tom Hill"));
    assertThat(r.getArticle().getMedia()).containsExactly(
        Media.builder().kind(MediaKind.VIDEO).url(URI.create("https://v.example/1.mp4")).build());
  }

  @Test
  void aCycleOfReferencesEnds() {
    SchemaOrgReading r = read("{'@graph':[{'@id':'#a','@list':[{'@id':'#b'}]},{'@id':'#b','@list':[{'@id':'#a'}]},"
        + "{'@type':'NewsArticle','headline':'H','author':{'@id':'#a'}}]}");

    assertThat(r.getArticle().getContributors()).isEmpty();
  }

  @Test
  void aMediaObjectWithNothingInItMakesNoMediaItemAndSaysSo() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','image':{'@type':'ImageObject','width':720,'height':405}}");

    assertThat(r.getArticle().getMedia()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/image: image: nothing the model can carry (no address, caption, credit or rights): no media item created");
  }

  // ---- credits and rights of images -----------------------------------------------------------

  @Test
  void thePhotographerAndTheImagesCopyrightHolderBecomeCreditAndRights() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','image':{'@type':'ImageObject',"
        + "'url':'https://img.example/1.jpg','author':{'@type':'Person','name':'Jane Photo'},"
        + "'copyrightHolder':{'@type':'Organization','name':'Agency X'}}}");

    assertThat(r.getArticle().getMedia()).containsExactly(Media.builder().url(URI.create("https://img.example/1.jpg"))
        .credit("Jane Photo").rights(RightsNotice.builder().holder("Agency X").build()).build());
    assertThat(notes(r, Kind.ASSUMED)).containsExactly(
        "/image/author: image: no creditText; the photographer's name used as the credit line");
  }

  @Test
  void aPhotographerMissingFromTheCreditTextIsNoted() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','image':{'@type':'ImageObject',"
        + "'url':'https://img.example/1.jpg','creditText':'Getty Images','author':'Jane Photo'}}");

    assertThat(r.getArticle().getMedia().get(0).getCredit()).contains("Getty Images");
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/image/author: image: the photographer is not in the credit line, which the model holds as given (creditText)");
  }

  // ---- names ----------------------------------------------------------------------------------

  @Test
  void theSecondNameOfAnAuthorIsNoted() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':{'@type':'Person','name':['Ana Diaz','Ana D\u00edaz']}}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.of("Ana Diaz")));
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/author/name/1: author: a further name of the same person; the model keeps one name");
  }

  @Test
  void manyReferencesToOneAuthorGiveOneContributor() {
    SchemaOrgReading r = read("{'@graph':[{'@type':'Person','@id':'#p','name':'Ana Diaz'},{'@type':'NewsArticle','headline':'H',"
        + "'author':[{'@id':'#p'},{'@id':'#p'},{'@id':'#p'}],'creator':{'@id':'#p'}}]}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.of("Ana Diaz")));
  }

  @Test
  void anAuthorRepeatedAsCreatorWithFewerDetailsIsOneContributor() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':{'@type':'Person','name':'Ana Diaz',"
        + "'url':'https://x.example/ana'},'creator':{'@type':'Person','name':'Ana Diaz','jobTitle':'Reporter'}}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.builder().name("Ana Diaz")
        .identifier(URI.create("https://x.example/ana")).title("Reporter").build()));
  }

  @Test
  void twoPeopleOfOneNameWithDifferentIdentifiersStayTwo() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':[{'@type':'Person','name':'Ana Diaz',"
        + "'sameAs':'https://x.example/1'},{'@type':'Person','name':'Ana Diaz','sameAs':'https://x.example/2'}]}");

    assertThat(r.getArticle().getContributors()).hasSize(2);
  }

  @Test
  void anIdentifierThatIsNotAWebAddressIsReadWhenThereIsNoSameAs() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':{'@type':'Person','name':'Ana Diaz',"
        + "'identifier':'urn:isni:0000000121032683'}}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.builder().name("Ana Diaz")
        .identifier(URI.create("urn:isni:0000000121032683")).build()));
  }

  @Test
  void anIdentifierThatIsNotAnAbsoluteUriIsLeftOutWithANote() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':{'@type':'Person','name':'Ana Diaz',"
        + "'identifier':'12345'}}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.of("Ana Diaz")));
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly("/author/identifier: author: identifier is not an absolute URI: left out");
  }

  @Test
  void anEditorKeepsItsRole() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','editor':'Ed Itor'}");

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.of(Person.of("Ed Itor"), ContributorRole.EDITOR));
  }

  // ---- text -----------------------------------------------------------------------------------

  @Test
  void aParagraphHoldingOnlyANoBreakSpaceIsDroppedWithANote() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','articleBody':'First.\\n\u00a0\\nSecond.'}");

    assertThat(r.getArticle().getParagraphs()).containsExactly("First.", "Second.");
    assertThat(notes(r, Kind.TEXT_CHANGED)).containsExactly(
        "/articleBody: articleBody: 1 paragraph(s) holding only spaces such as no-break spaces dropped");
  }

  @Test
  void aBodyInHtmlIsSplitAtBlocksAndLineBreakElements() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','articleBody':'<p>One &amp; two.</p><p>Three<br>Four</p>'}");

    assertThat(r.getArticle().getParagraphs()).containsExactly("One & two.", "Three", "Four");
  }

  @Test
  void aBodyEscapedTwiceIsDecodedAndSaidSo() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','articleBody':'&lt;p class=\\'x\\'&gt;Caf&amp;eacute;&lt;/p&gt;'}");

    assertThat(r.getArticle().getParagraphs()).containsExactly("Caf\u00e9");
    assertThat(notes(r, Kind.TEXT_CHANGED)).containsExactly("/articleBody: articleBody: HTML escaped twice decoded to text");
  }

  @Test
  void aCaptionWithCarriageReturnsGetsLineFeeds() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','image':{'@type':'ImageObject',"
        + "'url':'https://img.example/1.jpg','caption':'Line one\\r\\nLine two'}}");

    assertThat(r.getArticle().getMedia().get(0).getCaption()).contains("Line one\nLine two");
    assertThat(notes(r, Kind.TEXT_CHANGED)).containsExactly("/image/caption: image caption: line breaks written as line feeds");
  }

  @Test
  void aLineBreakInAHeadlineBecomesOneSpace() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'Two \\n  lines','articleSection':'World<br>Europe'}");

    assertThat(r.getArticle().getHeadline()).isEqualTo("Two lines");
    assertThat(r.getArticle().getSection()).contains("World Europe");
    assertThat(notes(r, Kind.TEXT_CHANGED)).containsExactly(
        "/headline: headline: line breaks joined with a space",
        "/articleSection: section: HTML decoded to text; line breaks joined with a space");
  }

  @Test
  void everyKindOfLineBreakInAOneLineFieldBecomesOneSpace() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'a\\u0085b\\u2028c\\u2029d\\r\\ne\\u0085\\u0085 f'}");

    assertThat(r.getArticle().getHeadline()).isEqualTo("a b c d e f");
  }

  @Test
  void controlCharactersAreRemovedWithANote() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'Bell\\u0007 rings'}");

    assertThat(r.getArticle().getHeadline()).isEqualTo("Bell rings");
    assertThat(notes(r, Kind.TEXT_CHANGED)).containsExactly("/headline: headline: control characters removed");
  }

  @Test
  void aHeadlineOverTheLimitGivesWayToTheName() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'" + "x".repeat(1001) + "','name':'Short'}");

    assertThat(r.getArticle().getHeadline()).isEqualTo("Short");
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/headline: headline: longer than 1000 characters, the model's limit: left out");
  }

  // ---- dates ----------------------------------------------------------------------------------

  @Test
  void aDateOnlyModificationIsLeftOutNotMidnightUtc() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'2024-04-30T16:17:29+02:00',"
        + "'dateModified':'2024-04-30'}");

    assertThat(r.getArticle().getModified()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/dateModified: dateModified: a date without a time of day is not an instant: left out (not read as midnight)");
  }

  @Test
  void aTimeWithoutAnyZoneOnThePageIsLeftOutNotUtc() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'2019-10-19 18:56:59'}");

    assertThat(r.getArticle().getPublished()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly(
        "/datePublished: datePublished: no time zone, and no other date of the page states one: left out (not read as UTC)");
  }

  @Test
  void anAmbiguousZoneTakesTheMeaningTheOtherDateStates() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'01:38:07 PM IST Nov 20, 2019',"
        + "'dateModified':'2019-11-20T21:41:20+05:30'}");

    assertThat(r.getArticle().getPublished()).contains(OffsetDateTime.parse("2019-11-20T13:38:07+05:30"));
  }

  @Test
  void aModificationBeforeThePublicationIsLeftOutToKeepTheArticleValid() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'2019-11-20T13:38:07+05:30',"
        + "'dateModified':'2019-11-20T01:41:20+05:30'}");

    assertThat(r.getArticle().getPublished()).contains(OffsetDateTime.parse("2019-11-20T13:38:07+05:30"));
    assertThat(r.getArticle().getModified()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly("/dateModified: modified: earlier than the publication time "
        + "2019-11-20T13:38:07+05:30: left out to keep the article valid");
  }

  @Test
  void anOffsetWithSecondsIsKeptAsTheSameInstantInUtc() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'1930-05-01T12:00:00+00:19:32'}");

    assertThat(r.getArticle().getPublished()).contains(OffsetDateTime.parse("1930-05-01T11:40:28Z"));
  }

  @Test
  void anUnreadableDateIsReportedWithItsText() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','datePublished':'last Tuesday'}");

    assertThat(r.getNotes(Kind.LEFT_OUT)).singleElement().satisfies(n -> {
      assertThat(n.getValue()).contains("last Tuesday");
      assertThat(n.getMessage()).isEqualTo("datePublished: not a date in a form the import reads: left out");
    });
  }

  // ---- language -------------------------------------------------------------------------------

  @Test
  void aLanguageThatIsNoTagIsLeftOutToKeepTheArticleValid() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','inLanguage':'deutsch, german'}");

    assertThat(r.getArticle().getLanguage()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly("/inLanguage: language: left out to keep the article valid: "
        + "must be a well-formed BCP 47 language tag such as en or en-GB [language.notLanguageTag]");
  }

  @Test
  void aLocaleWithAnUnderscoreIsReadAsALanguageTag() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','inLanguage':'en_US'}");

    assertThat(r.getArticle().getLanguage()).contains("en-US");
    assertThat(notes(r, Kind.ASSUMED)).containsExactly(
        "/inLanguage: inLanguage: a locale written with underscores read as the language tag en-US");
  }

  @Test
  void aLanguageNodeNamingTwoDifferentTagsIsLeftOut() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','inLanguage':{'@type':'Language','name':'de-DE','alternateName':'en'}}");

    assertThat(r.getArticle().getLanguage()).isEmpty();
  }

  // ---- nothing silent -------------------------------------------------------------------------

  @Test
  void everyPropertyTheModelHasNoPlaceForIsNoted() {
    SchemaOrgReading r = read("{'@context':'https://schema.org','@type':'NewsArticle','headline':'H','wordCount':512,"
        + "'publisher':{'@type':'Organization','name':'P','logo':{'@type':'ImageObject','url':'https://p.example/l.png'}}}");

    assertThat(notes(r, Kind.NOT_CARRIED_OVER)).containsExactly(
        "/wordCount: schema.org wordCount of NewsArticle: Byline's model has no place for it",
        "/publisher/logo: schema.org logo of Organization: Byline's model has no place for it");
  }

  @Test
  void aNodeTheArticleDoesNotUseIsNoted() {
    SchemaOrgReading r = read("{'@graph':[{'@type':'BreadcrumbList','name':'Crumbs'},{'@type':'NewsArticle','headline':'H'}]}");

    assertThat(notes(r, Kind.NOT_CARRIED_OVER)).containsExactly(
        "/@graph/0: a BreadcrumbList node that is not the article and that the article's imported properties do not use: not imported");
  }

  @Test
  void aRepeatedKeyKeepsTheLastValueWithANote() {
    SchemaOrgReading r = SchemaOrg.read("{\"@type\":\"NewsArticle\",\"headline\":\"First\",\"headline\":\"Second\"}");

    assertThat(r.getArticle().getHeadline()).isEqualTo("Second");
    assertThat(notes(r, Kind.JSON)).containsExactly(
        "/headline: the key appears more than once in the object; the last value is used, as a browser's JSON.parse does");
  }

  @Test
  void rawControlCharactersInStringsAreReadWithANote() {
    SchemaOrgReading r = SchemaOrg.read("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"One.\nTwo.\"}");

    assertThat(r.getArticle().getParagraphs()).containsExactly("One.", "Two.");
    assertThat(r.getNotes(Kind.JSON)).singleElement()
        .satisfies(n -> assertThat(n.getMessage()).startsWith("not strict JSON (").contains("read with the leniencies of web pages"));
  }

  @Test
  void sourcesSayEveryFieldCameFromTheJsonLd() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','author':'A','datePublished':'2024-01-01T10:00:00Z'}");

    assertThat(r.getSources()).containsExactly(
        java.util.Map.entry("headline", FieldSource.JSON_LD), java.util.Map.entry("published", FieldSource.JSON_LD),
        java.util.Map.entry("contributors", FieldSource.JSON_LD));
  }

  @Test
  void aYearBeforeTheFirstNewspapersIsLeftOutOfTheRightsToKeepThemValid() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','copyrightHolder':'The Example','copyrightYear':1066}");

    assertThat(r.getArticle().getRights()).contains(RightsNotice.builder().holder("The Example").build());
    assertThat(ArticleValidator.create().validate(r.getArticle()).isValid()).isTrue();
  }

  @Test
  void aPublisherTypedAsAPersonIsReadAsAnOrganisationWithANote() {
    SchemaOrgReading r = read("{'@type':'NewsArticle','headline':'H','publisher':{'@type':'Person','name':'Jo Blog'}}");

    assertThat(r.getArticle().getPublisher()).contains(Organization.of("Jo Blog"));
    assertThat(notes(r, Kind.ASSUMED)).containsExactly("/publisher: publisher: a person, read as the publishing organisation");
  }

  @Test
  void theImportedArticleIsValid() {
    Article a = read("{'@type':'NewsArticle','headline':'H','inLanguage':'xx_YY_ZZ_WW','url':'https://x.example/a',"
        + "'author':{'@type':'Person','name':'A','sameAs':'mailto:a@x.example'},'copyrightYear':99999}").getArticle();

    assertThat(ArticleValidator.create().validate(a).isValid()).isTrue();
  }
}
