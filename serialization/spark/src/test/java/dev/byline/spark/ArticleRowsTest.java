package dev.byline.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.collection.immutable.ArraySeq;

/** Article to Row and back, without Spark running. */
class ArticleRowsTest {
  @Test
  void theSeedArticleComesBackEqualFromItsRow() {
    Row row = ArticleRows.toRow(SeedArticle.ARTICLE);

    assertThat(ArticleRows.fromRow(row)).isEqualTo(SeedArticle.ARTICLE);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void edgeArticlesComeBackEqualFromTheirRows(long seed) {
    Article article = ArticleGenerator.edgeArticle(Choices.seeded(seed));

    assertThat(ArticleRows.fromRow(ArticleRows.toRow(article))).isEqualTo(article);
  }

  @Test
  void theRowHoldsTheSeedAsTheJsonFormatDoes() {
    Row row = ArticleRows.toRow(SeedArticle.ARTICLE);

    assertThat(row.<String>getAs("formatVersion")).isEqualTo("1.0");
    assertThat(row.<String>getAs("headline")).isEqualTo(SeedArticle.HEADLINE);
    assertThat(row.<Object>getAs("id")).isNull();
    assertThat(row.<Object>getAs("contributors")).as("an empty list is null, as JSON leaves it out").isNull();
    Row quote = row.<Row>getList(row.fieldIndex("quotes")).get(2);
    assertThat(quote.<String>getAs("text")).isEqualTo("proportionate");
    assertThat(quote.<String>getAs("kind")).isEqualTo("partial");
    assertThat(quote.<Row>getAs("attribution").<Row>getAs("source").<String>getAs("type")).isEqualTo("person");
    assertThat(quote.<Row>getAs("location").<Integer>getAs("paragraph")).isEqualTo(1);
    Row rights = row.getAs("rights");
    assertThat(rights.<String>getAs("holder")).isEqualTo("Nexstar Media Inc.");
    assertThat(rights.<Object>getList(rights.fieldIndex("prohibitedUses")))
        .containsExactly("publish", "broadcast", "rewrite", "redistribute");
  }

  private static Row with(Row row, String column, Object value) {
    Object[] values = new Object[row.length()];
    for (int i = 0; i < values.length; i++) {
      values[i] = row.get(i);
    }
    values[row.fieldIndex(column)] = value;
    return new GenericRowWithSchema(values, row.schema());
  }

  @Test
  void anUnknownQuotationKindIsReportedAtItsPointer() {
    Row row = ArticleRows.toRow(SeedArticle.ARTICLE);
    List<Row> quotes = new ArrayList<>(row.getList(row.fieldIndex("quotes")));
    quotes.set(3, with(quotes.get(3), "kind", "partly"));
    Row bad = with(row, "quotes", ArraySeq.unsafeWrapArray(quotes.toArray()));

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.UNKNOWN_VALUE);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/kind");
    assertThat(e.getMessage()).contains("\"partly\"", "\"full\"", "\"partial\"");
  }

  @Test
  void aMissingHeadlineIsReported() {
    Row bad = with(ArticleRows.toRow(SeedArticle.ARTICLE), "headline", null);

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.MISSING_VALUE);
    assertThat(e.getPointer()).isEqualTo("/headline");
  }

  @Test
  void aTimestampWithoutSecondsIsRefused() {
    Row bad = with(ArticleRows.toRow(SeedArticle.ARTICLE), "published", "2022-01-10T15:30+01:00");

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/published");
  }

  @Test
  void aNewerMajorFormatVersionIsRefused() {
    Row bad = with(ArticleRows.toRow(SeedArticle.ARTICLE), "formatVersion", "2.0");

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.UNSUPPORTED_VERSION);
    assertThat(e.getPointer()).isEqualTo("/formatVersion");
  }

  @Test
  void aNullParagraphIsReportedAtItsIndex() {
    Row bad = with(ArticleRows.toRow(SeedArticle.ARTICLE), "paragraphs", ArraySeq.unsafeWrapArray(new Object[] {"First.", null}));

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.NULL_ELEMENT);
    assertThat(e.getPointer()).isEqualTo("/paragraphs/1");
  }

  @Test
  void aRowOfAnotherShapeIsRefused() {
    Row bad = new GenericRowWithSchema(new Object[] {"1.0", "A headline"}, new StructType().add("formatVersion", "string").add("headline", "string"));

    ArticleRowException e = catchThrowableOfType(ArticleRowException.class, () -> ArticleRows.fromRow(bad));

    assertThat(e.getKind()).isEqualTo(ArticleRowException.Kind.WRONG_SHAPE);
    assertThat(e.getPointer()).isEmpty();
  }
}
