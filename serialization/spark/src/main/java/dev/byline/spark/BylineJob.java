package dev.byline.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.byline.spark.internal.FileReader;
import dev.byline.spark.internal.Outcomes;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads a folder of articles, finds the quotations where an article has none, and
 * writes Parquet tables of articles, quotations, rights and rejects.
 *
 * <pre>
 * spark-submit --class dev.byline.spark.BylineJob byline-spark-all.jar &lt;input folder&gt; &lt;output folder&gt; [--redistributable]
 * </pre>
 *
 * <p><b>Input.</b> Every file under the folder (subfolders too; names starting with {@code .} or
 * {@code _} are hidden), its format recognised as {@link InputFormat} says: plain-text wire copy,
 * Byline JSON Lines, Byline JSON, IPTC ninjs, schema.org JSON-LD or an HTML news page. A record is a
 * line of a JSON Lines file, or a whole other file. A JSON Lines file is read by one task: split very
 * large ones into several files to spread them.
 *
 * <p><b>Articles.</b> Byline JSON is read strictly and validated by {@code ArticleJson} (Jackson 2,
 * the line-up Spark ships); every other reader's article is validated by {@code ArticleValidator};
 * an article that breaks a content rule is a reject ({@code INVALID_CONTENT}, with the JSON Pointer
 * of its first violation). An article without quotations gets those {@code QuoteFinder} finds.
 *
 * <p><b>Output</b>, one Parquet table per folder under the output folder (which must not hold them
 * yet):
 *
 * <ul>
 *   <li>{@code articles}: {@code articleKey} (the record's file, {@code #}, its number — a line number
 *       in a JSON Lines file, 1 otherwise), {@code sourceFile}, {@code sourceRecord},
 *       {@code sourceFormat} ({@link InputFormat#word()}), {@code quotesFound} (the quotations were
 *       found by the finder, not given), then the columns of {@link ArticleSchema#ARTICLE} — read it
 *       back as articles with {@link ArticleRows#articles(Dataset)};
 *   <li>{@code quotes}: one row per quotation — {@code articleKey}, {@code articleId},
 *       {@code quoteIndex}, {@code text}, {@code kind}, {@code speakerName}, {@code speakerType}
 *       ({@code person}, {@code organization}), {@code speakerTitle}, {@code speakerAffiliation},
 *       {@code cue}, {@code context}, {@code location} ({@code paragraph}, {@code start},
 *       {@code end} in code points), {@code found};
 *   <li>{@code rights}: one row per article — {@code articleKey}, {@code articleId}, {@code holder},
 *       {@code years} ({@code start}, {@code end}), {@code notice}, {@code allRightsReserved},
 *       {@code license}, and the answer ({@code permitted}, {@code prohibited}, {@code ask}) for every
 *       {@code Use}: {@code publish}, {@code broadcast}, {@code rewrite}, {@code redistribute},
 *       {@code quote}, {@code archive}, {@code commercialUse} (an article with no notice answers
 *       {@code ask});
 *   <li>{@code rejects}: one row per record that could not be read — {@code file}, {@code record},
 *       {@code format}, {@code kind} (the reader's error kind, such as {@code UNKNOWN_PROPERTY},
 *       {@code MIXED_LINE_ENDINGS}, {@code NO_ARTICLE}, {@code INVALID_CONTENT}, or
 *       {@code UNKNOWN_FORMAT}, {@code MALFORMED_UTF8}, {@code EMPTY_INPUT}), {@code pointer} (JSON
 *       Pointer), {@code line} (in the file), {@code column}, {@code message};
 *   <li>with {@code --redistributable}: {@code redistributable}, the rows of {@code articles} whose
 *       answer for {@code REDISTRIBUTE} is {@code PERMITTED}, and {@code heldBack}
 *       ({@code articleKey}, {@code articleId}, {@code reason}) for every other article.
 * </ul>
 *
 * <p>A bad record never stops the job and is never dropped: records = articles + rejects
 * ({@link JobReport}).
 */
public final class BylineJob {
  private BylineJob() {}

  /**
   * Runs the job from the command line: {@code <input folder> <output folder> [--redistributable]}.
   * The Spark master is the one {@code spark-submit} gives; run directly ({@code java -cp …}), the job
   * runs in {@code local[*]}. Prints the {@link JobReport}; exits with 2 on a wrong command line.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    List<String> paths = new ArrayList<>();
    boolean redistributable = false;
    for (String arg : args) {
      if (arg.equals("--redistributable")) {
        redistributable = true;
      } else if (arg.startsWith("--")) {
        usage(System.err, "unknown option " + arg);
        System.exit(2);
        return;
      } else {
        paths.add(arg);
      }
    }
    if (paths.size() != 2) {
      usage(System.err, "an input folder and an output folder are needed");
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("byline");
    if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      System.out.print(run(spark, paths.get(0), paths.get(1), redistributable));
    } finally {
      spark.stop();
    }
  }

  private static void usage(PrintStream out, String problem) {
    out.println(problem);
    out.println("usage: BylineJob <input folder> <output folder> [--redistributable]");
  }

  /**
   * Runs the job in a Spark session.
   *
   * @param spark the session; not {@code null}
   * @param input the folder to read (any Hadoop path: {@code file:}, {@code hdfs:}, {@code s3a:}); not {@code null}
   * @param output the folder to write the tables under; not {@code null}
   * @param redistributable whether to write the redistributable subset and the held-back list
   * @return what was read and written
   */
  public static JobReport run(SparkSession spark, String input, String output, boolean redistributable) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    JavaRDD<Row> records = jsc.binaryFiles(input)
        .flatMap(file -> FileReader.read(file._1(), file._2().toArray()).iterator());
    Dataset<Row> outcomes = spark.createDataFrame(records, Outcomes.SCHEMA).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> read = outcomes.where(col("article").isNotNull());
      Dataset<Row> articles = articles(read);
      articles.write().mode(SaveMode.ErrorIfExists).parquet(output + "/articles");
      quotes(read).write().mode(SaveMode.ErrorIfExists).parquet(output + "/quotes");
      rights(read).write().mode(SaveMode.ErrorIfExists).parquet(output + "/rights");
      rejects(outcomes.where(col("article").isNull())).write().mode(SaveMode.ErrorIfExists).parquet(output + "/rejects");

      Row totals = outcomes.agg(
              count(lit(1)),
              count(col("article")),
              sum(coalesce(size(col("article.quotes")), lit(0)).cast("long")),
              sum(when(col("quotesFound"), 1L).otherwise(0L)))
          .first();
      long recordCount = totals.getLong(0);
      long articleCount = totals.getLong(1);
      long quoteCount = totals.isNullAt(2) ? 0 : totals.getLong(2);
      long found = totals.isNullAt(3) ? 0 : totals.getLong(3);
      Map<String, Long> heldBack = new TreeMap<>();
      long permitted = 0;
      if (redistributable) {
        articles(read.where(col("heldBackReason").isNull()))
            .write().mode(SaveMode.ErrorIfExists).parquet(output + "/redistributable");
        Dataset<Row> held = read.where(col("heldBackReason").isNotNull())
            .select(col("articleKey"), col("article.id").as("articleId"), col("heldBackReason").as("reason"));
        held.write().mode(SaveMode.ErrorIfExists).parquet(output + "/heldBack");
        for (Row r : held.groupBy("reason").count().collectAsList()) {
          heldBack.put(r.getString(0), r.getLong(1));
        }
        permitted = articleCount - heldBack.values().stream().mapToLong(Long::longValue).sum();
      }
      return new JobReport(recordCount, articleCount, recordCount - articleCount, quoteCount, found,
          redistributable, permitted, heldBack);
    } finally {
      outcomes.unpersist();
    }
  }

  private static Dataset<Row> articles(Dataset<Row> read) {
    return read.select(col("articleKey"), col("sourceFile"), col("sourceRecord"), col("sourceFormat"),
        col("quotesFound"), col("article.*"));
  }

  private static Dataset<Row> quotes(Dataset<Row> read) {
    Column q = col("q");
    Column source = q.getField("attribution").getField("source");
    return read
        .select(col("articleKey"), col("article.id").as("articleId"), col("quotesFound"),
            posexplode(col("article.quotes")).as(new String[] {"quoteIndex", "q"}))
        .select(col("articleKey"), col("articleId"), col("quoteIndex"),
            q.getField("text").as("text"),
            q.getField("kind").as("kind"),
            source.getField("name").as("speakerName"),
            source.getField("type").as("speakerType"),
            source.getField("title").as("speakerTitle"),
            source.getField("affiliation").getField("name").as("speakerAffiliation"),
            q.getField("attribution").getField("cue").as("cue"),
            q.getField("attribution").getField("context").as("context"),
            q.getField("location").as("location"),
            col("quotesFound").as("found"));
  }

  private static Dataset<Row> rights(Dataset<Row> read) {
    Column rights = col("article.rights");
    List<Column> columns = new ArrayList<>(List.of(col("articleKey"), col("article.id").as("articleId"),
        rights.getField("holder").as("holder"),
        rights.getField("years").as("years"),
        rights.getField("text").as("notice"),
        rights.getField("allRightsReserved").as("allRightsReserved"),
        rights.getField("license").as("license")));
    for (String use : Outcomes.ANSWERS.fieldNames()) {
      columns.add(col("answers").getField(use).as(use));
    }
    return read.select(columns.toArray(new Column[0]));
  }

  private static Dataset<Row> rejects(Dataset<Row> rejected) {
    return rejected.select(col("sourceFile").as("file"), col("sourceRecord").as("record"), col("sourceFormat").as("format"),
        col("rejectKind").as("kind"), col("rejectPointer").as("pointer"), col("rejectLine").as("line"),
        col("rejectColumn").as("column"), col("rejectMessage").as("message"));
  }
}
