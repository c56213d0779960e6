package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.YearRange;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.FuzzChoices;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of validation over generated articles, run from seeded randomness in every build and
 * by Jazzer (bounded runs in {@code .ci/fuzz}).
 */
class ValidationPropertiesTest {
  static final ArticleValidator VALIDATOR = ArticleValidator.withClock(EveryConstraintTest.CLOCK);

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  // Property: every article the valid-article generator makes validates with no violation.
  @ParameterizedTest
  @MethodSource("seeds")
  void generatedArticlesAreValid(long seed) {
    generatedArticleIsValid(Choices.seeded(seed));
  }

  @FuzzTest(maxExecutions = 50_000, maxDuration = "20s")
  void generatedArticlesAreValidFuzzed(FuzzedDataProvider data) {
    generatedArticleIsValid(new FuzzChoices(data));
  }

  // Property: one random change to one field either keeps the article valid or yields violations
  // only at that field's path (or at the quotations whose text that field holds).
  @ParameterizedTest
  @MethodSource("seeds")
  void singleMutationIsReportedAtItsField(long seed) {
    mutationIsReportedAtItsField(Choices.seeded(seed));
  }

  @FuzzTest(maxExecutions = 50_000, maxDuration = "20s")
  void singleMutationIsReportedAtItsFieldFuzzed(FuzzedDataProvider data) {
    mutationIsReportedAtItsField(new FuzzChoices(data));
  }

  static void generatedArticleIsValid(Choices choices) {
    Article article = ArticleGenerator.article(choices);

    assertThat(VALIDATOR.validate(article).getViolations()).as("%s", article).isEmpty();
  }

  static void mutationIsReportedAtItsField(Choices c) {
    Article article = ArticleGenerator.article(c);
    Mutation m = mutate(article, c);

    ValidationReport report = VALIDATOR.validate(m.article);

    assertThat(report.getViolations())
        .as("%s on %s", m.field, m.article)
        .allSatisfy(v -> assertThat(m.allowed.test(v.getPath())).as(v.toString()).isTrue());
  }

  record Mutation(String field, Article article, Predicate<String> allowed) {}

  static String junk(Choices c) {
    String[] pieces = {"", " ", "\u00a0", "\n", "\r", "\u0000", "\u0007", "\uD800", "x", "NATO", "\u2028", "\t", "en_GB", "e"};
    StringBuilder b = new StringBuilder();
    int n = c.pick(4);
    for (int i = 0; i < n; i++) {
      b.append(c.coin() ? pieces[c.pick(pieces.length)] : ArticleGenerator.line(c, 5));
    }
    return b.toString();
  }

  static boolean isQuoteOf(Article a, int quote, int paragraph) {
    Quote q = a.getQuotes().get(quote);
    return q.getLocation().map(l -> l.getParagraph().orElse(-1) == paragraph).orElse(true);
  }

  static Predicate<String> quotesOf(Article a, int paragraph) {
    return path -> {
      for (int i = 0; i < a.getQuotes().size(); i++) {
        if (isQuoteOf(a, i, paragraph)
            && (path.equals("quotes[" + i + "].location") || path.equals("quotes[" + i + "].text"))) {
          return true;
        }
      }
      return false;
    };
  }

  static Mutation mutate(Article a, Choices c) {
    switch (c.pick(7)) {
      case 0: {
        Predicate<String> at = "headline"::equals;
        return new Mutation("headline", a.toBuilder().headline(junk(c)).build(), at.or(quotesOf(a, -1)));
      }
      case 1: {
        if (a.getParagraphs().isEmpty()) {
          return new Mutation("nothing", a, p -> false);
        }
        int k = c.pick(a.getParagraphs().size());
        List<String> paragraphs = new ArrayList<>(a.getParagraphs());
        paragraphs.set(k, junk(c));
        Predicate<String> at = ("paragraphs[" + k + "]")::equals;
        return new Mutation("paragraphs[" + k + "]", a.toBuilder().paragraphs(paragraphs).build(), at.or(quotesOf(a, k)));
      }
      case 2:
        return new Mutation("language", a.toBuilder().language(junk(c)).build(), "language"::equals);
      case 3: {
        if (a.getTags().isEmpty()) {
          return new Mutation("nothing", a, p -> false);
        }
        int k = c.pick(a.getTags().size());
        List<Tag> tags = new ArrayList<>(a.getTags());
        String label = c.coin() ? tags.get(c.pick(tags.size())).getLabel() : junk(c);
        tags.set(k, tags.get(k).toBuilder().label(label).build());
        return new Mutation("tags[" + k + "].label", a.toBuilder().tags(tags).build(),
            p -> p.matches("tags\\[\\d+]\\.label"));
      }
      case 4: {
        if (a.getQuotes().isEmpty()) {
          return new Mutation("nothing", a, p -> false);
        }
        int k = c.pick(a.getQuotes().size());
        List<Quote> quotes = new ArrayList<>(a.getQuotes());
        Quote q = quotes.get(k);
        TextLocation moved =
            c.coin() || q.getLocation().isEmpty()
                ? TextLocation.inParagraph(c.between(-2, 8), c.between(-3, 50), c.between(-3, 50))
                : TextLocation.inHeadline(c.between(-3, 80), c.between(-3, 80));
        quotes.set(k, q.toBuilder().location(moved).build());
        String prefix = "quotes[" + k + "].location";
        return new Mutation(prefix, a.toBuilder().quotes(quotes).build(), p -> p.startsWith(prefix));
      }
      case 5: {
        YearRange years = YearRange.of(c.between(-5, 3000), c.between(-5, 3000));
        dev.byline.RightsNotice notice =
            a.getRights().map(r -> r.toBuilder().years(years).build())
                .orElse(dev.byline.RightsNotice.builder().years(years).build());
        return new Mutation("rights.years", a.toBuilder().rights(notice).build(), p -> p.startsWith("rights.years."));
      }
      default: {
        OffsetDateTime modified = OffsetDateTime.of(1990 + c.pick(40), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        return new Mutation("modified", a.toBuilder().modified(modified).build(), "modified"::equals);
      }
    }
  }
}
