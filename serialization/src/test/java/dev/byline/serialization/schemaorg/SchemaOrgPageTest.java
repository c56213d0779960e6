package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Tag;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.serialization.schemaorg.SchemaOrgNote.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;

/**
 * The page entry point, on excerpts of real pages (see {@code pages/SOURCES.md}) and on small pages
 * written for one behaviour each. Every expected value was read off the page by hand.
 */
class SchemaOrgPageTest {
  static String page(String name) throws IOException {
    try (InputStream in = SchemaOrgPageTest.class.getResourceAsStream("pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<String> notes(SchemaOrgReading r, Kind kind) {
    return r.getNotes(kind).stream().map(n -> n.getWhere() + ": " + n.getMessage()).toList();
  }

  // ---- Aktuálně.cz: JSON-LD in a CDATA wrapper, meta tags for what it lacks ------------------------

  @Test
  void aktualneFieldsComeFromTheJsonLdFirstAndTheMetaTagsForTheRest() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("aktualne-excerpt.html"));
    Article a = r.getArticle();

    assertThat(a.getHeadline()).isEqualTo("West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout");
    assertThat(a.getUrl()).contains(URI.create(
        "https://sport.aktualne.cz/fotbal/zahranici/west-ham-hrozi-gigantum-okouzlil-i-linekera-souckovu-praci-j/r~8fa032ba3add11ec8a900cc47ab5f122/"));
    assertThat(a.getSubheadline()).contains("Zázrak jedné sezony? West Ham United dává pochybovačům stále pádnější odpovědi.");
    assertThat(a.getPublished()).contains(OffsetDateTime.parse("2021-11-01T10:52:50+01:00"));
    assertThat(a.getModified()).contains(OffsetDateTime.parse("2021-11-01T10:52:50+01:00"));
    assertThat(a.getLanguage()).contains("cs-CZ");
    assertThat(a.getSection()).contains("Zahraniční ligy");
    assertThat(a.getContributors()).containsExactly(Contributor.author(Person.of("Aleš Vávra")));
    assertThat(a.getPublisher()).contains(Organization.of("Aktuálně.cz"));
    assertThat(a.getTags()).extracting(Tag::getLabel).containsExactly("West Ham United FC", "Tomáš Souček", "fotbal",
        "David Moyes", "Premier League", "Manchester City FC", "Emile Heskey", "Aston Villa FC", "Evropská liga UEFA",
        "Liverpool FC");
    assertThat(a.getMedia()).containsExactly(Media.builder()
        .url(URI.create("https://cdn.xsd.cz/original/9b6b601b440031309c748f864087a138.jpg")).credit("Reuters").build());
    assertThat(r.getSources()).containsExactly(
        entry("headline", FieldSource.JSON_LD), entry("subheadline", FieldSource.JSON_LD), entry("url", FieldSource.JSON_LD),
        entry("language", FieldSource.OPEN_GRAPH), entry("section", FieldSource.ARTICLE_META),
        entry("published", FieldSource.JSON_LD), entry("modified", FieldSource.JSON_LD),
        entry("contributors", FieldSource.JSON_LD), entry("publisher", FieldSource.JSON_LD),
        entry("tags", FieldSource.JSON_LD), entry("media", FieldSource.JSON_LD));
  }

