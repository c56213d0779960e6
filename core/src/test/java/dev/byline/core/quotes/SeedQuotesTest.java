package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Quote;
import dev.byline.fixtures.SeedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's nine quotations, written out by hand in the fixture, are found exactly. */
class SeedQuotesTest {

  @Test
  void everyQuotationOfTheSeedIsFoundExactlyNoMoreNoFewer() {
    List<Quote> found = QuoteFinder.find(SeedArticle.HEADLINE, SeedArticle.PARAGRAPHS);

    assertThat(found).containsExactlyElementsOf(SeedArticle.QUOTES);
  }

  @Test
  void headlineApostropheIsNotAQuotationMark() {
    List<Quote> found = QuoteFinder.find(SeedArticle.HEADLINE, List.of());

    assertThat(found).extracting(Quote::getText).containsExactly("compromise on core principles");
  }
}
