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
import dev.byline.Tag;
import dev.byline.TagKind;
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
import java.util.List;
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
    assertThat(r.getLosses()).anyMatch(l -> l.startsWith("renditions"));
  }

  @Test
  void notJsonOrNotAnObjectIsAClearError() {
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{")).getPointer()).isEmpty();
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("[]")).getMessage()).contains("a ninjs document is a JSON object");
    assertThat(catchThrowableOfType(NinjsException.class, () -> Ninjs.read("{\"uri\":\"u\",\"headlines\":{}}")).getPointer())
        .isEqualTo("/headlines");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  // Property: Article -> ninjs -> Article keeps every field ninjs carries, and the export validates.
  @ParameterizedTest
  @MethodSource("seeds")
  void carriedFieldsRoundTrip(long seed) {
    roundTrips(ArticleGenerator.article(Choices.seeded(seed)));
  }

  @FuzzTest(maxExecutions = 20_000, maxDuration = "2m")
  void carriedFieldsRoundTripFuzzed(FuzzedDataProvider data) {
    roundTrips(ArticleGenerator.article(new FuzzChoices(data)));
  }

  /** What ninjs carries of a byline: name, identifier and role; people first, then organisations. */
  static List<dev.byline.Contributor> carried(List<dev.byline.Contributor> contributors) {
    List<dev.byline.Contributor> people = new java.util.ArrayList<>();
    List<dev.byline.Contributor> organisations = new java.util.ArrayList<>();
    for (dev.byline.Contributor c : contributors) {
      if (c.getAgent() instanceof dev.byline.Person p) {
        dev.byline.Person.Builder b = dev.byline.Person.builder().name(p.getName());
        p.getIdentifier().ifPresent(b::identifier);
        people.add(dev.byline.Contributor.of(b.build(), c.getRole()));
      } else {
        organisations.add(c);
      }
    }
    people.addAll(organisations);
    return people;
  }

  static void roundTrips(Article a) {
    String json = Ninjs.write(a, NinjsVersion.V3_1).getValue();
    assertThat(V31.validate(json, InputFormat.JSON)).as(json).isEmpty();
    Article b = Ninjs.read(json).getValue();
    assertThat(b.getId()).isEqualTo(a.getId().isPresent() ? a.getId() : a.getUrl().isPresent() ? a.getUrl() : b.getId());
    assertThat(b.getHeadline()).isEqualTo(a.getHeadline());
    assertThat(b.getSubheadline()).isEqualTo(a.getSubheadline());
    assertThat(b.getLanguage()).isEqualTo(a.getLanguage());
    assertThat(b.getDateline()).isEqualTo(a.getDateline());
    assertThat(b.getPublished()).isEqualTo(a.getPublished());
    assertThat(b.getModified()).isEqualTo(a.getModified());
    assertThat(b.getParagraphs()).isEqualTo(a.getParagraphs());
    assertThat(b.getContributors()).isEqualTo(carried(a.getContributors()));
    assertThat(b.getPublisher()).isEqualTo(a.getPublisher());
    assertThat(b.getTags()).isEqualTo(a.getTags().stream()
        .map(t -> t.getKind().isPresent() ? t : t.toBuilder().kind(TagKind.SUBJECT).build())
        .sorted(java.util.Comparator.comparing(t -> List.of(TagKind.PERSON, TagKind.ORGANISATION, TagKind.PLACE, TagKind.SUBJECT, TagKind.EVENT).indexOf(t.getKind().get())))
        .toList());
    assertThat(b.getMedia()).hasSameSizeAs(a.getMedia());
    for (int i = 0; i < a.getMedia().size(); i++) {
      assertThat(b.getMedia().get(i).getKind()).isEqualTo(a.getMedia().get(i).getKind());
      assertThat(b.getMedia().get(i).getUrl()).isEqualTo(a.getMedia().get(i).getUrl());
      assertThat(b.getMedia().get(i).getCaption()).isEqualTo(a.getMedia().get(i).getCaption());
      assertThat(b.getMedia().get(i).getCredit()).isEqualTo(a.getMedia().get(i).getCredit());
    }
    assertThat(b.getRights().flatMap(r -> r.getText())).isEqualTo(a.getRights().flatMap(r -> r.getText()));
    assertThat(b.getRights().flatMap(r -> r.getHolder())).isEqualTo(a.getRights().flatMap(r -> r.getHolder()));
    assertThat(b.getRights().flatMap(r -> r.getUsageTerms())).isEqualTo(a.getRights().flatMap(r -> r.getUsageTerms()));
    assertThat(b.getRights().flatMap(r -> r.getLicense())).isEqualTo(a.getRights().flatMap(r -> r.getLicense()));
  }
}
