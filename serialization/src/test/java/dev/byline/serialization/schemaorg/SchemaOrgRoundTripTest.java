package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.YearRange;
import dev.byline.core.rights.RightsNotices;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.fixtures.ArticleFields;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.SeedArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** schema.org export then import: an equal article, or every difference named in the export's losses. */
class SchemaOrgRoundTripTest {

  // ---- by hand ----------------------------------------------------------------------------------

  @Test
  void aPlainNewsArticleComesBackEqualWithNoLosses() {
    Article a = Article.builder()
        .id(URI.create("urn:example:article:1"))
        .url(URI.create("https://news.example/2024/storm"))
        .headline("Storm closes the harbour")
        .subheadline("Ferries stay in port until Friday")
        .language("en-GB")
        .section("Local")
        .dateline("PLYMOUTH")
        .published(OffsetDateTime.parse("2024-03-01T09:30:00+01:00"))
        .modified(OffsetDateTime.parse("2024-03-01T11:00:00+01:00"))
        .addContributor(Contributor.of(Person.builder().name("Ann Reporter").title("Reporter")
            .affiliation(Organization.of("Example News")).identifier(URI.create("https://news.example/staff/ann")).build(),
            ContributorRole.AUTHOR))
        .addContributor(Contributor.of(Person.of("Bob Desk"), ContributorRole.EDITOR))
        .publisher(Organization.of("Example News"))
        .paragraphs(List.of("The harbour closed at dawn.", "Ferries will not sail before Friday."))
        .addMedia(Media.builder().url(URI.create("https://news.example/img/harbour.jpg")).caption("The empty harbour")
            .credit("Photo: Ann Reporter").build())
        .addTag(Tag.of("storms"))
        .addTag(Tag.of("ferries"))
        .rights(RightsNotice.builder().holder("Example News").years(YearRange.of(2024))
            .license(URI.create("https://creativecommons.org/licenses/by/4.0/")).build())
        .build();

    SchemaOrgExport export = SchemaOrg.export(a);

    assertThat(export.getLosses()).isEmpty();
    assertThat(export.isLossless()).isTrue();
    assertThat(SchemaOrg.read(export.getText()).getArticle()).isEqualTo(a);
  }

  @Test
  void anIsniOfAnAuthorIsWrittenAsIdentifierAndComesBack() {
    Person author = Person.builder().name("Ann Reporter").identifier(URI.create("urn:isni:0000000121032683")).build();
    Article a = Article.builder().headline("H").addContributor(Contributor.author(author)).build();

    SchemaOrgExport export = SchemaOrg.export(a);

    assertThat(export.getText()).contains("\"identifier\":\"urn:isni:0000000121032683\"").doesNotContain("sameAs");
    assertThat(export.getLosses()).isEmpty();
    assertThat(SchemaOrg.read(export.getText()).getArticle()).isEqualTo(a);
  }

  @Test
  void theExportTextIsWhatWriteWrites() {
    assertThat(SchemaOrg.export(SeedArticle.ARTICLE).getText()).isEqualTo(SchemaOrg.write(SeedArticle.ARTICLE));
  }

  @Test
  void theSeedLosesItsQuotationsAndTheKindsOfItsTags() {
    SchemaOrgExport export = SchemaOrg.export(SeedArticle.ARTICLE);

    assertThat(paths(export.getLosses())).containsExactly("quotes", "tags[0].kind", "tags[1].kind", "tags[2].kind");
    assertThat(export.getLosses().get(0)).startsWith("quotes: 9 quotations, 0 read back;");
  }

  @Test
  void aNoticeWithARangeOfYearsKeepsTheRange() {
    RightsNotice notice = RightsNotices.parse("© 2019-2023 Example News").getNotice();
    Article a = Article.builder().headline("H").rights(notice).build();

    SchemaOrgExport export = SchemaOrg.export(a);

    assertThat(notice.getYears()).contains(YearRange.of(2019, 2023));
    assertThat(export.getLosses()).isEmpty();
    assertThat(SchemaOrg.read(export.getText()).getArticle().getRights()).contains(notice);
  }

  @Test
  void aPhotographerComesBackAsAContributorAndSaysSo() {
    Article a = Article.builder().headline("H").addContributor(Contributor.of(Person.of("Pat Lens"),
        ContributorRole.PHOTOGRAPHER)).build();

    List<String> losses = SchemaOrg.export(a).getLosses();

    assertThat(losses).hasSize(1);
    assertThat(losses.get(0)).startsWith("contributors[0]: read back as ").contains("photographer");
  }

  @Test
  void usageTermsAndAlternativeTextAreNamed() {
    Article a = Article.builder().headline("H")
        .addMedia(Media.builder().url(URI.create("https://news.example/a.jpg")).altText("A harbour").build())
        .rights(RightsNotice.builder().holder("Example News").usageTerms("Editorial use only").build())
        .build();

    assertThat(paths(SchemaOrg.export(a).getLosses())).containsExactly("media[0].altText", "rights.usageTerms");
  }

  @Test
  void textTheImportReadsAsHtmlIsNamedWithWhatComesBack() {
    Article a = Article.builder().headline("Fish &amp; chips").build();

    List<String> losses = SchemaOrg.export(a).getLosses();

    assertThat(losses).containsExactly("headline: read back as \"Fish & chips\"; written as headline; the import reads"
        + " text holding '<' or '&' as HTML, and joins the line breaks and strips the ends of one-line text");
  }

  @Test
  void aBlockTheImportRefusesNamesEveryFieldTheArticleHas() {
    Article a = Article.builder().headline("<b></b>").section("World").build();

    SchemaOrgExport export = SchemaOrg.export(a);

    assertThatExceptionOfType(SchemaOrgException.class).isThrownBy(() -> SchemaOrg.read(export.getText()));
    assertThat(paths(export.getLosses())).containsExactly("headline", "section");
  }

