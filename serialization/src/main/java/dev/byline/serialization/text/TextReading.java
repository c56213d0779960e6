package dev.byline.serialization.text;

import dev.byline.Article;
import java.util.Objects;

/**
 * An article read from text, with the {@link TextLayout} to write it back byte for byte.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextReading {
  private final Article article;
  private final TextLayout layout;

  TextReading(Article article, TextLayout layout) {
    this.article = Objects.requireNonNull(article, "article");
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  /**
   * The article: headline, lead image credit, paragraphs, tags, rights notice and the quotations
   * found in the text.
   *
   * @return the article
   */
  public Article getArticle() {
    return article;
  }

  /**
   * The text's line separator, final line break, byte-order mark and the form of its tags line.
   *
   * @return the layout
   */
  public TextLayout getLayout() {
    return layout;
  }
}
