package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Quote;
import java.util.List;

/** Short passages for the finder's rule tests: body paragraphs under an empty headline. */
final class Passages {
  private Passages() {}

  /** The quotations {@link QuoteFinder} finds in these body paragraphs. */
  static List<Quote> body(String... paragraphs) {
    return QuoteFinder.find("", List.of(paragraphs));
  }

  /** The one quotation of the list; fails when there are none or several. */
  static Quote only(List<Quote> quotes) {
    assertThat(quotes).hasSize(1);
    return quotes.get(0);
  }
}
