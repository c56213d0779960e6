/**
 * Byline on Apache Spark 4: the Spark SQL schema of an article ({@code ArticleSchema}), the
 * conversion between {@code Article} and {@code Row} and the {@code Encoder} of a
 * {@code Dataset<Article>} ({@code ArticleRows}), and the job that reads a folder of wire copy, Byline
 * JSON Lines, ninjs and schema.org JSON-LD into Parquet tables of articles, quotations, rights and
 * rejects ({@code BylineJob}).
 *
 * <p>Spark's jars have no module names of their own, and the names the JVM would derive from their
 * file names ({@code spark-sql_2.13-4.2.0.jar}: {@code spark.sql.2.13}) are not legal module names,
 * so no module can {@code requires} them. This module therefore reads Spark from the class path
 * (compiled with {@code --add-reads dev.byline.spark=ALL-UNNAMED}); Spark applications run on the
 * class path ({@code spark-submit}), where this descriptor is not consulted. On the module path, add
 * the same {@code --add-reads} and put Spark on the class path.
 */
module dev.byline.spark {
  requires transitive dev.byline.core;
  requires transitive dev.byline.jackson2;
  requires dev.byline.serialization;

  exports dev.byline.spark;
}
