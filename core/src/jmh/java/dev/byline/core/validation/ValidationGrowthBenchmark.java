package dev.byline.core.validation;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.fixtures.GrowthWarmUp;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Adversarial growth of validation (the project's growth convention, checked by {@code .ci/growth}):
 * for each family of hostile article, the cost at 1×, 10× and 100× its size, for
 * {@link ArticleValidator} and for a plain Hibernate Validator {@link Validator} (what {@code @Valid}
 * uses). Inputs hold {@code scale} times a base number of units — 10,000 tags, quotations or
 * paragraphs for {@code ArticleValidator}, 1,000 for the much slower engine, and 1,000,000 characters
 * of text for the families of long texts — so the cost per unit must stay flat.
 *
 * <p>Families: many tags with one label ({@code label.duplicate}); many quotations whose locations do
 * not match or lie outside the text; many quotations located in one long paragraph full of emoji
 * (code-point offsets); many distinct unlocated quotations, and one long one, searched in a long
 * paragraph of the same letter (the worst case of a naive substring search); many blank paragraphs;
 * many paragraphs with a control character; line breaks in many tag labels; many tag schemes with a
 * lone surrogate; one long text with a control character at its end; a long headline broken at its
 * end.
 *
 * <p>The plain validator gets the per-element families with distinct values only
 * ({@code distinct…}): Hibernate Validator 9.1 hashes a violation's path by its last node, which does
 * not hold the list index, so violations that differ only in their index (the same blank text in
 * every paragraph) collide in its violation set and cost quadratic time inside the engine. Byline's
 * readers validate with {@code ArticleValidator}, which does not use that set and gets those
 * families with identical values too.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = "-XX:-BackgroundCompilation")
public class ValidationGrowthBenchmark {
  /**
   * Nanoseconds of validating the 1× input in each trial's setup, before JMH's own warm-up, for
   * {@code ArticleValidator} and for the engine: the growth check runs short warm-ups, and on a busy
   * machine the smallest size would otherwise be measured before the just-in-time compiler has caught
   * up — Hibernate Validator's many small methods take seconds — which reads as a cost per unit that
   * falls with size. (The forks also compile in the foreground, for the same reason.) In the no-fork
   * run of {@code .ci/growth --ci} only the first trial of each state class gets all of it, later
   * ones a tenth ({@link GrowthWarmUp}).
   */
  static final Duration FAST_WARM_UP_TIME = Duration.ofSeconds(3);

  /** As {@link #FAST_WARM_UP_TIME}, for the engine. */
  static final Duration PLAIN_WARM_UP_TIME = Duration.ofSeconds(10);

  /** Characters of text at 1× in the families of long texts, for both validators. */
  static final int TEXT_CHARS = 1_000_000;

  /** Inputs for {@link ArticleValidator}: 10,000 × scale units. */
  @State(Scope.Benchmark)
  public static class Fast {
    @Param({
      "duplicateTagLabels", "mismatchingLocations", "outsideLocations", "locatedQuotesInLongParagraph",
      "unlocatedQuotesInLongParagraph", "longUnlocatedQuote", "blankParagraphs", "controlCharacterParagraphs",
      "lineBreaksInTagLabels", "loneSurrogatesInTagSchemes", "longText", "longHeadline"
    })
    public String family;

    @Param({"1", "10", "100"})
    public int scale;

    Article article;
    ArticleValidator validator;

    @Setup
    public void setUp() {
      article = Hostile.article(family, 10_000 * scale, TEXT_CHARS * scale);
      validator = ArticleValidator.create();
      Article base = Hostile.article(family, 10_000, TEXT_CHARS);
      GrowthWarmUp.run(Fast.class, Integer.MAX_VALUE, FAST_WARM_UP_TIME, () -> validator.validate(base));
    }
  }

  /** Inputs for a plain Hibernate Validator validator: 1,000 × scale units. */
  @State(Scope.Benchmark)
  public static class Plain {
    @Param({
      "duplicateTagLabels", "mismatchingLocations", "outsideLocations", "locatedQuotesInLongParagraph",
      "unlocatedQuotesInLongParagraph", "longUnlocatedQuote", "distinctBlankParagraphs",
      "distinctControlCharacterParagraphs", "lineBreaksInTagLabels", "loneSurrogatesInTagSchemes", "longText",
      "longHeadline"
    })
    public String family;

    @Param({"1", "10", "100"})
    public int scale;

