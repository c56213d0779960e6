package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.fixtures.SeedArticle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The hand-built seed fixture says the same as the seed file. */
class SeedArticleFixtureTest {

  @Test
  void fixtureLaidOutInTheSeedsLayoutIsTheSeedFileByteForByte() {
    String tags =
        SeedArticle.TAGS.stream().map(Tag::getLabel).collect(Collectors.joining(" ", "Tags ", ""));
    String laidOut =
        SeedArticle.HEADLINE
            + "\n\n"
            + SeedArticle.IMAGE_CREDIT
            + "\n\n"
            + String.join("\n\n", SeedArticle.PARAGRAPHS)
            + "\n\n"
            + tags
            + "\n\n"
            + SeedArticle.NOTICE;

    assertThat(laidOut).isEqualTo(SeedArticle.text());
  }

  @Test
  void seedTextKeepsItsNonBreakingSpacesCurlyQuotesAndEnDash() {
    String seed = SeedArticle.text();

    assertThat(seed.chars().filter(c -> c == '\u00a0').count()).isEqualTo(6);
    assertThat(seed).contains("won\u2019t \u2018compromise", "\u201cproportionate\u201d", "Russia\u2013NATO");
    assertThat(seed).doesNotEndWith("\n");
  }

  @Test
  void everyQuoteLocationCoversExactlyTheQuotesText() {
    Article article = SeedArticle.ARTICLE;
    for (Quote quote : article.getQuotes()) {
      TextLocation at = quote.getLocation().orElseThrow();
      String part =
          at.isInHeadline()
              ? article.getHeadline()
              : article.getParagraphs().get(at.getParagraph().getAsInt());
      assertThat(at.getSpan().extractFrom(part)).as(quote.getText()).isEqualTo(quote.getText());
    }
  }

  @Test
  void seedHasNineQuotationsAllBySecretaryGeneralStoltenbergOfNato() {
    assertThat(SeedArticle.ARTICLE.getQuotes()).hasSize(9);
    assertThat(SeedArticle.ARTICLE.getQuotes())
        .allSatisfy(
            q -> {
              Person speaker = (Person) q.getAttribution().getSource().orElseThrow();
              assertThat(speaker.getName()).isEqualTo("Jens Stoltenberg");
              assertThat(speaker.getTitle()).contains("Secretary-General");
              assertThat(speaker.getAffiliation()).contains(Organization.of("NATO"));
            });
  }
}
