package dev.byline.spark;

import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.jackson2.ArticleJson;
import dev.byline.spark.internal.FileReader;
import dev.byline.spark.internal.Outcomes;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The job's throughput over generated articles in Byline JSON Lines (16 files), in {@code local[1]}
 * and {@code local[2]}, side by side with Spark's own JSON reader on the same files:
 *
 * <ul>
 *   <li>{@code sparkJson} (the baseline): {@code spark.read().schema(ArticleSchema.ARTICLE).json(…)}
 *       written to Parquet — Spark's parser, no checks;
 *   <li>{@code bylineArticles}: the job's reading — strict {@code ArticleJson} (Jackson 2) with
 *       validation, the quote finder where an article has none, the rights answers — written to the
 *       same Parquet table;
 *   <li>{@code bylineJob}: the whole job, {@link BylineJob#run}, writing its four tables.
 * </ul>
 *
 * <p>Each call processes all {@code articles}: articles per second is {@code articles / score}.
 * Run: {@code ./mvnw -pl serialization/spark -am -Pbenchmarks -DskipTests verify}
 * (the generated input is kept in {@code target/benchmark-input} between runs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(1)
public class SparkJobBenchmark {
  /** Files the articles are spread over. */
  private static final int FILES = 16;

  @Param({"local[1]", "local[2]"})
  public String master;

  @Param({"100000"})
  public int articles;

  private SparkSession spark;
  private Path input;
  private Path output;
  private int run;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    input = generated(articles);
    output = Files.createTempDirectory("byline-spark-benchmark");
    spark = SparkSession.builder()
        .appName("SparkJobBenchmark")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", master.equals("local[1]") ? "1" : "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    spark.stop();
    try (Stream<Path> files = Files.walk(output)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private String nextOutput() {
    return output.resolve("run-" + run++).toUri().toString();
  }

  @Benchmark
  public long sparkJson() {
    String out = nextOutput();
    spark.read().schema(ArticleSchema.ARTICLE).json(input.toUri().toString()).write().mode(SaveMode.ErrorIfExists).parquet(out);
    return spark.read().parquet(out).count();
  }

  @Benchmark
  public long bylineArticles() {
    String out = nextOutput();
    JavaRDD<Row> records = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(input.toUri().toString())
        .flatMap(file -> FileReader.read(file._1(), file._2().toArray()).iterator());
    spark.createDataFrame(records, Outcomes.SCHEMA).where("article is not null").select("article.*")
        .write().mode(SaveMode.ErrorIfExists).parquet(out);
    return spark.read().parquet(out).count();
  }

  @Benchmark
  public JobReport bylineJob() {
    return BylineJob.run(spark, input.toUri().toString(), nextOutput(), false);
  }

  /** The input folder for {@code count} articles, generated once and kept under target/. */
  static Path generated(int count) throws IOException {
    Path dir = Path.of("target", "benchmark-input", Integer.toString(count)).toAbsolutePath();
    Path done = dir.resolve(".complete");
    if (Files.exists(done)) {
      return dir;
    }
    Files.createDirectories(dir);
    BufferedWriter[] writers = new BufferedWriter[FILES];
    try {
      for (int f = 0; f < FILES; f++) {
        writers[f] = Files.newBufferedWriter(dir.resolve(String.format("articles-%02d.jsonl", f)), StandardCharsets.UTF_8);
      }
      ArticleJson json = ArticleJson.standard();
      for (int i = 0; i < count; i++) {
        writers[i % FILES].write(json.write(ArticleGenerator.article(Choices.seeded(i))));
        writers[i % FILES].write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (BufferedWriter w : writers) {
        if (w != null) {
          w.close();
        }
      }
    }
    Files.createFile(done);
    return dir;
  }
}
