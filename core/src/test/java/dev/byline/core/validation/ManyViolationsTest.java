package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TextLocation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An article that breaks one rule many times gets the first 100 violations of that rule by index
 * and one {@code <list>.moreViolations} violation counting the rest — from {@link ArticleValidator}
 * for every rule, and from a plain Hibernate Validator validator for the two constraints that find
 * many violations in one value (duplicate tag labels, quotations not in the text).
 */
class ManyViolationsTest {
  static final ArticleValidator VALIDATOR = ArticleValidator.withClock(EveryConstraintTest.CLOCK);

  static ValidatorFactory plainFactory;
  static Validator plain;

  @BeforeAll
  static void plainValidator() {
    plainFactory = Validation.buildDefaultValidatorFactory();
    plain = plainFactory.getValidator();
  }

  @AfterAll
  static void close() {
    plainFactory.close();
  }

  static Article withTags(int count, String label) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(Tag.of(label));
    }
    return Article.builder().headline("Tagged").tags(tags).build();
  }

  @Test
  void aThousandTagsWithOneLabelListTheFirstHundredDuplicatesAndCountTheRest() {
    List<Violation> violations = VALIDATOR.validate(withTags(1_000, "NATO")).getViolations();

    assertThat(violations).hasSize(101);
    assertThat(violations.stream().filter(v -> v.getCode().equals("label.duplicate")).map(Violation::getPath))
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 100).mapToObj(i -> "tags[" + i + "].label").collect(Collectors.toList()));
    assertThat(violations.get(0))
        .extracting(Violation::getPath, Violation::getJsonPointer, Violation::getCode, Violation::getMessage,
            Violation::getInvalidValue)
        .containsExactly("tags", "/tags", "tags.moreViolations",
            "899 more of label.duplicate not listed, the first at index 101", "899");
  }

  @Test
  void aPlainValidatorAlsoGetsTheFirstHundredDuplicatesAndTheCount() {
    Set<ConstraintViolation<Article>> found = plain.validate(withTags(1_000, "NATO"));

    assertThat(found).hasSize(101);
    assertThat(found.stream().filter(v -> v.getMessageTemplate().equals("{dev.byline.moreViolations}")))
        .singleElement()
        .satisfies(v -> {
          assertThat(v.getPropertyPath()).hasToString("tags");
          assertThat(v.getMessage()).isEqualTo("899 more of label.duplicate not listed, the first at index 101");
        });
  }

  @Test
  void threeHundredBlankParagraphsListTheFirstHundredAndCountTheRest() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      paragraphs.add(" ");
    }
    Article article = Article.builder().headline("Blank").paragraphs(paragraphs).build();

    List<Violation> violations = VALIDATOR.validate(article).getViolations();

    assertThat(violations).hasSize(101);
    assertThat(violations.subList(1, 101)).extracting(Violation::getCode).containsOnly("paragraphs.blank");
    assertThat(violations.subList(1, 101)).extracting(Violation::getPath)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, 100).mapToObj(i -> "paragraphs[" + i + "]").collect(Collectors.toList()));
    assertThat(violations.get(0))
        .extracting(Violation::getPath, Violation::getCode, Violation::getMessage)
        .containsExactly("paragraphs", "paragraphs.moreViolations",
            "200 more of paragraphs.blank not listed, the first at index 100");
  }

  @Test
  void aPlainValidatorReportsEveryBlankParagraphAndTheFacadeCapsThem() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      paragraphs.add(" ".repeat(1 + i % 7));
    }
    Article article = Article.builder().headline("Blank").paragraphs(paragraphs).build();

    Set<ConstraintViolation<Article>> found = plain.validate(article);

    assertThat(found).hasSize(300);
    assertThat(VALIDATOR.reportOf(found)).isEqualTo(VALIDATOR.validate(article));
  }

  @Test
  void eachQuotationCodeIsCappedOnItsOwn() {
    List<Quote> quotes = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      quotes.add(quote("y", TextLocation.inParagraph(0, 0, 1)));
    }
    for (int i = 0; i < 120; i++) {
      quotes.add(quote("x", TextLocation.inParagraph(3, 0, 1)));
    }
    for (int i = 0; i < 130; i++) {
      quotes.add(quote("not there " + i, null));
    }
    Article article = Article.builder().headline("Quoted").addParagraph("x").quotes(quotes).build();

    List<Violation> violations = VALIDATOR.validate(article).getViolations();

    assertThat(violations).hasSize(303);
    assertThat(violations.subList(0, 3))
        .extracting(Violation::getPath, Violation::getCode, Violation::getMessage)
        .containsExactly(
            tuple("quotes", "quotes.moreViolations", "20 more of location.outside not listed, the first at index 250"),
            tuple("quotes", "quotes.moreViolations", "30 more of text.notFound not listed, the first at index 370"),
            tuple("quotes", "quotes.moreViolations", "50 more of location.mismatch not listed, the first at index 100"));
    assertThat(VALIDATOR.reportOf(plain.validate(article))).isEqualTo(VALIDATOR.validate(article));
  }

  @Test
  void aMillionTagsWithOneLabelAreReportedInAHundredAndTwoViolationsAllocatingLittlePerTag() throws Exception {
    Article article = withTags(1_000_000, "NATO");
    VALIDATOR.validate(withTags(20_000, "NATO")); // compile the walk first

    long before = allocatedBytes();
    ValidationReport report = VALIDATOR.validate(article);
    long allocated = allocatedBytes() - before;

    assertThat(report.getCodes()).hasSize(102).contains("tags.tooMany", "tags.moreViolations");
    assertThat(report.getViolations().stream().filter(v -> v.getCode().equals("tags.tooMany")))
        .singleElement()
        .extracting(Violation::getInvalidValue)
        .asString()
        .endsWith("\u2026(1000000 elements)");
    assertThat(allocated).as("bytes allocated per tag").isLessThan(64L * 1_000_000);
  }

  /** Bytes this thread allocated so far (HotSpot's thread MXBean; the tests run on the class path). */
  static long allocatedBytes() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    return (Long) Class.forName("com.sun.management.ThreadMXBean")
        .getMethod("getCurrentThreadAllocatedBytes")
        .invoke(threads);
  }

  static Quote quote(String text, TextLocation at) {
    Quote.Builder q = Quote.builder().text(text).attribution(Attribution.unknown());
    if (at != null) {
      q.location(at);
    }
    return q.build();
  }
}
