package dev.byline.serialization.json;

import dev.byline.Article;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Growth of reading hostile documents (the growth convention: cost per unit at 1x, 10x and 100x
 * stays within 2x, checked by .ci/growth): the Jackson 3 facade, the Jackson 3 module in a user's
 * mapper, and the Jackson 2 facade, with validation off (the validator has its own growth
 * benchmarks) and, for the facades, lenient reading. Every 100x input is within the limits.
 *
 * <p>Families: many properties (quotations with every property), many array elements (paragraphs),
 * long strings full of escapes, many surrogate pairs (raw and escaped), deep nesting to 30 levels
 * (skipped values), many names whose hash codes collide (in a skipped object), many ignored
 * properties. The module reads no lenient documents: for the last three families it reads an
 * article inside the user's own type, whose mapper ignores the rest.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonGrowthBenchmark {
  @Param({"manyProperties", "manyElements", "longEscapedStrings", "surrogatePairs", "deepNesting", "collidingNames",
      "ignoredProperties"})
  public String family;

  @Param({"1", "10", "100"})
  public String scale;

  /** A user's own document with an article inside. */
  public record Envelope(Article article) {}

  private static final String HEAD = "{\"formatVersion\":\"1.0\",\"headline\":\"H\"";

  private final AtomicLong ignored = new AtomicLong();
  private ArticleJson jackson3;
  private dev.byline.jackson2.ArticleJson jackson2;
  private JsonMapper mapper;
  private byte[] document;
  private byte[] moduleDocument;
  private boolean enveloped;

  @Setup
  public void setUp() {
    int s = Integer.parseInt(scale);
    jackson3 = ArticleJson.builder().validation(false).lenient(p -> ignored.incrementAndGet()).build();
    jackson2 = dev.byline.jackson2.ArticleJson.builder().validation(false).lenient(p -> ignored.incrementAndGet()).build();
    // a user's mapper for untrusted documents with unknown names: without Jackson's table of names,
    // which is quadratic on names whose hashes collide (as ArticleJson's lenient reading does)
    mapper = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .disable(tools.jackson.core.TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES).build())
        .addModule(new BylineJsonModule()).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    String extra;
    String article;
    switch (family) {
      case "manyProperties" -> {
        article = HEAD + ",\"quotes\":[" + join(800 * s, i -> "{\"text\":\"q" + i + "\",\"kind\":\"partial\",\"attribution\":"
            + "{\"source\":{\"type\":\"person\",\"name\":\"N\",\"title\":\"T\",\"affiliation\":{\"type\":\"organization\",\"name\":\"O\"}},"
            + "\"cue\":\"said\",\"context\":\"C\"},\"location\":{\"paragraph\":0,\"start\":0,\"end\":1}}") + "]}";
        extra = null;
      }
      case "manyElements" -> {
        article = HEAD + ",\"paragraphs\":[" + join(1_000 * s, i -> "\"paragraph number " + i + "\"") + "]}";
        extra = null;
      }
      case "longEscapedStrings" -> {
        String escapes = "\\\"\\\\\\n\\u00e9\\t\\/".repeat(2_500 * s / 6 + 1);
        article = HEAD + ",\"paragraphs\":[" + join(4, i -> "\"" + escapes + "\"") + "]}";
        extra = null;
      }
      case "surrogatePairs" -> {
        String pairs = "\uD83D\uDE00\\ud83c\\uddfa".repeat(1_250 * s);
        article = HEAD + ",\"paragraphs\":[" + join(4, i -> "\"" + pairs + "\"") + "]}";
        extra = null;
      }
      case "deepNesting" -> {
        article = HEAD + "}";
        extra = join(400 * s, i -> "\"x" + i + "\":" + "[".repeat(15) + "{\"a\":".repeat(14) + "1" + "}".repeat(14) + "]".repeat(15));
      }
      case "collidingNames" -> {
        article = HEAD + "}";
        extra = "\"skipped\":{" + join(10_000 * s, i -> "\"" + colliding(i) + "\":0") + "}";
      }
      case "ignoredProperties" -> {
        article = HEAD + "}";
        extra = join(10_000 * s, i -> "\"unknown" + i + "\":[1,\"two\",{\"three\":3}]");
      }
      default -> throw new IllegalArgumentException(family);
    }
    enveloped = extra != null;
    String facadeDocument = extra == null ? article : article.substring(0, article.length() - 1) + "," + extra + "}";
    document = facadeDocument.getBytes(StandardCharsets.UTF_8);
    moduleDocument = (extra == null ? article : "{\"article\":" + article + "," + extra + "}").getBytes(StandardCharsets.UTF_8);
  }

  private static String join(int count, java.util.function.IntFunction<String> element) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append(element.apply(i));
    }
    return b.toString();
  }

  /** Distinct names with equal String hash codes: "Aa" and "BB" hash alike, so do their combinations. */
  private static String colliding(int i) {
    StringBuilder b = new StringBuilder();
    for (int bit = 0; bit < 20; bit++) {
      b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
    }
    return b.toString();
  }

  @Benchmark
  public Article articleJsonJackson3() {
    return jackson3.read(document);
  }

  @Benchmark
  public Article bylineJsonModuleJackson3() {
    return enveloped ? mapper.readValue(moduleDocument, Envelope.class).article() : mapper.readValue(moduleDocument, Article.class);
  }

  @Benchmark
  public Article articleJsonJackson2() {
    return jackson2.read(document);
  }
}
