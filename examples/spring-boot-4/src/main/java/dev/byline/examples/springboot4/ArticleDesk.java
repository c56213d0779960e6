package dev.byline.examples.springboot4;

import dev.byline.Article;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The articles the desk holds, each under a short name such as {@code seed}; in memory. */
@Component
public class ArticleDesk {
  private final Map<String, Article> articles = new ConcurrentHashMap<>();

  /**
   * Holds an article under a name, replacing any article held under it.
   *
   * @param name the article's short name
   * @param article the article
   */
  public void put(String name, Article article) {
    articles.put(name, article);
  }

  /**
   * The article held under a name.
   *
   * @param name the article's short name
   * @return the article, or empty
   */
  public Optional<Article> find(String name) {
    return Optional.ofNullable(articles.get(name));
  }
}
