import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks JMH growth benchmarks for superlinear cost. Run as a single-file program:
 * {@code java .ci/GrowthCheck.java [--max-ratio R] [--failures out.tsv] results.json [re-measured.json ...]}.
 * A series (benchmark and family) that rose in an earlier file is judged again with a later file,
 * on the cheapest iteration of both measurements at each size: that is how a series that rose is judged
 * again after a second, longer measurement (a series that passed stays judged on its first). {@code --failures} writes
 * the failing series, one {@code benchmark<TAB>family} per line.
 *
 * <p>Input: a JMH result file in JSON form ({@code -rf json}) from benchmarks that follow the growth
 * convention: classes named {@code *GrowthBenchmark}, time per operation, a {@code @Param("family")}
 * naming the kind of hostile input and a {@code @Param("scale")} with the values 1, 10 and 100 — the
 * number of input units is proportional to {@code scale}. The cost of a call is the processor time
 * of the benchmark's threads when the run has the secondary metric {@code cpu.time} of
 * {@code dev.byline.fixtures.CpuTimeProfiler} ({@code .ci/growth} runs with it: other processes on a
 * busy machine do not inflate it), else the time per operation. For every benchmark method and
 * family it takes the cost per unit at each scale — the cheapest measured iteration divided by the
 * scale (the cheapest, because noise only ever adds cost; a reading of zero or less is no measurement
 * and is left out) — and fails (exit status 1) when
 * the cost per unit at a larger scale is more than {@code max-ratio} (default 2) times the cost per
 * unit at a smaller one. Linear code has a flat cost per unit; quadratic code one that grows tenfold
 * from each scale to the next. A cost per unit that falls with the size (a fixed cost per call
 * spread over more units) is printed but is no failure.
 */
public final class GrowthCheck {
  /** The secondary metric of dev.byline.fixtures.CpuTimeProfiler (JMH prefixes it with "·"). */
  private static final String CPU_TIME = "cpu.time";

