package dev.byline.core.validation;

import dev.byline.Article;
import dev.byline.fixtures.SeedArticle;
import java.util.function.UnaryOperator;

/** A named change to the seed article that breaks exactly one rule. */
record Broken(String name, UnaryOperator<Article.Builder> change, String path, String code) {
  Article article() {
    return change.apply(SeedArticle.ARTICLE.toBuilder()).build();
  }

  @Override
  public String toString() {
    return name;
  }
}
