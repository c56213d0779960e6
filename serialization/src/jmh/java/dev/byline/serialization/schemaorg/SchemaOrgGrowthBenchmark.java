package dev.byline.serialization.schemaorg;

import dev.byline.fixtures.GrowthWarmUp;
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
 * Growth of the schema.org import ({@link SchemaOrg#read(String)} for a block,
 * {@link SchemaOrg#readPage(String)} for a page holding that block) on hostile input: the cost per
 * unit must stay flat from 1× to 100× (checked by {@code .ci/growth}). Each family repeats one thing
 * the import searches for or keeps track of:
 *
 * <p>Before it is measured, each fork runs both entry points {@value #WARM_UP_CALLS} times on the
 * family's 1× input: the same warm-up at every scale, so that the 1× measurement is not of code the
 * JIT compiler has seen less of than at 100× (a tenth of that after the first trial in a JVM, when
 * {@code .ci/growth --ci} runs without forks: {@link GrowthWarmUp}).
 *
 * <ul>
 *   <li>{@code repeatedAuthor}: one author named 1,000·scale times (the byline's duplicate check);
 *   <li>{@code distinctAuthors}: 100·scale different authors with job title and identifier (up to the
 *       model's 10,000);
 *   <li>{@code idReferences}: 10,000·scale {@code @id} references to one person node;
 *   <li>{@code idDefinitions}: 1,000·scale nodes defining one {@code @id}, each referenced;
 *   <li>{@code longList}: a {@code @list} of 2,000·scale keywords, one repeated;
 *   <li>{@code deepNesting}: 100·scale arrays nested 60 deep in a property the model has no place for;
 *   <li>{@code openAngles}: 5,000·scale {@code <a} with no {@code >} in the body;
 *   <li>{@code openAmpersands}: 5,000·scale {@code &amp} and {@code &a} with no {@code ;} in the body;
 *   <li>{@code entities}: 2,000·scale named and numeric references and escaped markup (decoded twice);
 *   <li>{@code duplicateKeys}: 10,000·scale repeats of one key;
 *   <li>{@code manyBlocks}: 1,000·scale other nodes ({@code @graph} in the block, separate scripts in the page);
 *   <li>{@code manyMetaTags}: 1,000·scale properties without a place (in the block); {@code og:} tags and
 *       repeated {@code article:author} tags (in the page).
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaOrgGrowthBenchmark {
  @Param({"repeatedAuthor", "distinctAuthors", "idReferences", "idDefinitions", "longList", "deepNesting", "openAngles",
      "openAmpersands", "entities", "duplicateKeys", "manyBlocks", "manyMetaTags"})
  public String family;

  @Param({"1", "10", "100"})
  public String scale;

  private String block;
  private String page;

  private static String repeat(String s, int n, String separator) {
    StringBuilder b = new StringBuilder(s.length() * n + n);
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(separator);
      }
      b.append(s.replace("{i}", Integer.toString(i)));
    }
    return b.toString();
  }

  private static String article(String properties) {
    return "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Growth\",\"datePublished\":"
        + "\"2024-04-30T16:17:29+02:00\"" + (properties.isEmpty() ? "" : "," + properties) + "}";
  }

  private static String script(String json) {
    return "<script type=\"application/ld+json\">" + json + "</script>";
  }

  /** Calls of the 1× input each fork makes before it is measured, so that every scale runs equally warm code. */
  private static final int WARM_UP_CALLS = 300;

  @Setup
  public void setUp() {
    build(1);
    GrowthWarmUp.run(SchemaOrgGrowthBenchmark.class, WARM_UP_CALLS, GrowthWarmUp.NO_TIME_BOUND, () -> {
      read();
      return readPage();
    });
    build(Integer.parseInt(scale));
  }

  private void build(int n) {
    String metas = "";
    String extraScripts = "";
    switch (family) {
      case "repeatedAuthor" -> block = article("\"author\":[" + repeat("{\"@type\":\"Person\",\"name\":\"Ana Diaz\"}", 1_000 * n, ",") + "]");
      case "distinctAuthors" -> block = article("\"author\":[" + repeat("{\"@type\":\"Person\",\"name\":\"Author {i} of the growth benchmark\","
          + "\"jobTitle\":\"Correspondent {i}\",\"sameAs\":\"https://people.example/{i}\"}", 100 * n, ",") + "]");
      case "idReferences" -> block = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Ana Diaz\"},"
          + article("\"author\":[" + repeat("{\"@id\":\"#p\"}", 10_000 * n, ",") + "]") + "]}";
      case "idDefinitions" -> block = "{\"@context\":\"https://schema.org\",\"@graph\":["
          + repeat("{\"@type\":\"Person\",\"@id\":\"#p\",\"name\":\"Ana Diaz\"}", 1_000 * n, ",") + ","
          + article("\"author\":[" + repeat("{\"@id\":\"#p\"}", 1_000 * n, ",") + "]") + "]}";
      case "longList" -> block = article("\"keywords\":{\"@list\":[" + repeat("\"keyword\"", 2_000 * n, ",") + "]}");
      case "deepNesting" -> block = article("\"about\":[" + repeat("[".repeat(60) + "1" + "]".repeat(60), 100 * n, ",") + "]");
      case "openAngles" -> block = article("\"articleBody\":\"" + "<a".repeat(5_000 * n) + "\"");
      case "openAmpersands" -> block = article("\"articleBody\":\"" + "&amp &a ".repeat(5_000 * n) + "\"");
      case "entities" -> block = article("\"articleBody\":\"" + "&amp;lt;p&amp;gt;Caf&amp;eacute; &#8211; &eacute;&amp;lt;/p&amp;gt; ".repeat(2_000 * n) + "\"");
      case "duplicateKeys" -> block = article(repeat("\"wordCount\":{i}", 10_000 * n, ","));
      case "manyBlocks" -> {
        block = "{\"@context\":\"https://schema.org\",\"@graph\":[" + repeat("{\"@type\":\"WebPage\",\"@id\":\"#w{i}\",\"name\":\"Page {i}\"}", 1_000 * n, ",")
            + "," + article("") + "]}";
        extraScripts = repeat(script("{\"@type\":\"WebPage\",\"@id\":\"#w{i}\",\"name\":\"Page {i}\"}"), 1_000 * n, "\n");
      }
      case "manyMetaTags" -> {
        block = article(repeat("\"property{i}\":\"value {i}\"", 1_000 * n, ","));
        metas = repeat("<meta property=\"og:extra{i}\" content=\"value {i}\">", 1_000 * n, "\n")
            + repeat("<meta property=\"article:author\" content=\"Ana Diaz\">", 1_000 * n, "\n");
      }
      default -> throw new IllegalArgumentException(family);
    }
    String pageBlock = family.equals("manyBlocks") ? article("") : block;
    page = "<!DOCTYPE html><html><head><title>Growth</title>" + metas + script(pageBlock) + extraScripts
        + "</head><body><p>Body</p></body></html>";
  }

  @Benchmark
  public SchemaOrgReading read() {
    return SchemaOrg.read(block);
  }

  @Benchmark
  public SchemaOrgReading readPage() {
    return SchemaOrg.readPage(page);
  }
}