  public static void main(String[] args) throws IOException {
    double maxRatio = 2.0;
    Path failuresFile = null;
    List<Path> files = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      if (args[a].equals("--max-ratio") && a + 1 < args.length) {
        maxRatio = Double.parseDouble(args[++a]);
      } else if (args[a].equals("--failures") && a + 1 < args.length) {
        failuresFile = Path.of(args[++a]);
      } else {
        files.add(Path.of(args[a]));
      }
    }
    if (files.isEmpty()) {
      System.err.println("usage: java GrowthCheck.java [--max-ratio R] [--failures out.tsv] results.json [re-measured.json ...]");
      System.exit(2);
    }
    Map<String, Map<Integer, Double>> perUnit = new TreeMap<>();
    Map<String, String> benchmarkOf = new TreeMap<>();
    Map<String, String> familyOf = new TreeMap<>();
    Map<String, String> measuredIn = new TreeMap<>();
    int results = 0;
    int cpuTime = 0;
    for (Path file : files) {
      Object root = new Json(Files.readString(file, StandardCharsets.UTF_8)).value();
      if (!(root instanceof List<?> runs) || runs.isEmpty()) {
        fail("no results in " + file);
        return;
      }
      Map<String, Map<Integer, Double>> fromThisFile = new TreeMap<>();
      for (Object o : runs) {
        Map<?, ?> run = (Map<?, ?>) o;
        Map<?, ?> params = (Map<?, ?>) run.get("params");
        if (params == null || !params.containsKey("family") || !params.containsKey("scale")) {
          fail("a result without the params family and scale: " + run.get("benchmark"));
        }
        String benchmark = (String) run.get("benchmark");
        String name = benchmark.replaceFirst("^.*\\.([^.]+\\.[^.]+)$", "$1");
        String key = name + " [" + params.get("family") + "]";
        int scale = Integer.parseInt((String) params.get("scale"));
        Map<?, ?> metric = (Map<?, ?>) run.get("primaryMetric");
        Map<?, ?> secondary = (Map<?, ?>) run.get("secondaryMetrics");
        if (secondary != null) {
          for (Map.Entry<?, ?> m : secondary.entrySet()) {
            if (((String) m.getKey()).endsWith(CPU_TIME)) {
              metric = (Map<?, ?>) m.getValue();
              cpuTime++;
            }
          }
        }
        results++;
        double fastest = Double.POSITIVE_INFINITY;
        for (Object fork : (List<?>) metric.get("rawData")) {
          for (Object v : (List<?>) fork) {
            double cost = ((Number) v).doubleValue();
            if (cost > 0) { // no call costs nothing: a zero is a clock that was not read or did not advance
              fastest = Math.min(fastest, cost);
            }
          }
        }
        if (Double.isInfinite(fastest)) {
          fail("no measured iteration for " + key + " at scale " + scale);
        }
        fromThisFile.computeIfAbsent(key, k -> new TreeMap<>()).put(scale, fastest / scale);
        benchmarkOf.put(key, benchmark);
        familyOf.put(key, (String) params.get("family"));
      }
      for (Map.Entry<String, Map<Integer, Double>> e : fromThisFile.entrySet()) {
        Map<Integer, Double> earlier = perUnit.get(e.getKey());
        if (earlier == null) {
          perUnit.put(e.getKey(), e.getValue());
          measuredIn.put(e.getKey(), file.getFileName().toString());
        } else if (rises(earlier, maxRatio)) {
          // a series that rose is judged again on the cheapest iteration of both measurements at each size:
          // noise only ever adds cost, and superlinear code is dear at the larger sizes in every call
          Map<Integer, Double> both = new TreeMap<>(earlier);
          e.getValue().forEach((scale, cost) -> both.merge(scale, cost, Math::min));
          perUnit.put(e.getKey(), both);
          measuredIn.put(e.getKey(), file.getFileName().toString());
        }
      }
    }
    if (perUnit.isEmpty()) {
      fail("no growth benchmark results in " + files);
    }
    List<String> failed = new ArrayList<>();
    System.out.println(cpuTime == results ? "cost: processor time of the benchmark's threads (" + CPU_TIME + "), microseconds"
        : cpuTime == 0 ? "cost: time per operation" : "cost: processor time where measured (" + cpuTime + " of " + results
            + " results), else time per operation");
    System.out.printf("%-72s %11s %11s %11s %6s %6s%n", "benchmark [family]: cost per unit", "1x", "10x",
        "100x", "rise", "fall");
    for (Map.Entry<String, Map<Integer, Double>> e : perUnit.entrySet()) {
      double rise = largestRatio(e.getValue(), true);
      double fall = largestRatio(e.getValue(), false);
      boolean bad = rises(e.getValue(), maxRatio);
      if (bad) {
        failed.add(benchmarkOf.get(e.getKey()) + "\t" + familyOf.get(e.getKey()));
      }
      Map<Integer, Double> c = e.getValue();
      boolean again = files.size() > 1 && !measuredIn.get(e.getKey()).equals(files.get(0).getFileName().toString());
      System.out.printf("%-72s %11.4g %11.4g %11.4g %6.2f %6.2f%s%s%n", e.getKey(), c.getOrDefault(1, Double.NaN),
          c.getOrDefault(10, Double.NaN), c.getOrDefault(100, Double.NaN), rise, fall, again ? "  (measured again)" : "",
          bad ? "  <-- FAIL" : "");
    }
    if (failuresFile != null) {
      Files.write(failuresFile, failed, StandardCharsets.UTF_8);
    }
    if (!failed.isEmpty()) {
      fail(failed.size() + " benchmark(s) grow faster than linearly (cost per unit rises more than " + maxRatio
          + "x with the input, or a scale is missing)");
    }
    System.out.println("growth check passed: " + perUnit.size() + " benchmark(s), cost per unit never rises more than "
        + maxRatio + "x from 1x to 10x to 100x");
  }

  /** Whether a series misses a size or its cost per unit rises more than {@code maxRatio} times. */
  private static boolean rises(Map<Integer, Double> costsByScale, double maxRatio) {
    return !costsByScale.keySet().equals(java.util.Set.of(1, 10, 100)) || largestRatio(costsByScale, true) > maxRatio;
  }

  /**
   * The largest factor by which the cost per unit rises (or, with {@code rising} false, falls) from a
   * smaller scale to a larger one; 1 when it never does.
   */
  private static double largestRatio(Map<Integer, Double> costsByScale, boolean rising) {
    List<Double> costs = new ArrayList<>(costsByScale.values()); // in the order of the scales
    double largest = 1;
    for (int i = 0; i < costs.size(); i++) {
      for (int j = i + 1; j < costs.size(); j++) {
        largest = Math.max(largest, rising ? costs.get(j) / costs.get(i) : costs.get(i) / costs.get(j));
      }
    }
    return largest;
  }

  private static void fail(String message) {
    System.err.println("growth check failed: " + message);
    System.exit(1);
  }

  /** The subset of JSON that JMH writes: objects, arrays, strings, numbers, true/false/null. */
  private static final class Json {
    private final String s;
    private int i;

    Json(String s) {
      this.s = s;
    }

    Object value() {
      skip();
      char c = s.charAt(i);
      if (c == '{') {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        skip();
        if (s.charAt(i) == '}') {
          i++;
          return m;
        }
        while (true) {
          skip();
          String k = string();
          skip();
          expect(':');
          m.put(k, value());
          skip();
          if (s.charAt(i++) == '}') {
            return m;
          }
        }
      }
      if (c == '[') {
        List<Object> l = new ArrayList<>();
        i++;
        skip();
        if (s.charAt(i) == ']') {
          i++;
          return l;
        }
        while (true) {
          l.add(value());
          skip();
          if (s.charAt(i++) == ']') {
            return l;
          }
        }
      }
      if (c == '"') {
        return string();
      }
      int start = i;
      while (i < s.length() && ",]} \n\r\t".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      String word = s.substring(start, i);
      switch (word) {
        case "true": return Boolean.TRUE;
        case "false": return Boolean.FALSE;
        case "null": return null;
        default:
          try {
            return Double.parseDouble(word);
          } catch (NumberFormatException e) {
            return word; // JMH writes NaN and Infinity unquoted
          }
      }
    }

    private String string() {
      expect('"');
      StringBuilder b = new StringBuilder();
      while (s.charAt(i) != '"') {
        char c = s.charAt(i++);
        if (c == '\\') {
          char e = s.charAt(i++);
          switch (e) {
            case 'n' -> b.append('\n');
            case 't' -> b.append('\t');
            case 'r' -> b.append('\r');
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'u' -> {
              b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
              i += 4;
            }
            default -> b.append(e);
          }
        } else {
          b.append(c);
        }
      }
      i++;
      return b.toString();
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalStateException("expected '" + c + "' at " + i);
      }
      i++;
    }

    private void skip() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }
  }
}