  // ---- properties -------------------------------------------------------------------------------

  static final int SEEDS = 1_000;

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  static final ArticleValidator VALIDATOR =
      ArticleValidator.withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  /** The import's order of the byline's roles: author, editor, contributor, translator. */
  static final List<ContributorRole> ROLES =
      List.of(ContributorRole.AUTHOR, ContributorRole.EDITOR, ContributorRole.CONTRIBUTOR, ContributorRole.TRANSLATOR);

  /**
   * A generated article — from the plain generator, the edge generator, or (every third seed) the part
   * of an edge article schema.org holds: no quotations or alternative text, tags as labels, the byline
   * in the import's order of roles with no photographer, media in the order images, videos, sounds,
   * notices as the notice reader reads their text plus holder, first year and licence — so that both outcomes of the property are exercised.
   */
  static Article input(Choices c, int variant) {
    Article a = variant == 0 ? ArticleGenerator.article(c) : ArticleGenerator.edgeArticle(c);
    assertThat(VALIDATOR.validate(a).isValid()).as("generated article is valid: %s", a).isTrue();
    if (variant < 2) {
      return a;
    }
    List<Contributor> contributors = new ArrayList<>();
    for (ContributorRole role : ROLES) {
      a.getContributors().stream().filter(x -> x.getRole() == role).forEach(contributors::add);
    }
    List<Media> media = new ArrayList<>();
    for (MediaKind kind : List.of(MediaKind.IMAGE, MediaKind.VIDEO, MediaKind.AUDIO)) {
      for (Media m : a.getMedia().stream().filter(m -> m.getKind() == kind).toList()) {
        Media.Builder b = m.toBuilder().altText(Optional.empty());
        m.getRights().ifPresent(r -> b.rights(asRead(r)));
        media.add(b.build());
      }
    }
    Article.Builder b = a.toBuilder().quotes(List.of()).contributors(contributors)
        .tags(a.getTags().stream().map(t -> Tag.of(t.getLabel())).toList()).media(media);
    a.getRights().ifPresent(r -> b.rights(asRead(r)));
    return b.build();
  }

  /**
   * A notice as its schema.org form carries it: the text as the notice reader reads it, holder and
   * licence on top, and the first year unless the text's years start with it.
   */
  static RightsNotice asRead(RightsNotice r) {
    RightsNotice.Builder b = r.getText().map(t -> RightsNotices.parse(t).getNotice().toBuilder()).orElseGet(RightsNotice::builder);
    r.getHolder().ifPresent(b::holder);
    RightsNotice fromText = b.build();
    r.getYears().filter(y -> fromText.getYears().filter(t -> t.getStart() == y.getStart()).isEmpty())
        .ifPresent(y -> b.years(YearRange.of(y.getStart())));
    r.getLicense().ifPresent(b::license);
    return b.build();
  }

  /** The losses' paths: what stands before the first ": ". */
  static List<String> paths(List<String> losses) {
    return losses.stream().map(l -> l.substring(0, l.indexOf(": "))).toList();
  }

  /** Checks one round trip and tells whether the article came back equal. */
  static boolean roundTripIsHonest(Article a) {
    SchemaOrgExport export = SchemaOrg.export(a);
    List<String> reported = paths(export.getLosses());
    Article back;
    try {
      back = SchemaOrg.read(export.getText()).getArticle();
    } catch (SchemaOrgException e) {
      assertThat(export.getLosses()).as("a block the import refuses").anyMatch(l -> l.startsWith("headline: not read back"));
      return false;
    }
    List<String> differing = ArticleFields.differing(a, back);

    assertThat(ArticleFields.unreported(differing, reported)).as("changed but not in the losses %s\n%s", export.getLosses(),
        export.getText()).isEmpty();
    assertThat(ArticleFields.groundless(differing, reported)).as("in the losses but unchanged\n%s", export.getText()).isEmpty();
    assertThat(export.isLossless()).isEqualTo(differing.isEmpty());
    return differing.isEmpty();
  }

  // Property: export -> import brings back an equal article or the export's losses name every difference (and only those).
  @ParameterizedTest
  @MethodSource("seeds")
  void everyDifferenceOfAnExportAndImportIsNamedInTheLosses(long seed) {
    roundTripIsHonest(input(Choices.seeded(seed), (int) (seed % 3)));
  }

  @FuzzTest(maxExecutions = 20_000, maxDuration = "20s")
  void everyDifferenceOfAnExportAndImportIsNamedInTheLossesFuzzed(FuzzedDataProvider data) {
    FuzzChoices c = new FuzzChoices(data);
    roundTripIsHonest(input(c, c.pick(3)));
  }

  @Test
  void seededRoundTripsComeBackEqualOrNamedAndBothHappen() {
    int[] equal = new int[3];
    int[] named = new int[3];
    for (long seed = 0; seed < SEEDS; seed++) {
      int variant = (int) (seed % 3);
      boolean same = roundTripIsHonest(input(Choices.seeded(seed), variant));
      (same ? equal : named)[variant]++;
    }
    System.out.printf("schema.org round trips: generated articles %d equal, %d named; edge articles %d equal, %d named;"
        + " schema.org-shaped edge articles %d equal, %d named%n", equal[0], named[0], equal[1], named[1], equal[2], named[2]);
    assertThat(equal[2]).as("schema.org-shaped articles that come back equal").isGreaterThan(SEEDS / 30);
    assertThat(named[1]).as("edge articles with differences").isGreaterThan(0);
  }
}
