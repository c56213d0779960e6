package dev.byline.core.validation;

import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.fixtures.SeedArticle;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validation cost against article size: the seed article repeated 1, 10, 100 and 1000 times (7 to
 * 7 000 paragraphs, 9 to 8 001 quotations, every quotation located). Baseline in the same run:
 * {@link #scanText()}, one pass over every code point of the text — the least any validation of
 * this content must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  @Param({"1", "10", "100", "1000"})
  public int copies;

  private Article article;
  private ArticleValidator validator;

  @Setup
  public void setUp() {
    article = SeedArticle.repeated(copies);
    validator = ArticleValidator.create();
    if (!validator.validate(article).isValid()) {
      throw new IllegalStateException("benchmark article must be valid");
    }
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(article);
  }

  @Benchmark
  public long scanText() {
    long sum = article.getHeadline().codePoints().sum();
    for (String p : article.getParagraphs()) {
      sum += p.codePoints().sum();
    }
    for (Quote q : article.getQuotes()) {
      sum += q.getText().codePoints().sum();
    }
    return sum;
  }
}
