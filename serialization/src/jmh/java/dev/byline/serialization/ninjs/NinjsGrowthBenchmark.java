package dev.byline.serialization.ninjs;

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
 * Growth of {@link Ninjs} reading and writing on hostile documents at 1×, 10× and 100× (the growth
 * convention: cost per unit must stay within 2× across the scales; {@code .ci/growth serialization}).
 * Each family repeats what the reader walks: headlines, bodies, subjects, associations, people, long
 * strings with blank lines, properties it lists as lost, keys that differ only in case; the error
 * families have their fault at the very end (a wrong type, a duplicate key), so the whole document is
 * read and then searched for the line and column. Set-up first reads the 1× document a few hundred
 * times, so that the short warm-up of the growth run measures compiled code at every scale (a tenth
 * of that after the first trial in a JVM: {@link GrowthWarmUp}). Writing
 * is measured by {@link NinjsWriteGrowthBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NinjsGrowthBenchmark {
  @Param({"headlines", "bodies", "subjects", "associations", "people", "long-strings", "lost-properties",
      "case-twins", "late-wrong-type", "late-duplicate-key"})
  public String family;

  @Param({"1", "10", "100"})
  public String scale;

  private String json;

  /** The family's document at the scale, after reading the 1× document until the reader is compiled. */
  @Setup
  public void setUp() {
    String small = document(family, 1);
    GrowthWarmUp.run(NinjsGrowthBenchmark.class, 300, Duration.ofSeconds(5), () -> read(small));
    json = document(family, Integer.parseInt(scale));
  }

  private static String document(String family, int n) {
    String head = "{\"uri\":\"urn:x:1\"" + (family.equals("headlines") ? "" : ",\"headlines\":[{\"role\":\"main\",\"value\":\"Budget talks\"}]");
    String fault = "";
    String body = switch (family) {
      case "headlines" -> headlines(n);
      case "bodies" -> ",\"bodies\":[" + "{\"role\":\"main\",\"contentType\":\"text/html\",\"value\":\"<p>Body.</p>\"},".repeat(300 * n)
          + "{\"contentType\":\"text/plain\",\"value\":\"Body.\"}]";
      case "subjects" -> ",\"subjects\":[" + repeat("{\"name\":\"budget %d\",\"rel\":\"about\",\"uri\":\"http://cv.iptc.org/newscodes/mediatopic/%d\"}", 250 * n) + "]";
      case "associations" -> ",\"associations\":[" + repeat("{\"name\":\"media-%d\",\"uri\":\"https://img.example/%d.jpg\",\"type\":\"picture\","
          + "\"descriptions\":[{\"role\":\"caption\",\"value\":\"A caption\"},{\"role\":\"creditline\",\"value\":\"AP\"}],"
          + "\"renditions\":[{\"name\":\"original\",\"href\":\"https://img.example/1.jpg\"}],\"copyrightNotice\":\"\\u00a9 2023 AP\"}", 60 * n) + "]";
      case "people" -> ",\"people\":[" + repeat("{\"name\":\"Jane Doe %d\",\"rel\":\"author\",\"uri\":\"https://www.wikidata.org/wiki/Q%d\"}", 250 * n) + "]";
      case "long-strings" -> ",\"bodies\":[{\"contentType\":\"text/plain\",\"value\":\"" + "Budget talks resumed.\\n\\n".repeat(800 * n) + "End.\"}]";
      case "lost-properties" -> "," + repeat("\"x%d\":{\"urgency\":%d}", 1_000 * n);
      case "case-twins" -> "," + repeat("\"extra%d\":1,\"EXTRA%d\":2", 800 * n);
      case "late-wrong-type" -> {
        fault = ",\"located\":1";
        yield ",\"subjects\":[" + repeat("{\"name\":\"budget %d\",\"rel\":\"about%d\"}", 400 * n) + "]";
      }
      case "late-duplicate-key" -> {
        fault = ",\"x0\":2";
        yield "," + repeat("\"x%d\":1", 1_500 * n);
      }
      default -> throw new IllegalArgumentException(family);
    };
    return head + body + fault + "}";
  }

  private static String headlines(int n) {
    return ",\"headlines\":[" + "{\"role\":\"main\",\"value\":\"Budget talks\"},{\"role\":\"sub\",\"value\":\"Sub\"},".repeat(300 * n)
        + "{\"value\":\"Last\"}]";
  }

  /** {@code count} copies of {@code format}, {@code %d} the copy's number, separated by commas. */
  private static String repeat(String format, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(i == 0 ? "" : ",").append(format.replace("%d", Integer.toString(i)));
    }
    return b.toString();
  }

  /**
   * Reads the document (or fails at its end).
   *
   * @return the result, or the error
   */
  @Benchmark
  public Object read() {
    return read(json);
  }

  private static Object read(String json) {
    try {
      return Ninjs.read(json);
    } catch (NinjsException e) {
      return e;
    }
  }
}
