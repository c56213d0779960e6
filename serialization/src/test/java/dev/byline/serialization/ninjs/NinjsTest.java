package dev.byline.serialization.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.Use;
import dev.byline.YearRange;
import dev.byline.core.rights.RightsNotices;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.fixtures.ArticleFields;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export validates against IPTC's schemas; IPTC's own documents import; the carried fields round-trip. */
class NinjsTest {
  static final String BASE = "/dev/byline/serialization/ninjs/";

  static String resource(String path) {
    try (InputStream in = NinjsTest.class.getResourceAsStream(BASE + path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** IPTC's schemas as shipped in the jar, with the GeoJSON schema registered locally. */
  static Schema schema(NinjsVersion version) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(Ninjs.GEOJSON_SCHEMA_URI, Ninjs.geoJsonSchema())));
    return registry.getSchema(Ninjs.schema(version), InputFormat.JSON);
  }



  static final Schema V31 = schema(NinjsVersion.V3_1);
  static final Schema V22 = schema(NinjsVersion.V2_2);

  /** The schema check a user would plug in, on networknt json-schema-validator. */
  static final NinjsSchemaCheck CHECK = (json, version) ->
      (version == NinjsVersion.V3_1 ? V31 : V22).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();

  @Test
  void shippedSchemasAreIptcsFilesByteForByte() {
    assertThat(Ninjs.schema(NinjsVersion.V3_1)).isEqualTo(resource("ninjs-schema_3.1.json"));
    assertThat(Ninjs.schema(NinjsVersion.V3_0)).isEqualTo(resource("ninjs-schema_3.1.json"));
    assertThat(Ninjs.schema(NinjsVersion.V2_1)).isEqualTo(resource("ninjs-schema_2.2.json"));
    assertThat(Ninjs.geoJsonSchema()).isEqualTo(resource("GeoJSON-schema.json"));
  }

  static Stream<String> shouldFail() throws IOException, URISyntaxException {
    Path root = Path.of(NinjsTest.class.getResource(BASE).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json") && p.toString().contains("should_fail"))
          .map(p -> root.relativize(p).toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("shouldFail")
  void withSchemaCheckingEveryShouldFailDocumentIsRejectedWithAClearMessage(String path) {
    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read(resource(path), CHECK));

    assertThat(e).as(path).isNotNull();
    assertThat(e.getMessage()).startsWith("the document does not conform to the ninjs");
  }

  @ParameterizedTest
  @MethodSource("officialDocuments")
  void withSchemaCheckingEveryOfficialGoodDocumentStillImports(String path) {
    assertThat(Ninjs.read(resource(path), CHECK).getValue()).isNotNull();
  }

  @Test
  void versionIsDetectedFromStandardThenFromTheSpellingOfNames() {
    assertThat(Ninjs.detectVersion(resource("test_suite/3.0/should_pass/002_schema.json"))).isEqualTo(NinjsVersion.V3_0);
    assertThat(Ninjs.detectVersion(resource("documentation-examples/2.2/004_simple_text_article.json"))).isEqualTo(NinjsVersion.V2_2);
    assertThat(Ninjs.detectVersion(resource("documentation-examples/3.1/004_simple_text_article.json"))).isEqualTo(NinjsVersion.V3_1);
  }

  @Test
  void seedExportValidatesAgainstNinjs31And22() {
    List<Error> errors31 = V31.validate(Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_1).getValue(), InputFormat.JSON);
    List<Error> errors22 = V22.validate(Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V2_2).getValue(), InputFormat.JSON);

    assertThat(errors31).isEmpty();
    assertThat(errors22).isEmpty();
  }

  @Test
  void seedExportCarriesHeadlineBodyCreditTagsAndRights() {
    String json = Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_1).getValue();

