package dev.byline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import dev.byline.jackson2.ArticleJson;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on real inputs (four JSON-LD blocks from the corpus, the seed's wire copy, a ninjs item)
 * and generated ones (40 articles in Byline JSON Lines), with bad records among them; and the
 * redistributable subset of five articles, one per rights case.
 */
class BylineJobTest {
  private static final int GENERATED = 40;

  private static SparkSession spark;
  private static JobReport report;
  private static JobReport rightsReport;
  private static Path out;
  private static Path rightsOut;
  private static List<Article> generated;

  @TempDir static Path dir;

  @BeforeAll
  static void runTheJob() throws IOException, URISyntaxException {
    spark = LocalSpark.start("BylineJobTest");

    Path input = Files.createDirectories(dir.resolve("in"));
    copyResources("job", input);
    Files.writeString(input.resolve("seed.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
    generated = new ArrayList<>();
    StringBuilder lines = new StringBuilder();
    for (long seed = 0; seed < GENERATED; seed++) {
      Article a = ArticleGenerator.article(Choices.seeded(seed));
      generated.add(a);
      lines.append(ArticleJson.standard().write(a)).append('\n');
    }
    lines.append("{\"formatVersion\":\"1.0\",\"headline\":\"Extra\",\"nickname\":\"x\"}\n"); // line 41
    lines.append("{\"formatVersion\":\"1.0\",\"headline\":\n"); // line 42
    Files.createDirectories(input.resolve("generated"));
    Files.writeString(input.resolve("generated/articles.jsonl"), lines, StandardCharsets.UTF_8);
    out = dir.resolve("out");
    report = BylineJob.run(spark, input.toUri().toString(), out.toUri().toString(), false);

    Path rightsIn = Files.createDirectories(dir.resolve("rights-in"));
    copyResources("rights", rightsIn);
    Files.writeString(rightsIn.resolve("seed.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
    rightsOut = dir.resolve("rights-out");
    rightsReport = BylineJob.run(spark, rightsIn.toUri().toString(), rightsOut.toUri().toString(), true);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static void copyResources(String folder, Path to) throws IOException, URISyntaxException {
    Path from = Path.of(Objects.requireNonNull(BylineJobTest.class.getResource(folder)).toURI());
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        try (InputStream in = Files.newInputStream(f)) {
          Files.copy(in, to.resolve(f.getFileName().toString()));
        }
      }
    }
  }

  private static Dataset<Row> table(Path output, String name) {
    return spark.read().parquet(output.resolve(name).toString());
  }

  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      values.add(row.get(i));
    }
    return values;
  }

  // ---- counts ---------------------------------------------------------------------------------

  @Test
  void everyRecordIsAnArticleOrARejectAndHiddenFilesAreNotRecords() {
    // 4 JSON-LD files, the seed, the ninjs item, the text with mixed line endings, notes.csv: 8 files;
    // 42 lines of JSON Lines; _SUCCESS is hidden
    assertThat(report.getRecords()).isEqualTo(8 + GENERATED + 2);
    // 3 JSON-LD articles, the seed, the ninjs item, 40 generated
    assertThat(report.getArticles()).isEqualTo(3 + 1 + 1 + GENERATED);
    // USA Today without headline, mixed line endings, notes.csv, 2 bad lines
    assertThat(report.getRejects()).isEqualTo(5);
    assertThat(report.getRecords()).isEqualTo(report.getArticles() + report.getRejects());
    assertThat(table(out, "articles").count()).isEqualTo(report.getArticles());
    assertThat(table(out, "rejects").count()).isEqualTo(report.getRejects());
    assertThat(table(out, "rights").count()).isEqualTo(report.getArticles());
    assertThat(table(out, "quotes").count()).isEqualTo(report.getQuotes());
  }

  @Test
  void theGeneratedArticlesAreInTheArticlesTableAsWrittenWithQuotationsFoundWhereTheyHadNone() {
    Dataset<Row> jsonLines = table(out, "articles").where("sourceFormat = 'byline-json-lines'");
    List<Article> given = ArticleRows.articles(jsonLines.where("not quotesFound")).collectAsList();
    List<Article> found = ArticleRows.articles(jsonLines.where("quotesFound")).collectAsList();

    List<Article> withoutFound = new ArrayList<>(given);
    for (Article a : found) {
      assertThat(a.getQuotes()).isNotEmpty();
      withoutFound.add(a.toBuilder().quotes(List.of()).build());
    }
    assertThat(withoutFound).containsExactlyInAnyOrderElementsOf(generated);
    assertThat(found).allSatisfy(a -> assertThat(generated).noneMatch(g -> g.equals(a)));
  }

  @Test
  void eachFileIsReadInItsFormat() {
    List<Row> formats = table(out, "articles").where("sourceFormat <> 'byline-json-lines'")
        .selectExpr("regexp_extract(sourceFile, '[^/]+$', 0)", "sourceFormat").collectAsList();

    assertThat(formats).extracting(r -> tuple(r.getString(0), r.getString(1))).containsExactlyInAnyOrder(
        tuple("euronews-2024-04-30.json", "schema-org-json-ld"),
        tuple("jungewelt-2024-04-26.jsonld", "schema-org-json-ld"),
        tuple("telegraph-2023-08-30.json", "schema-org-json-ld"),
        tuple("seed.txt", "wire-text"),
        tuple("harbour-ninjs.json", "ninjs"));
  }

  // ---- rejects --------------------------------------------------------------------------------

  @Test
  void rejectsNameTheFileTheErrorKindAndWhere() {
    List<Row> rejects = table(out, "rejects")
        .selectExpr("regexp_extract(file, '[^/]+$', 0)", "record", "kind", "pointer", "line").collectAsList();

    assertThat(rejects).extracting(r -> tuple(r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).containsExactlyInAnyOrder(
        tuple("usatoday-no-headline.json", 1, "NO_HEADLINE", null, null),
        tuple("mixed-line-endings.txt", 1, "MIXED_LINE_ENDINGS", null, 3),
        tuple("notes.csv", 1, "UNKNOWN_FORMAT", null, null),
        tuple("articles.jsonl", 41, "UNKNOWN_PROPERTY", "/nickname", 41),
        tuple("articles.jsonl", 42, "MALFORMED_JSON", "/headline", 42));
  }

  // ---- quotations -----------------------------------------------------------------------------

  @Test
  void theSeedsQuotationsAreInTheQuotesTableWithTheirSpeaker() {
    List<Row> seed = table(out, "quotes").where("articleKey like '%seed.txt#1'")
        .selectExpr("text", "kind", "speakerName", "speakerType", "speakerTitle", "speakerAffiliation", "cue", "context",
            "location.paragraph", "location.start", "location.end", "found")
        .where("text = 'proportionate'").collectAsList();

    assertThat(seed).hasSize(1);
    assertThat(values(seed.get(0))).containsExactly("proportionate", "partial", "Jens Stoltenberg", "person",
        "Secretary-General", "NATO", "characterizing", "at a press conference at NATO headquarters", 1, 215, 228, false);
    assertThat(table(out, "quotes").where("articleKey like '%seed.txt#1'").count()).isEqualTo(9);
  }

  @Test
  void quotationsAreFoundInAJsonLdArticleThatHasNone() {
    List<Row> found = table(out, "quotes").where("articleKey like '%euronews-2024-04-30.json#1'")
        .selectExpr("text", "speakerName", "cue", "found").collectAsList();

    assertThat(found).extracting(r -> tuple(r.get(0), r.get(1), r.get(2), r.get(3))).contains(
        tuple("It shows that there are vulnerabilities throughout our society, including the justice system. And we must"
            + " look at it with open eyes and take action,", "Gunnar Strömmer", "said", true));
  }

  @Test
  void quotationsAreFoundInANinjsItemThatHasNone() {
    List<Row> found = table(out, "quotes").where("articleKey like '%harbour-ninjs.json#1'")
        .selectExpr("text", "speakerName", "cue", "found").collectAsList();

    assertThat(found).extracting(r -> tuple(r.get(0), r.get(1), r.get(2), r.get(3))).containsExactly(
        tuple("This is a good day for the harbour,", "Anna Berg", "said", true));
  }

  // ---- rights ---------------------------------------------------------------------------------

  @Test
  void theRightsTableAnswersEveryUseForTheSeed() {
    List<Row> seed = table(out, "rights").where("articleKey like '%seed.txt#1'")
        .selectExpr("holder", "years.start", "years.end", "allRightsReserved", "publish", "broadcast", "rewrite",
            "redistribute", "quote", "archive", "commercialUse").collectAsList();

    assertThat(seed).hasSize(1);
    assertThat(values(seed.get(0))).containsExactly("Nexstar Media Inc.", 2023, 2023, true,
        "prohibited", "prohibited", "prohibited", "prohibited", "ask", "ask", "ask");
  }

  @Test
  void theRedistributableSubsetHoldsOnlyWhatMayBeRedistributedAndSaysWhyTheRestIsHeldBack() {
    List<String> ids = table(rightsOut, "redistributable").selectExpr("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();

    assertThat(ids).containsExactlyInAnyOrder("urn:example:rights:permitted", "urn:example:rights:cc-by");
    assertThat(rightsReport.getRedistributable()).isEqualTo(2);
    assertThat(rightsReport.getHeldBack()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "redistribution prohibited by the rights notice", 2L,
        "the rights notice does not grant redistribution (ask the holder)", 1L,
        "no rights notice (ask the publisher)", 1L));
    assertThat(table(rightsOut, "heldBack").count()).isEqualTo(4);
    assertThat(rightsReport.getArticles()).isEqualTo(6);
  }
}
