package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * Message parameters are escaped by Byline itself, so that every Hibernate Validator from 8.0 on
 * inserts them literally (9.1's {@code MessageParameterEscaping} does not exist before 9.1).
 */
class FindingTest {
  @Test
  void aParameterWithoutSpecialCharactersIsKeptAsItIs() {
    Finding finding = Finding.of("{dev.byline.beforePublished}", "x").with("published", "2024-02-29T12:00:00Z");

    assertThat(finding.parameters).containsExactly("published", "2024-02-29T12:00:00Z");
  }

  @Test
  void aNumberParameterStaysANumber() {
    Finding finding = Finding.of("{dev.byline.multiline}", "x").with("index", 18);

    assertThat(finding.parameters).containsExactly("index", 18);
  }

  @Test
  void backslashesBracesAndDollarSignsInATextParameterGetABackslashEach() {
    Finding finding = Finding.of("{dev.byline.beforePublished}", "x").with("published", "a{b}$c\\d");

    assertThat(finding.parameters).containsExactly("published", "a\\{b\\}\\$c\\\\d");
  }

  @Test
  void theInterpolatorInsertsAnEscapedParameterExactlyAsItWas() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      ConstraintDescriptor<?> singleLine = factory.getValidator().getConstraintsForClass(Article.class)
          .getConstraintsForProperty("headline").getConstraintDescriptors().stream()
          .filter(d -> d.getAnnotation().annotationType().getSimpleName().equals("SingleLine"))
          .findFirst().orElseThrow();
      Finding finding = Finding.of("{dev.byline.multiline}", "x").with("index", "{max} ${1+1} \\n");

      String message = new Messages(new ParameterMessageInterpolator())
          .interpolate(finding.template, finding.parameters, singleLine, "x", Article.class);

      assertThat(message).isEqualTo("must be a single line (line break at index {max} ${1+1} \\n)");
    }
  }
}
