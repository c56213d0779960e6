package dev.byline.serialization.text;

import dev.byline.Article;
import dev.byline.fixtures.GrowthWarmUp;
import java.time.Duration;
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
 * Growth of {@link ArticleText} reading and writing on hostile texts at 1×, 10× and 100× (the growth
 * convention: cost per unit must stay within 2× across the scales; {@code .ci/growth serialization}).
 * Each family repeats what the reader searches for: blank lines, line ends, credit-like and tags
 * lines, quotation marks (which the quote finder reads), notice marks (which the notice reader reads).
 * A family whose text the reader refuses has its fault at the very end, so the whole text is read
 * first; the writer writes the article of the text without the fault. Set-up first reads and
 * writes the 1× input a few hundred times, so that the short warm-up of the growth run measures
 * compiled code at every scale (a tenth of that after the first trial in a JVM: {@link GrowthWarmUp}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextGrowthBenchmark {
  @Param({"paragraphs", "blank-line-runs", "long-lines", "credit-lines", "tags", "tags-bars", "crlf-then-lf",
      "carriage-returns", "body-quotation-marks", "headline-quotation-marks", "headline-single-marks", "notice-marks"})
  public String family;

  @Param({"1", "10", "100"})
  public String scale;

  private String text;
  private Article article;

  /** The family's text at the scale, after reading and writing the 1× input until both are compiled. */
  @Setup
  public void setUp() {
    String[] small = text(family, 1);
    Article smallArticle = ArticleText.standard().read(small[0]).getArticle();
    GrowthWarmUp.run(TextGrowthBenchmark.class, 300, Duration.ofSeconds(5), () -> {
      read(small[0] + small[1]);
      return ArticleText.standard().write(smallArticle);
    });
    String[] input = text(family, Integer.parseInt(scale));
    text = input[0] + input[1];
    article = ArticleText.standard().read(input[0]).getArticle();
  }

  /** The text without its fault, and the fault (empty for the families the reader reads). */
  private static String[] text(String family, int n) {
    String fault = "";
    String valid = switch (family) {
      case "paragraphs" -> "Budget talks" + "\n\nThe ministers met on Monday to discuss the budget.".repeat(400 * n);
      case "blank-line-runs" -> {
        fault = "\n\n\n\nEnd.";
        yield "Budget talks" + "\n\nBody text.\n \n ".repeat(1_000 * n);
      }
      case "long-lines" -> "budget ".repeat(2_000 * n) + "\n\n" + "talks ".repeat(2_000 * n);
      case "credit-lines" -> "Budget talks" + "\n\nAP Photo/Jane Doe".repeat(1_000 * n);
      case "tags" -> "Budget talks\n\nBody.\n\nTags" + " budget Talks".repeat(1_500 * n);
      case "tags-bars" -> "Budget talks\n\nBody.\n\nTags budget" + " | talks policy".repeat(1_200 * n);
      case "crlf-then-lf" -> {
        fault = "\nEnd.";
        yield "Budget talks" + "\r\n\r\nBody.\r\nMore.".repeat(1_500 * n);
      }
      case "carriage-returns" -> "Budget talks" + "\r\rBody.\rMore.".repeat(1_500 * n);
      case "body-quotation-marks" -> "Budget talks\n\n" + "\u201ca\u201d ".repeat(500 * n);
      case "headline-quotation-marks" -> "\u201ca\u201d ".repeat(100 * n);
      case "headline-single-marks" -> " 'a".repeat(500 * n);
      case "notice-marks" -> "Budget talks\n\nBody.\n\n\u24b8" + "\u00a9 2023 ".repeat(500 * n);
      default -> throw new IllegalArgumentException(family);
    };
    return new String[] {valid, fault};
  }

  /**
   * Reads the text (or fails at its end).
   *
   * @return the reading, or the error
   */
  @Benchmark
  public Object read() {
    return read(text);
  }

  private static Object read(String text) {
    try {
      return ArticleText.standard().read(text);
    } catch (ArticleTextException e) {
      return e;
    }
  }

  /**
   * Writes the article back.
   *
   * @return the text
   */
  @Benchmark
  public String write() {
    return ArticleText.standard().write(article);
  }
}
