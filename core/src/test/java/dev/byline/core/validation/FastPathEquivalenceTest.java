package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Breakage;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ArticleValidator} walks Byline's types itself; a plain Hibernate Validator validator (the
 * default provider, its default message interpolator, with only the test clock set) must find
 * exactly the same violations — path, JSON Pointer, code, message, shown value, and order — on every
 * constraint mutation, on generated valid articles, and on generated articles broken in every way
 * (seeded here, fuzzed by Jazzer in {@code .ci/fuzz}), for the article and for each of its parts
 * validated on its own.
 */
class FastPathEquivalenceTest {
  static final ArticleValidator VALIDATOR = ArticleValidator.withClock(EveryConstraintTest.CLOCK);

  static ValidatorFactory plainFactory;
  static Validator plain;

  @BeforeAll
  static void plainValidator() {
    plainFactory =
        Validation.byDefaultProvider().configure().clockProvider(() -> EveryConstraintTest.CLOCK).buildValidatorFactory();
    plain = plainFactory.getValidator();
  }

  @AfterAll
  static void close() {
    plainFactory.close();
  }

  static LongStream seeds() {
    return LongStream.range(0, 250);
  }

  @Test
  void bylinesOwnTypesAreValidatedByTheWalk() {
    assertThat(VALIDATOR.hasFastPath()).isTrue();
  }

  @Test
  void seedArticleAndItsPartsGiveTheSameReport() {
    sameReports(SeedArticle.ARTICLE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.byline.core.validation.EveryConstraintTest#brokenArticles")
  void everyConstraintMutationGivesTheSameReport(Broken broken) {
    sameReports(broken.article());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedValidArticlesGiveTheSameReport(long seed) {
    sameReports(ArticleGenerator.article(Choices.seeded(seed)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void generatedBrokenArticlesGiveTheSameReport(long seed) {
    sameReports(Breakage.article(Choices.seeded(seed)));
  }

  @FuzzTest(maxExecutions = 20_000, maxDuration = "20s")
  void generatedArticlesGiveTheSameReportFuzzed(FuzzedDataProvider data) {
    sameReports(Breakage.possiblyBroken(new FuzzChoices(data)));
  }

  /** The article, then every part of it on its own. */
  static void sameReports(Article article) {
    sameReport(article);
    List<Object> parts = new ArrayList<>();
    parts.addAll(article.getContributors());
    article.getContributors().forEach(c -> parts.add(c.getAgent()));
    article.getPublisher().ifPresent(parts::add);
    for (Quote q : article.getQuotes()) {
      parts.add(q);
      parts.add(q.getAttribution());
      q.getAttribution().getSource().ifPresent(parts::add);
      q.getLocation().ifPresent(l -> {
        parts.add(l);
        parts.add(l.getSpan());
      });
    }
    parts.addAll(article.getMedia());
    article.getMedia().forEach(m -> m.getRights().ifPresent(parts::add));
    parts.addAll(article.getTags());
    article.getRights().ifPresent(r -> {
      parts.add(r);
      r.getYears().ifPresent(parts::add);
    });
    for (Object part : parts.subList(0, Math.min(parts.size(), 60))) {
      sameReport(part);
    }
  }

  static void sameReport(Object value) {
    ValidationReport fast = VALIDATOR.validate(value);
    ValidationReport viaPlain = VALIDATOR.reportOf(plain.validate(value));

    assertThat(fast.getViolations()).as("%s", value).containsExactlyElementsOf(viaPlain.getViolations());
    assertThat(VALIDATOR.validateWithEngine(value)).isEqualTo(fast);
  }
}