    Article article;
    ValidatorFactory factory;
    Validator validator;

    @Setup
    public void setUp() {
      article = Hostile.article(family, 1_000 * scale, TEXT_CHARS * scale);
      factory = Validation.buildDefaultValidatorFactory();
      validator = factory.getValidator();
      Article base = Hostile.article(family, 1_000, TEXT_CHARS);
      GrowthWarmUp.run(Plain.class, Integer.MAX_VALUE, PLAIN_WARM_UP_TIME, () -> validator.validate(base));
    }

    @TearDown
    public void tearDown() {
      factory.close();
    }
  }

  @Benchmark
  public ValidationReport articleValidator(Fast in) {
    return in.validator.validate(in.article);
  }

  @Benchmark
  public Set<ConstraintViolation<Article>> plainHibernateValidator(Plain in) {
    return in.validator.validate(in.article);
  }

  /**
   * The hostile articles: {@code n} tags, quotations or paragraphs, or {@code chars} characters of
   * text for the families of long texts.
   */
  static final class Hostile {
    private Hostile() {}

    static Article article(String family, int n, int chars) {
      Article.Builder a = Article.builder().headline("Hostile input");
      switch (family) {
        case "duplicateTagLabels" -> a.tags(tags(n, i -> Tag.of("same label")));
        case "mismatchingLocations" -> a.addParagraph("x").quotes(quotes(n, i -> quote("y", TextLocation.inParagraph(0, 0, 1))));
        case "outsideLocations" -> a.addParagraph("x").quotes(quotes(n, i -> quote("x", TextLocation.inParagraph(5, 0, 1))));
        case "locatedQuotesInLongParagraph" -> {
          StringBuilder p = new StringBuilder();
          for (int i = 0; i < n; i++) {
            p.append("\uD83D\uDE00 word ");
          }
          a.addParagraph(p.toString()).quotes(quotes(n, i -> quote("word", TextLocation.inParagraph(0, 7 * i + 2, 7 * i + 6))));
        }
        case "unlocatedQuotesInLongParagraph" ->
            a.addParagraph("a".repeat(chars / 10))
                .quotes(quotes(chars / 50_000, i -> quote("a".repeat(990) + String.format("%09d", i) + "b", null)));
        case "longUnlocatedQuote" -> a.addParagraph("a".repeat(chars / 10)).addQuote(quote("a".repeat(chars / 100) + "b", null));
        case "blankParagraphs" -> a.paragraphs(texts(n, i -> " "));
        case "distinctBlankParagraphs" -> a.paragraphs(texts(n, Hostile::distinctBlank));
        case "controlCharacterParagraphs" -> a.paragraphs(texts(n, i -> "bell \u0007"));
        case "distinctControlCharacterParagraphs" -> a.paragraphs(texts(n, i -> "bell \u0007 " + i));
        case "lineBreaksInTagLabels" -> a.tags(tags(n, i -> Tag.of("line\nbreak " + i)));
        case "loneSurrogatesInTagSchemes" ->
            a.tags(tags(n, i -> Tag.builder().label("t" + i).scheme(URI.create("https://example.com/" + i + "\uD800")).build()));
        case "longText" -> a.addParagraph("word ".repeat(chars / 5) + "\u0007");
        case "longHeadline" -> a.headline("word ".repeat(chars / 5) + "\n");
        default -> throw new IllegalArgumentException(family);
      }
      return a.build();
    }

    /** A different blank text for each {@code i}: its bits as spaces and no-break spaces. */
    static String distinctBlank(int i) {
      StringBuilder b = new StringBuilder(" ");
      for (int v = i; v > 0; v >>= 1) {
        b.append((v & 1) == 0 ? ' ' : '\u00a0');
      }
      return b.toString();
    }

    static Quote quote(String text, TextLocation at) {
      Quote.Builder q = Quote.builder().text(text).attribution(Attribution.unknown());
      if (at != null) {
        q.location(at);
      }
      return q.build();
    }

    static List<Tag> tags(int n, java.util.function.IntFunction<Tag> tag) {
      List<Tag> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(tag.apply(i));
      }
      return out;
    }

    static List<Quote> quotes(int n, java.util.function.IntFunction<Quote> quote) {
      List<Quote> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(quote.apply(i));
      }
      return out;
    }

    static List<String> texts(int n, java.util.function.IntFunction<String> text) {
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(text.apply(i));
      }
      return out;
    }
  }
}
