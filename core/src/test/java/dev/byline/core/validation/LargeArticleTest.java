package dev.byline.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Quote;
import dev.byline.TextLocation;
import dev.byline.fixtures.SeedArticle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Very large articles validate completely, without stack overflow (timing is the benchmark's job). */
class LargeArticleTest {

  @Test
  void tenThousandParagraphsAndTenThousandQuotesValidate() {
    List<String> paragraphs = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    String paragraph = SeedArticle.PARAGRAPHS.get(4);
    Quote located = SeedArticle.QUOTES.get(7);
    for (int i = 0; i < 10_000; i++) {
      paragraphs.add(paragraph);
      quotes.add(
          located.toBuilder()
              .location(TextLocation.inParagraph(i, 162, 228))
              .attribution(Attribution.unknown())
              .build());
    }
    quotes.set(9_999, quotes.get(9_999).toBuilder().location(TextLocation.inParagraph(9_999, 163, 229)).build());
    Article big = Article.builder().headline("Big").paragraphs(paragraphs).quotes(quotes).build();

    ValidationReport report = ArticleValidator.create().validate(big);

    assertThat(report.getViolations())
        .extracting(Violation::getPath)
        .containsExactly("quotes[9999].location");
  }

  @Test
  void unlocatedQuotesAreFoundAnywhereInALongBody() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      paragraphs.add("Paragraph " + i + " says \u201cnumber " + i + "\u201d.");
    }
    Quote last = Quote.builder().text("number 9999").attribution(Attribution.unknown()).build();
    Article big = Article.builder().headline("Big").paragraphs(paragraphs).addQuote(last).build();

    assertThat(ArticleValidator.create().validate(big).isValid()).isTrue();
  }
}
