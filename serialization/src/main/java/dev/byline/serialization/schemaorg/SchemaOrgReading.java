package dev.byline.serialization.schemaorg;

import dev.byline.Article;
import java.util.List;
import java.util.Objects;

/**
 * An article imported from schema.org JSON-LD, with notes on what the import decoded, assumed or
 * left out (HTML decoded, a date without an offset read as UTC, a value of an unexpected shape
 * skipped).
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaOrgReading {
  private final Article article;
  private final List<String> notes;

  SchemaOrgReading(Article article, List<String> notes) {
    this.article = Objects.requireNonNull(article, "article");
    this.notes = List.copyOf(notes);
  }

  /**
   * The article. It is not validated: validate it before trusting it.
   *
   * @return the article
   */
  public Article getArticle() {
    return article;
  }

  /**
   * What the import did beyond copying, one line each.
   *
   * @return an unmodifiable list
   */
  public List<String> getNotes() {
    return notes;
  }
}