  @Test
  void aktualneMetaTagsThatDifferFromTheJsonLdAreNoted() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("aktualne-excerpt.html"));

    assertThat(notes(r, Kind.LEFT_OUT)).contains(
        "<meta property=\"article:modified_time\"> (meta tag 5 of the page's og: and article: tags): "
            + "article:modified_time: the article's modified comes from the JSON-LD",
        "<meta property=\"og:title\"> (meta tag 8 of the page's og: and article: tags): "
            + "og:title: the article's headline comes from the JSON-LD",
        "<meta property=\"og:site_name\"> (meta tag 1 of the page's og: and article: tags): "
            + "og:site_name: the article's publisher comes from the JSON-LD");
  }

  @Test
  void aktualneJsonLdPropertiesWithoutAPlaceAreNoted() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("aktualne-excerpt.html"));

    assertThat(notes(r, Kind.NOT_CARRIED_OVER)).contains(
        "JSON-LD block 1 /about: schema.org about of NewsArticle: Byline's model has no place for it",
        "JSON-LD block 1 /wordcount: schema.org wordcount of NewsArticle: Byline's model has no place for it",
        "JSON-LD block 1 /publisher/logo: schema.org logo of Organization: Byline's model has no place for it",
        "<meta property=\"og:type\"> (meta tag 3 of the page's og: and article: tags): og:type: Byline's model has no place for it");
    assertThat(notes(r, Kind.JSON)).containsExactly("JSON-LD block 1: a CDATA section or HTML comment around the JSON removed");
  }

  // ---- Folha: a block that is not JSON, so the meta tags give everything ---------------------------

  @Test
  void folhaReadsFromTheMetaTagsWhenItsJsonLdIsNotJson() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("folha-excerpt.html"));
    Article a = r.getArticle();

    assertThat(a.getHeadline()).isEqualTo("Tite diz que errou ao levar taça da Libertadores a Lula em 2012");
    assertThat(a.getUrl()).contains(URI.create(
        "https://www1.folha.uol.com.br/esporte/2018/12/tite-diz-que-errou-ao-levar-taca-da-libertadores-a-lula-em-2012.shtml"));
    assertThat(a.getLanguage()).contains("pt-BR");
    assertThat(a.getSection()).contains("Esporte");
    assertThat(a.getPublisher()).contains(Organization.of("Folha de S.Paulo"));
    assertThat(a.getTags()).extracting(Tag::getLabel).containsExactly("Folha de S.Paulo", "Futebol", "corinthians", "libertadores");
    assertThat(a.getMedia()).containsExactly(Media.builder().url(URI.create(
        "https://f.i.uol.com.br/fotografia/2018/12/21/15454034955c1cfc67131dc_1545403495_3x2_rt.jpg")).build());
    assertThat(a.getContributors()).isEmpty();
    assertThat(r.getSources()).containsExactly(
        entry("headline", FieldSource.OPEN_GRAPH), entry("subheadline", FieldSource.OPEN_GRAPH), entry("url", FieldSource.OPEN_GRAPH),
        entry("language", FieldSource.OPEN_GRAPH), entry("section", FieldSource.ARTICLE_META),
        entry("publisher", FieldSource.OPEN_GRAPH), entry("tags", FieldSource.ARTICLE_META), entry("media", FieldSource.OPEN_GRAPH));
  }

  @Test
  void folhaTimesWithoutAZoneAreLeftOutAndTheBrokenBlockIsNoted() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("folha-excerpt.html"));

    assertThat(r.getArticle().getPublished()).isEmpty();
    assertThat(r.getArticle().getModified()).isEmpty();
    assertThat(notes(r, Kind.LEFT_OUT)).contains(
        "<meta property=\"article:published_time\"> (meta tag 11 of the page's og: and article: tags): article:published_time: "
            + "no time zone, and no other date of the page states one: left out (not read as UTC)");
    assertThat(r.getNotes(Kind.JSON)).extracting(SchemaOrgNote::getMessage).anySatisfy(m ->
        assertThat(m).startsWith("not JSON (").endsWith("): skipped"));
  }

  // ---- France 24: Open Graph only -----------------------------------------------------------------

  @Test
  void france24ReadsFromOpenGraphAlone() throws IOException {
    SchemaOrgReading r = SchemaOrg.readPage(page("france24-excerpt.html"));
    Article a = r.getArticle();

    assertThat(a.getHeadline()).isEqualTo("Asia-pacific - Third blogger hacked to death in Bangladesh");
    assertThat(a.getSubheadline()).contains("A blogger was hacked to death by assailants using machetes in Bangladesh on "
        + "Tuesday, the third attack in less than three months on a critic of religious extremism in the Muslim-majority nation.");
    assertThat(a.getUrl()).contains(URI.create("http://www.france24.com/en/20150512-bangladesh-third-blogger-hacked-death"));
    assertThat(a.getLanguage()).contains("en-US");
    assertThat(a.getPublisher()).contains(Organization.of("France 24"));
    assertThat(a.getMedia()).containsExactly(Media.builder().url(URI.create(
        "http://scd.france24.com/en/files/imagecache/france24_ct_api_bigger_169/article/image/12052015-banglades-police-r.jpg")).build());
  }

  @Test
  void aPageWithNeitherJsonLdNorOpenGraphHasNoArticle() throws IOException {
    SchemaOrgException e = catchThrowableOfType(SchemaOrgException.class, () -> SchemaOrg.readPage(page("smh-excerpt.html")));

    assertThat(e.getKind()).isEqualTo(SchemaOrgException.Kind.NO_ARTICLE);
  }

  @Test
  void everyRealPageImportsAValidArticle() throws IOException {
    for (String name : List.of("aktualne-excerpt.html", "folha-excerpt.html", "france24-excerpt.html")) {
      assertThat(ArticleValidator.create().validate(SchemaOrg.readPage(page(name)).getArticle()).isValid()).as(name).isTrue();
    }
  }

  // ---- one behaviour each -------------------------------------------------------------------------

  @Test
  void referencesReachAcrossBlocks() {
    String html = "<html><head>"
        + "<script type=\"application/ld+json\">{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"The Example\"}</script>"
        + "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"publisher\":{\"@id\":\"#org\"}}]}</script>"
        + "</head></html>";

    assertThat(SchemaOrg.readPage(html).getArticle().getPublisher()).contains(Organization.of("The Example"));
  }

  @Test
  void aBlockInAnHtmlCommentWithRawLineBreaksInStringsIsRead() {
    String html = "<script type=\"application/ld+json\"><!--\n{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"One.\nTwo.\"}\n--></script>";

    assertThat(SchemaOrg.readPage(html).getArticle().getParagraphs()).containsExactly("One.", "Two.");
  }

  @Test
  void theArticleAtThePagesAddressIsChosenAmongSeveral() {
    String html = "<meta property=\"og:url\" content=\"https://x.example/b\">"
        + "<script type=\"application/ld+json\">[{\"@type\":\"NewsArticle\",\"headline\":\"Related\",\"url\":\"https://x.example/a\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"This one\",\"url\":\"https://x.example/b\"}]</script>";

    SchemaOrgReading r = SchemaOrg.readPage(html);

    assertThat(r.getArticle().getHeadline()).isEqualTo("This one");
    assertThat(notes(r, Kind.NOT_CARRIED_OVER)).contains(
        "JSON-LD block 1 /0: another article node of the page: one article is imported, the one at JSON-LD block 1 /1");
  }

  @Test
  void anAuthorMetaTagThatIsALinkIsNoName() {
    String html = "<meta property=\"og:title\" content=\"H\"><meta property=\"article:author\" content=\"https://facebook.com/someone\">"
        + "<meta property=\"article:author\" content=\"Ana Diaz\">";

    SchemaOrgReading r = SchemaOrg.readPage(html);

    assertThat(r.getArticle().getContributors()).containsExactly(Contributor.author(Person.of("Ana Diaz")));
    assertThat(r.getSources()).containsEntry("contributors", FieldSource.ARTICLE_META);
  }

  @Test
  void aMetaTimeWithAZoneGivesTheOffsetToAJsonLdTimeWithout() {
    String html = "<meta property=\"article:published_time\" content=\"2024-04-30T16:17:29+02:00\">"
        + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"datePublished\":\"2024-04-30 16:17:29\"}</script>";

    assertThat(SchemaOrg.readPage(html).getArticle().getPublished()).contains(OffsetDateTime.parse("2024-04-30T16:17:29+02:00"));
  }

  @Test
  void doubleEscapedMetaContentIsDecoded() {
    String html = "<meta property=\"og:title\" content=\"Tom &amp;amp; Jerry &amp;#8211; the return\">";

    assertThat(SchemaOrg.readPage(html).getArticle().getHeadline()).isEqualTo("Tom & Jerry \u2013 the return");
  }

  @Test
  void moreAuthorsThanTheModelHoldsKeepTheFirstTenThousandAndSaySo() {
    StringBuilder authors = new StringBuilder();
    for (int i = 0; i < 10_005; i++) {
      authors.append(i == 0 ? "" : ",").append("\"Author ").append(i).append('"');
    }
    SchemaOrgReading r = SchemaOrg.read("{\"@type\":\"NewsArticle\",\"headline\":\"H\",\"author\":[" + authors + "]}");

    assertThat(r.getArticle().getContributors()).hasSize(10_000);
    assertThat(notes(r, Kind.LEFT_OUT)).containsExactly("/author/10000: contributors: 5 after the first 10000, the model's limit, left out");
  }

  // Property: a page of any text either fails with the documented exception or gives a valid article.
  @FuzzTest(maxExecutions = 50_000, maxDuration = "20s")
  void arbitraryHtmlGivesAValidArticleOrTheDocumentedException(FuzzedDataProvider data) {
    String html = "<meta property=\"og:title\" content=\"" + data.consumeString(40) + "\">"
        + "<script type=\"application/ld+json\">" + data.consumeRemainingAsString() + "</script>";
    try {
      Article a = SchemaOrg.readPage(html).getArticle();
      assertThat(ArticleValidator.create().validate(a).isValid()).isTrue();
    } catch (SchemaOrgException expected) {
      assertThat(expected.getKind()).isNotNull();
    }
  }
}
