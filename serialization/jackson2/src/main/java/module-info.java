/**
 * Byline's JSON on Jackson 2, for applications whose line-up is Jackson 2 (Spring Boot 3, Quarkus 3,
 * Micronaut, Dropwizard, Spark, Kafka code): {@code ArticleJson} and a Jackson 2
 * {@code BylineJsonModule}, running the same reader and writer as the Jackson 3 binding. Needs
 * jackson-databind 2.15 or later; nothing of Jackson 3.
 */
module dev.byline.jackson2 {
  requires transitive dev.byline.json;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.byline.jackson2;
}
