package dev.byline.serialization.schemaorg;

import java.util.List;
import java.util.Objects;

/**
 * An article written as a schema.org {@code NewsArticle} in JSON-LD, with what importing that block
 * again ({@link SchemaOrg#read(String)}) would not bring back equal.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaOrgExport {
  private final String text;
  private final List<String> losses;

  SchemaOrgExport(String text, List<String> losses) {
    this.text = Objects.requireNonNull(text, "text");
    this.losses = List.copyOf(losses);
  }

  /**
   * The JSON-LD block: one {@code NewsArticle} object, compact, as a page embeds it in
   * {@code <script type="application/ld+json">}; the same text as {@link SchemaOrg#write}.
   *
   * @return the JSON-LD text
   */
  public String getText() {
    return text;
  }

  /**
   * What the import of {@link #getText()} would not bring back equal, one line per field of the
   * article, in the article's order, each starting with the field's path and a colon
   * ({@code "quotes: 3 quotations; the import does not read hasPart Quotation"},
   * {@code "tags[1].kind: …"}, {@code "media[0].rights.years: …"}). A field that comes back equal is
   * never listed.
   *
   * @return an unmodifiable list, empty when the article comes back equal
   */
  public List<String> getLosses() {
    return losses;
  }

  /**
   * Tells whether importing the block brings back an equal article.
   *
   * @return {@code true} when there are no losses
   */
  public boolean isLossless() {
    return losses.isEmpty();
  }
}