    assertThat(json).contains("\"headlines\":[{\"role\":\"main\",\"value\":\"Secretary general: NATO willing to listen to Russia, won\u2019t \u2018compromise on core principles\u2019\"}]");
    assertThat(json).contains("\"contentType\":\"text/plain\"", "\"copyrightHolder\":\"Nexstar Media Inc.\"");
    assertThat(json).contains("{\"role\":\"creditline\",\"value\":\"Getty\"}");
    assertThat(json).contains("\"subjects\":[{\"name\":\"Post-Soviet conflicts\",\"rel\":\"about\"}");
    assertThat(json).contains("\"rightsInfo\":{\"langId\":\"http://www.w3.org/ns/odrl/2/\",\"encodedRights\":");
  }

  @Test
  void exportWarnsThatQuotationsAreLost() {
    NinjsResult<String> result = Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_1);

    assertThat(result.getLosses()).containsExactly("quotes: 9 quotations (ninjs has no quotations)");
  }

  @Test
  void version22SpellsNamesInLowerCase() {
    String json = Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V2_2).getValue();

    assertThat(json).contains("\"copyrightholder\"", "\"copyrightnotice\"", "\"rightsinfo\"", "\"contenttype\"");
    assertThat(json).doesNotContain("copyrightHolder");
  }

  @Test
  void readOnlyVersionsAreNotWritten() {
    assertThatIllegalArgumentException().isThrownBy(() -> Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_0));
  }

  @Test
  void seedComesBackWithItsTextTagsCreditAndRights() {
    Article back = Ninjs.read(Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_1).getValue()).getValue();

    assertThat(back.getHeadline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(back.getParagraphs()).isEqualTo(SeedArticle.PARAGRAPHS);
    assertThat(back.getMedia()).isEqualTo(SeedArticle.ARTICLE.getMedia());
    assertThat(back.getTags()).isEqualTo(SeedArticle.TAGS);
    assertThat(back.getRights()).contains(SeedArticle.RIGHTS);
    assertThat(back.getQuotes()).isEmpty();
  }

  static Stream<String> officialDocuments() throws IOException, URISyntaxException {
    Path root = Path.of(NinjsTest.class.getResource(BASE).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("ninjs-schema") && !p.getFileName().toString().startsWith("GeoJSON"))
          .filter(p -> !p.toString().contains("should_fail"))
          .map(p -> root.relativize(p).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("officialDocuments")
  void everyOfficialExampleAndShouldPassDocumentImports(String path) {
    NinjsResult<Article> result = Ninjs.read(resource(path));

    assertThat(result.getValue()).isNotNull();
    assertThat(result.getValue().getId()).isPresent();
  }

  @Test
  void complexExampleMapsPeoplePlacesAndOrganisationsToTags() {
    Article a = Ninjs.read(resource("documentation-examples/3.1/005_complex_text_article.json")).getValue();

    assertThat(a.getHeadline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(a.getTags()).contains(Tag.builder().label("Italy").kind(TagKind.PLACE).scheme(URI.create("http://cvx.iptc.org/iso3166-1a2/it")).build());
    assertThat(a.getDateline()).contains("Grossetto, Italy");
    assertThat(a.getRights().orElseThrow().getText()).contains("Copyright 2013 The News Agency, www.tna.org - all rights reserved.");
    assertThat(a.getRights().orElseThrow().isAllRightsReserved()).isTrue();
  }

  @Test
  void version21ExampleWithLowerCaseNamesImportsItsRights() {
    NinjsResult<Article> r = Ninjs.read(resource("examples/2.1/ap_video.json"));

    assertThat(r.getValue().getRights().orElseThrow().getProhibitedUses()).isNotEmpty();
    assertThat(r.getLosses()).anyMatch(l -> l.startsWith("/renditions/0: a rendition of the item"));
  }

  @Test
  void notJsonOrNotAnObjectIsAClearError() {
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{")).getPointer()).isEmpty();
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("[]")).getMessage()).contains("a ninjs document is a JSON object");
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{\"uri\":\"u\",\"headlines\":{}}")).getPointer())
        .isEqualTo("/headlines");
  }

  // ---- issue 15: what ninjs now carries, and what it names ----------------------------------------

  @Test
  void seedComesBackEqualExceptItsQuotationsWhichTheExportNames() {
    NinjsResult<String> out = Ninjs.write(SeedArticle.ARTICLE, NinjsVersion.V3_1);
    NinjsResult<Article> in = Ninjs.read(out.getValue());

    assertThat(in.getValue()).isEqualTo(SeedArticle.ARTICLE.toBuilder().quotes(List.of()).build());
    assertThat(out.getLosses()).containsExactly("quotes: 9 quotations (ninjs has no quotations)");
    assertThat(in.getLosses()).isEmpty();
  }

  static Article article() {
    return Article.builder().headline("Talks resume").addParagraphs("Body.").build();
  }

  @Test
  void tagWithoutAKindComesBackWithoutAKind() {
    Article a = article().toBuilder().addTags(Tag.of("Oslo", TagKind.PLACE), Tag.of("energy")).build();

    NinjsResult<String> out = Ninjs.write(a, NinjsVersion.V3_1);

    assertThat(out.getValue()).contains("\"subjects\":[{\"name\":\"energy\",\"rel\":\"keyword\"}]");
    assertThat(Ninjs.read(out.getValue()).getValue()).isEqualTo(a);
    assertThat(out.getLosses()).isEmpty();
  }

  @Test
  void tagsOutOfTheOrderOfNinjsArraysAreNamed() {
    Article a = article().toBuilder().addTags(Tag.of("energy"), Tag.of("Jens Stoltenberg", TagKind.PERSON)).build();

    assertThat(Ninjs.read(Ninjs.write(a, NinjsVersion.V3_1).getValue()).getValue().getTags())
        .containsExactly(Tag.of("Jens Stoltenberg", TagKind.PERSON), Tag.of("energy"));
    assertThat(Ninjs.write(a, NinjsVersion.V3_1).getLosses())
        .containsExactly("tags: ninjs lists tags by kind (people, organisations, places, subjects, events), so their order changes");
  }

  @Test
  void contributorsOutOfTheOrderOfNinjsArraysAreNamed() {
    Article a = article().toBuilder()
        .addContributors(Contributor.of(Organization.of("AP"), ContributorRole.AUTHOR),
            Contributor.of(Person.of("Jane Doe"), ContributorRole.PHOTOGRAPHER))
        .build();

    assertThat(Ninjs.write(a, NinjsVersion.V3_1).getLosses())
        .containsExactly("contributors: ninjs lists people before organisations, so their order changes");
  }

  @Test
  void urlComesBackAsTheUrlNextToTheIdOrWithoutOne() {
    Article withId = article().toBuilder().id(URI.create("urn:uuid:00000000-0000-4000-8000-000000000001"))
        .url(URI.create("https://news.example/1")).build();
    Article urlOnly = article().toBuilder().url(URI.create("https://news.example/1")).build();

    for (Article a : List.of(withId, urlOnly)) {
      NinjsResult<String> out = Ninjs.write(a, NinjsVersion.V3_1);
      assertThat(out.getValue()).contains("\"renditions\":[{\"name\":\"web\",\"href\":\"https://news.example/1\",\"contentType\":\"text/html\"}]");
      assertThat(Ninjs.read(out.getValue()).getValue()).isEqualTo(a);
      assertThat(out.getLosses()).isEmpty();
    }
  }

  @Test
  void articleWithoutAnIdGetsADerivedUriThatReadsAsNoId() {
    String json = Ninjs.write(article(), NinjsVersion.V3_1).getValue();

    assertThat(json).startsWith("{\"uri\":\"urn:uuid:");
    assertThat(Ninjs.read(json).getValue().getId()).isEmpty();
  }

  @Test
  void noticePartsTheTextDoesNotStateAreNamed() {
    RightsNotice notice = RightsNotice.builder().text("Syndication terms apply").years(YearRange.of(2020))
        .allRightsReserved(true).addProhibitedUses(Use.PUBLISH).addPermittedUses(Use.QUOTE).build();
    Article a = article().toBuilder().rights(notice).addMedia(Media.builder().rights(notice).build()).build();

    NinjsResult<String> out = Ninjs.write(a, NinjsVersion.V3_1);

    assertThat(out.getLosses()).containsExactly(
        "media[0].rights.years: ninjs has no place for it, and the notice reader reads none in copyrightNotice",
        "media[0].rights.allRightsReserved: ninjs has no place for it, and the notice reader reads false in copyrightNotice",
        "media[0].rights.prohibitedUses: ninjs has no place for it, and the notice reader reads none in copyrightNotice",
        "media[0].rights.permittedUses: ninjs has no place for it, and the notice reader reads none in copyrightNotice",
        "rights.years: ninjs has no place for it, and the notice reader reads none in copyrightNotice",
        "rights.allRightsReserved: ninjs has no place for it, and the notice reader reads false in copyrightNotice",
        "rights.prohibitedUses: ninjs has no place for it, and the notice reader reads none in copyrightNotice",
        "rights.permittedUses: ninjs has no place for it, and the notice reader reads none in copyrightNotice");
  }

  @Test
  void noticePartsTheTextStatesComeBack() {
    Article a = article().toBuilder().rights(SeedArticle.RIGHTS).build();

    NinjsResult<String> out = Ninjs.write(a, NinjsVersion.V2_2);

    assertThat(out.getLosses()).isEmpty();
    assertThat(Ninjs.read(out.getValue()).getValue().getRights()).contains(SeedArticle.RIGHTS);
  }

  @Test
  void noticeWithNothingNinjsCarriesIsNamedWhole() {
    Article a = article().toBuilder().rights(RightsNotice.builder().years(YearRange.of(2020)).build()).build();

    assertThat(Ninjs.write(a, NinjsVersion.V3_1).getLosses())
        .containsExactly("rights: ninjs carries a notice's text, holder, usage terms and licence, and this one has none of them");
  }

  @Test
  void issuesPointerExampleNamesTheIndexLineAndColumn() {
    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{\"headlines\":[{\"value\":\"H\"},{\"value\":1}]}"));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.WRONG_TYPE);
    assertThat(e.getPointer()).isEqualTo("/headlines/1/value");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(38);
    assertThat(e.getMessage()).isEqualTo("expected a string, found a number at /headlines/1/value (line 1, column 38) [WRONG_TYPE]");
  }

  @Test
  void wronglyTypedRightsInfoIsAnError() {
    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{\"uri\":\"u\",\n\"rightsInfo\":\"CC BY\"}"));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.WRONG_TYPE);
    assertThat(e.getPointer()).isEqualTo("/rightsInfo");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(14);
  }

  @Test
  void duplicateKeyIsRefusedAtItsSecondAppearance() {
    NinjsException e = catchThrowableOfType(NinjsException.class,
        () -> Ninjs.read("{\"uri\":\"u\",\"headlines\":[{\"value\":\"A\",\"value\":\"B\"}]}"));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.DUPLICATE_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/headlines/0/value");
    assertThat(e.getColumn()).isEqualTo(38);
  }

  @Test
  void twoSpellingsOfOneMappedPropertyAreADuplicate() {
    NinjsException e = catchThrowableOfType(NinjsException.class,
        () -> Ninjs.read("{\"uri\":\"u\",\"versionCreated\":\"2020-01-01T00:00:00Z\",\"versioncreated\":\"2021-01-01T00:00:00Z\"}"));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.DUPLICATE_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/versioncreated");
  }

  @Test
  void unmappedPropertiesAndExtraEntriesAreListedWithTheirPointers() {
    NinjsResult<Article> r = Ninjs.read("{\"uri\":\"urn:x:1\",\"urgency\":3,\"headlines\":[{\"value\":\"A\"},{\"value\":\"B\"}],"
        + "\"subjects\":[{\"name\":\"energy\",\"rel\":\"classifies\",\"confidence\":80}]}");

    assertThat(r.getValue().getHeadline()).isEqualTo("A");
    assertThat(r.getLosses()).containsExactlyInAnyOrder(
        "/urgency: a ninjs property with no place in an article",
        "/headlines/1: another headline (an article has one headline and one subheadline)",
        "/subjects/0/rel: the relation \"classifies\" (read as a tag)",
        "/subjects/0/confidence: a ninjs property with no place in an article");
  }

  @Test
  void documentThatIsNotJsonPointsAtTheDocumentWithALineAndColumn() {
    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{\"uri\":\n  \"u\" \"x\"}"));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.NOT_JSON);
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isPositive();
  }

  @Test
  void documentThatIsAStringIsNotAnObject() {
    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read("\"text\""));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.NOT_AN_OBJECT);
    assertThat(e.getMessage()).contains("found a string");
  }

  @Test
  void nestingBeyondTheLimitIsALimitError() {
    String deep = "{\"uri\":\"u\",\"x\":" + "[".repeat(Ninjs.MAX_NESTING_DEPTH + 1) + "]".repeat(Ninjs.MAX_NESTING_DEPTH + 1) + "}";

    NinjsException e = catchThrowableOfType(NinjsException.class, () -> Ninjs.read(deep));

    assertThat(e.getKind()).isEqualTo(NinjsException.Kind.LIMIT_EXCEEDED);
    assertThat(e.getLine()).isEqualTo(1);
  }

  // ---- properties -------------------------------------------------------------------------------

  static final int SEEDS = 1_000;

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  static final ArticleValidator VALIDATOR =
      ArticleValidator.withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  /**
   * A generated article — from the plain generator, the edge generator, or (every third seed) the part
   * of an edge article ninjs holds: no quotations, section, alternative text, titles or affiliations,
   * people before organisations, tags in ninjs's order, notices as the notice reader reads their text —
   * so that both outcomes of the property are exercised.
   */
  static Article input(Choices c, int variant) {
    Article a = variant == 0 ? ArticleGenerator.article(c) : ArticleGenerator.edgeArticle(c);
    assertThat(VALIDATOR.validate(a).isValid()).as("generated article is valid: %s", a).isTrue();
    if (variant < 2) {
      return a;
    }
    List<Contributor> contributors = new ArrayList<>(carried(a.getContributors()));
    List<Tag> tags = new ArrayList<>();
    for (String array : List.of(TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.SUBJECT, TagKind.EVENT).stream()
        .map(Enum::name).toList()) {
      a.getTags().stream().filter(t -> t.getKind().orElse(TagKind.SUBJECT).name().equals(array)).forEach(tags::add);
    }
    List<Media> media = new ArrayList<>();
    for (Media m : a.getMedia()) {
      Media.Builder b = m.toBuilder().altText(Optional.empty());
      m.getRights().ifPresent(r -> b.rights(asRead(r)));
      media.add(b.build());
    }
    Article.Builder b = a.toBuilder().quotes(List.of()).section(Optional.empty()).contributors(contributors).tags(tags).media(media);
    a.getRights().ifPresent(r -> b.rights(asRead(r)));
    return b.build();
  }

  /** What ninjs carries of a byline: name, identifier and role; people first, then organisations. */
  static List<Contributor> carried(List<Contributor> contributors) {
    List<Contributor> people = new ArrayList<>();
    List<Contributor> organisations = new ArrayList<>();
    for (Contributor c : contributors) {
      if (c.getAgent() instanceof Person p) {
        Person.Builder b = Person.builder().name(p.getName());
        p.getIdentifier().ifPresent(b::identifier);
        people.add(Contributor.of(b.build(), c.getRole()));
      } else {
        organisations.add(c);
      }
    }
    people.addAll(organisations);
    return people;
  }

  /** A notice as reading its ninjs form gives it: the text as the notice reader reads it, the rest on top. */
  static RightsNotice asRead(RightsNotice r) {
    RightsNotice.Builder b = r.getText().map(t -> RightsNotices.parse(t).getNotice().toBuilder()).orElseGet(RightsNotice::builder);
    r.getHolder().ifPresent(b::holder);
    r.getUsageTerms().ifPresent(b::usageTerms);
    r.getLicense().ifPresent(b::license);
    return b.build();
  }

  /** The losses' paths: what stands before the first ": ". */
  static List<String> paths(List<String> losses) {
    return losses.stream().map(l -> l.substring(0, l.indexOf(": "))).toList();
  }

  /** Checks one round trip and tells whether the article came back equal. */
  static boolean roundTripIsHonest(Article a, NinjsVersion version) {
    NinjsResult<String> out = Ninjs.write(a, version);
    assertThat((version == NinjsVersion.V3_1 ? V31 : V22).validate(out.getValue(), InputFormat.JSON)).as(out.getValue()).isEmpty();
    NinjsResult<Article> in = Ninjs.read(out.getValue());
    List<String> reported = paths(out.getLosses());
    List<String> differing = ArticleFields.differing(a, in.getValue());

    assertThat(ArticleFields.unreported(differing, reported)).as("changed but not in the losses %s\n%s", out.getLosses(), out.getValue()).isEmpty();
    assertThat(ArticleFields.groundless(differing, reported)).as("in the losses but unchanged\n%s", out.getValue()).isEmpty();
    for (String loss : in.getLosses()) {
      java.util.regex.Matcher m = ENCODED_RIGHTS.matcher(loss);
      assertThat(m.matches()).as("a loss reading a document Byline wrote: %s", loss).isTrue();
      String notice = m.group(1) == null ? "rights" : "media[" + m.group(1) + "].rights";
      assertThat(reported).as("the export named the notice whose policy is not read back").anyMatch(r -> ArticleFields.contains(notice, r));
    }
    return differing.isEmpty();
  }

  static final java.util.regex.Pattern ENCODED_RIGHTS =
      java.util.regex.Pattern.compile("(?i)^(?:/associations/(\\d+))?/rightsinfo/encodedrights: .*");

  // Property: write -> read brings back an equal article or the export's losses name every difference (and only those).
  @ParameterizedTest
  @MethodSource("seeds")
  void everyDifferenceOfAWriteAndReadIsNamedInTheLosses(long seed) {
    roundTripIsHonest(input(Choices.seeded(seed), (int) (seed % 3)), seed % 2 == 0 ? NinjsVersion.V3_1 : NinjsVersion.V2_2);
  }

  @FuzzTest(maxExecutions = 20_000, maxDuration = "20s")
  void everyDifferenceOfAWriteAndReadIsNamedInTheLossesFuzzed(FuzzedDataProvider data) {
    FuzzChoices c = new FuzzChoices(data);
    roundTripIsHonest(input(c, c.pick(3)), c.coin() ? NinjsVersion.V3_1 : NinjsVersion.V2_2);
  }

  @Test
  void seededRoundTripsComeBackEqualOrNamedAndBothHappen() {
    int[] equal = new int[3];
    int[] named = new int[3];
    for (long seed = 0; seed < SEEDS; seed++) {
      int variant = (int) (seed % 3);
      boolean same = roundTripIsHonest(input(Choices.seeded(seed), variant), seed % 2 == 0 ? NinjsVersion.V3_1 : NinjsVersion.V2_2);
      (same ? equal : named)[variant]++;
    }
    System.out.printf("ninjs round trips: generated articles %d equal, %d named; edge articles %d equal, %d named;"
        + " ninjs-shaped edge articles %d equal, %d named%n", equal[0], named[0], equal[1], named[1], equal[2], named[2]);
    assertThat(equal[2]).as("ninjs-shaped articles that come back equal").isGreaterThan(SEEDS / 30);
    assertThat(named[1]).as("edge articles with differences").isGreaterThan(0);
  }
}
