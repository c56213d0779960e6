package dev.byline.spark;

import org.apache.spark.sql.SparkSession;

/**
 * A Spark session for one test class: local[2], no UI, two shuffle partitions, and Spark's
 * interpreted expressions instead of generated code (as Spark's own tests may choose): on inputs of
 * a few hundred rows, compiling the generated code costs more than it saves.
 */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String name) {
    return SparkSession.builder()
        .appName(name)
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.codegen.wholeStage", "false")
        .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
