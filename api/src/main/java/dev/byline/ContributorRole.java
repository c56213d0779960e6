package dev.byline;

/**
 * What a contributor did for an article: the schema.org property that names them ({@code author},
 * {@code editor}, {@code contributor}, {@code translator}) or the IPTC role of a ninjs {@code by}
 * entry.
 */
public enum ContributorRole {
  /** Wrote the article (schema.org {@code author}); the usual byline. */
  AUTHOR,
  /** Edited the article (schema.org {@code editor}). */
  EDITOR,
  /** Took the photographs (schema.org {@code creator} of the {@code ImageObject}). */
  PHOTOGRAPHER,
  /** Shot the video. */
  VIDEOGRAPHER,
  /** Drew the illustrations or graphics. */
  ILLUSTRATOR,
  /** Translated the article (schema.org {@code translator}). */
  TRANSLATOR,
  /** Contributed reporting ("additional reporting by"; schema.org {@code contributor}). */
  CONTRIBUTOR
}
