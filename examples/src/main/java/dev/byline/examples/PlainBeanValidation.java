package dev.byline.examples;

import dev.byline.Article;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Set;

/**
 * Example 6 — {@code @Valid}-style validation with a plain default validator, as Spring, Quarkus
 * and Jakarta REST do it. No Byline class is named: with {@code byline-core} on the class path, the
 * provider finds Byline's constraint validators by itself, so a controller method taking
 * {@code @Valid Article} rejects a headline on two lines.
 */
public final class PlainBeanValidation {
  private PlainBeanValidation() {}

  /**
   * Validates a broken article with {@code Validation.buildDefaultValidatorFactory()}.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article article = BuildAnArticle.article().toBuilder().headline("NATO willing to listen\nto Russia").build();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator validator = factory.getValidator();
      Set<ConstraintViolation<Article>> violations = validator.validate(article);
      violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(v -> out.println(v.getPropertyPath() + ": " + v.getMessage()));
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
