package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.TextLocation;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import java.io.PrintStream;

/**
 * Example 2 — validate, and print every violation of a broken article with its path. Builders
 * accept drafts; {@link ArticleValidator} says everything that is wrong at once: here a two-line
 * subheadline, a language that is not a BCP 47 tag, and a quotation
 * whose location was moved by one character so it no longer covers the quoted words.
 */
public final class ValidateAnArticle {
  private ValidateAnArticle() {}

  /**
   * Prints the violations of a broken copy of example 1's article.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article good = BuildAnArticle.article();
    ArticleValidator validator = ArticleValidator.create();
    out.println("Valid article: " + validator.validate(good));

    Quote moved = good.getQuotes().get(0).toBuilder().location(TextLocation.inParagraph(0, 235, 265)).build();
    Article broken =
        good.toBuilder()
            .subheadline("Stoltenberg speaks\nat NATO headquarters")
            .language("en_GB")
            .quotes(java.util.List.of(moved))
            .build();
    ValidationReport report = validator.validate(broken);
    for (Violation v : report.getViolations()) {
      out.println(v.getPath() + " [" + v.getCode() + "] " + v.getMessage() + " — was " + v.getInvalidValue());
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
