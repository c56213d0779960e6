package dev.byline.examples.springboot4;

import dev.byline.Article;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Articles over HTTP, in Byline JSON: {@code GET /articles/{name}} answers with an article the desk
 * holds; {@code POST /articles} takes one, validates it ({@code @Valid}: Byline's constraints, found
 * by Spring's validator) and answers with its summary.
 */
@RestController
@RequestMapping("/articles")
public class ArticleController {
  private final ArticleDesk desk;

  /**
   * Creates the controller.
   *
   * @param desk the articles held
   */
  public ArticleController(ArticleDesk desk) {
    this.desk = desk;
  }

  /**
   * The article held under a name, in Byline JSON.
   *
   * @param name the article's short name
   * @return the article
   */
  @GetMapping("/{name}")
  public Article article(@PathVariable("name") String name) {
    return desk.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article named " + name));
  }

  /**
   * Accepts an article in Byline JSON.
   *
   * @param article the article, read by Byline's module and validated
   * @return its summary
   */
  @PostMapping
  public ArticleSummary accept(@Valid @RequestBody Article article) {
    return ArticleSummary.of(article);
  }
}
