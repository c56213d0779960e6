package dev.byline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import dev.byline.jackson2.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles as a Spark SQL table: rows, Parquet, the encoder and Spark's own JSON reader. */
class ArticleTableTest {
  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ArticleTableTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** The seed, 50 generated articles and 50 edge articles. */
  private static List<Article> articles() {
    List<Article> articles = new ArrayList<>();
    articles.add(SeedArticle.ARTICLE);
    for (long seed = 0; seed < 50; seed++) {
      articles.add(ArticleGenerator.article(Choices.seeded(seed)));
      articles.add(ArticleGenerator.edgeArticle(Choices.seeded(1_000 + seed)));
    }
    return articles;
  }

  @Test
  void theSeedArticleComesBackEqualThroughRowsAndParquet() {
    String path = dir.resolve("seed-rows").toString();
    spark.createDataFrame(List.of(ArticleRows.toRow(SeedArticle.ARTICLE)), ArticleSchema.ARTICLE).write().parquet(path);

    List<Row> rows = spark.read().parquet(path).collectAsList();

    assertThat(rows).hasSize(1);
    assertThat(ArticleRows.fromRow(rows.get(0))).isEqualTo(SeedArticle.ARTICLE);
  }

  @Test
  void generatedAndEdgeArticlesComeBackEqualThroughRowsAndParquet() {
    List<Article> articles = articles();
    String path = dir.resolve("generated-rows").toString();
    List<Row> rows = articles.stream().map(ArticleRows::toRow).collect(Collectors.toList());
    spark.createDataFrame(rows, ArticleSchema.ARTICLE).write().parquet(path);

    List<Article> back = spark.read().parquet(path).collectAsList().stream().map(ArticleRows::fromRow).collect(Collectors.toList());

    assertThat(back).containsExactlyInAnyOrderElementsOf(articles);
  }

  @Test
  void aDatasetOfArticlesIsWrittenToParquetAndReadBackEqual() {
    List<Article> articles = articles();
    String path = dir.resolve("dataset").toString();
    spark.createDataset(articles, ArticleRows.encoder()).write().parquet(path);

    List<Article> back = ArticleRows.articles(spark.read().parquet(path)).collectAsList();

    assertThat(back).containsExactlyInAnyOrderElementsOf(articles);
  }

  @Test
  void aDatasetOfArticlesIsStoredInTheSchemasColumnsNotAsBytes() {
    Dataset<Article> seed = spark.createDataset(List.of(SeedArticle.ARTICLE), ArticleRows.encoder());

    assertThat(seed.schema().fieldNames()).containsExactly(ArticleSchema.ARTICLE.fieldNames());
    // the seed's nine quotations are all Jens Stoltenberg's
    List<Row> speakers = seed.selectExpr("explode(quotes.attribution.source.name) as speaker")
        .groupBy("speaker").count().collectAsList();
    assertThat(speakers).hasSize(1);
    assertThat(speakers.get(0).getString(0)).isEqualTo("Jens Stoltenberg");
    assertThat(speakers.get(0).getLong(1)).isEqualTo(9L);
  }

  @Test
  void mapAndFilterWorkOnADatasetOfArticles() {
    Dataset<Article> articles = spark.createDataset(articles(), ArticleRows.encoder());

    List<Article> withHeadline = articles
        .filter((org.apache.spark.api.java.function.FilterFunction<Article>) a -> a.getHeadline().equals(SeedArticle.HEADLINE))
        .collectAsList();

    assertThat(withHeadline).containsExactly(SeedArticle.ARTICLE);
  }

  @Test
  void sparksJsonReaderLoadsBylineJsonLinesIntoRowsThatReadBackEqual() throws IOException {
    List<Article> articles = articles();
    Path file = dir.resolve("articles.jsonl");
    StringBuilder lines = new StringBuilder();
    for (Article a : articles) {
      lines.append(ArticleJson.standard().write(a)).append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);

    List<Article> back = spark.read().schema(ArticleSchema.ARTICLE).json(file.toString())
        .collectAsList().stream().map(ArticleRows::fromRow).collect(Collectors.toList());

    assertThat(back).containsExactlyElementsOf(articles);
  }
}
