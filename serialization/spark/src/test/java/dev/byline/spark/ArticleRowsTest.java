package dev.byline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.fixtures.SeedArticle;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {
  @Test
  void theSeedArticleComesBackEqualFromItsRow() {
    Row row = ArticleRows.toRow(SeedArticle.ARTICLE);
    assertThat(ArticleRows.fromRow(row)).isEqualTo(SeedArticle.ARTICLE);
  }
}
