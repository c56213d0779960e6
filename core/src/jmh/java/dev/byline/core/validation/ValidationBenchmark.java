package dev.byline.core.validation;

import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.fixtures.SeedArticle;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Validation cost against article size: the seed article repeated 1, 10, 100 and 1000 times (7 to
 * 7 000 paragraphs, 9 to 8 001 quotations, every quotation located). Baseline in the same run:
 * {@link #scanText()}, one pass over every code point of the text — the least any validation of
 * this content must do. References: {@link #plainHibernateValidator()}, a plain default Hibernate
 * Validator validator (what {@code @Valid} uses), which {@link ArticleValidator} went through
 * before it walked Byline's types itself.
 *
 * <p>Read {@code validate ÷ scanText} at each size (target: at most 5), and
 * {@code validate / (7 × copies)} for the cost per paragraph (target: flat).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {
  @Param({"1", "10", "100", "1000"})
  public int copies;

  private Article article;
  private ArticleValidator validator;
  private ValidatorFactory plainFactory;
  private Validator plain;

  @Setup
  public void setUp() {
    article = SeedArticle.repeated(copies);
    validator = ArticleValidator.create();
    if (!validator.validate(article).isValid()) {
      throw new IllegalStateException("benchmark article must be valid");
    }
    plainFactory = Validation.buildDefaultValidatorFactory();
    plain = plainFactory.getValidator();
  }

  @TearDown
  public void tearDown() {
    plainFactory.close();
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(article);
  }

  @Benchmark
  public Object plainHibernateValidator() {
    return plain.validate(article);
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
