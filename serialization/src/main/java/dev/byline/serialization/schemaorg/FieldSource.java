package dev.byline.serialization.schemaorg;

/**
 * Which part of a news page gave a field of an imported article (see
 * {@link SchemaOrgReading#getSources()}).
 */
public enum FieldSource {
  /** A schema.org node in a JSON-LD block ({@code <script type="application/ld+json">}). */
  JSON_LD,
  /**
   * An Open Graph meta tag: {@code og:title}, {@code og:description}, {@code og:url},
   * {@code og:image}, {@code og:site_name}, {@code og:locale}.
   */
  OPEN_GRAPH,
  /**
   * An Open Graph article meta tag: {@code article:published_time}, {@code article:modified_time},
   * {@code article:author}, {@code article:section}, {@code article:tag}.
   */
  ARTICLE_META
}
