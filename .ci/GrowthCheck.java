import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks JMH growth benchmarks for superlinear cost. Run as a single-file program:
 * {@code java .ci/GrowthCheck.java results.csv [max-ratio]}.
 *
 * <p>Input: a JMH result file in CSV form ({@code -rf csv}) from benchmarks that follow the growth
 * convention: classes named {@code *GrowthBenchmark}, average time per operation, a
 * {@code @Param("family")} naming the kind of hostile input and a {@code @Param("scale")} with the
 * values 1, 10 and 100 — the number of input units is proportional to {@code scale}. For every
 * benchmark method and family it prints the cost per unit ({@code score / scale}) at each scale and
 * fails (exit status 1) when the largest is more than {@code max-ratio} (default 2) times the
 * smallest: linear code has a flat cost per unit, quadratic code a cost per unit that grows with
 * the input.
 */
public final class GrowthCheck {
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java GrowthCheck.java results.csv [max-ratio]");
      System.exit(2);
    }
    double maxRatio = args.length > 1 ? Double.parseDouble(args[1]) : 2.0;
    List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      fail("no results in " + args[0]);
    }
    List<String> header = fields(lines.get(0));
    int benchmark = header.indexOf("Benchmark");
    int score = header.indexOf("Score");
    int family = header.indexOf("Param: family");
    int scale = header.indexOf("Param: scale");
    if (benchmark < 0 || score < 0 || family < 0 || scale < 0) {
      fail("expected the columns Benchmark, Score, Param: family, Param: scale in " + header);
    }
    Map<String, Map<Integer, Double>> perUnit = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      List<String> f = fields(line);
      String key = f.get(benchmark).replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1") + " [" + f.get(family) + "]";
      int s = Integer.parseInt(f.get(scale));
      perUnit.computeIfAbsent(key, k -> new TreeMap<>()).put(s, Double.parseDouble(f.get(score)) / s);
    }
    if (perUnit.isEmpty()) {
      fail("no growth benchmark results in " + args[0]);
    }
    int failures = 0;
    System.out.printf("%-72s %12s %12s %12s %7s%n", "benchmark [family]", "per unit 1x", "10x", "100x", "ratio");
    for (Map.Entry<String, Map<Integer, Double>> e : perUnit.entrySet()) {
      Map<Integer, Double> costs = e.getValue();
      double min = costs.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
      double max = costs.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      double ratio = max / min;
      boolean bad = ratio > maxRatio || costs.size() < 3;
      failures += bad ? 1 : 0;
      System.out.printf("%-72s %12.5g %12.5g %12.5g %7.2f%s%n", e.getKey(), costs.get(1), costs.get(10),
          costs.get(100), ratio, bad ? "  <-- FAIL" : "");
    }
    if (failures > 0) {
      fail(failures + " benchmark(s) grow faster than linearly (cost per unit varies more than " + maxRatio + "x)");
    }
    System.out.println("growth check passed: " + perUnit.size() + " benchmark(s), cost per unit within " + maxRatio + "x");
  }

  private static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static void fail(String message) {
    System.err.println("growth check failed: " + message);
    System.exit(1);
  }
}
