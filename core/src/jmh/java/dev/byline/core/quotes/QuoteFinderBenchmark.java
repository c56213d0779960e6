package dev.byline.core.quotes;

import dev.byline.Quote;
import dev.byline.fixtures.SeedArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Quotation finding on the seed article's body repeated to one million characters (about 480
 * copies, 3,849 quotations), one thread. Baseline in the same run: {@link #scanCodePoints()}, one
 * pass over every code point of the same text. The target is at least one million characters per
 * second per core: {@link #find()} at or under 1,000 ms per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QuoteFinderBenchmark {
  /** The characters of body text the benchmark reads per operation (at least). */
  static final int CHARACTERS = 1_000_000;

  private List<String> paragraphs;

  @Setup
  public void setUp() {
    paragraphs = new ArrayList<>();
    int chars = 0;
    while (chars < CHARACTERS) {
      for (String p : SeedArticle.PARAGRAPHS) {
        paragraphs.add(p);
        chars += p.length();
      }
    }
  }

  @Benchmark
  public List<Quote> find() {
    return QuoteFinder.find(SeedArticle.HEADLINE, paragraphs);
  }

  @Benchmark
  public long scanCodePoints() {
    long sum = SeedArticle.HEADLINE.codePoints().sum();
    for (String p : paragraphs) {
      sum += p.codePoints().sum();
    }
    return sum;
  }
}
