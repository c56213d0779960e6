package dev.byline.examples.springboot4;

import dev.byline.Article;
import dev.byline.Permission;
import dev.byline.Use;

/**
 * What the service answers for an article it accepted: its headline, its size, and what its rights
 * notice lets the newsroom do with it.
 *
 * @param headline the article's headline
 * @param paragraphs the number of body paragraphs
 * @param quotations the number of quotations
 * @param publish whether the article may be published
 * @param redistribute whether it may be passed on to others
 * @param quote whether it may be quoted
 */
public record ArticleSummary(
    String headline, int paragraphs, int quotations, Permission publish, Permission redistribute, Permission quote) {

  /**
   * Summarises an article.
   *
   * @param article the article
   * @return its summary
   */
  public static ArticleSummary of(Article article) {
    return new ArticleSummary(
        article.getHeadline(),
        article.getParagraphs().size(),
        article.getQuotes().size(),
        article.permission(Use.PUBLISH),
        article.permission(Use.REDISTRIBUTE),
        article.permission(Use.QUOTE));
  }
}
