package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.byline.fixtures.SeedArticle;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builders refuse null, copy their inputs, and build unmodifiable, comparable values. */
class BuilderBehaviourTest {

  @Test
  void nullHeadlineIsRefusedAtOnceNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Article.builder().headline(null))
        .withMessageContaining("headline");
  }

  @Test
  void nullParagraphIsRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Article.builder().addParagraph(null))
        .withMessageContaining("paragraphs");
  }

  @Test
  void nullOptionalValueIsRefusedNamingTheField() {
    assertThatNullPointerException()
        .isThrownBy(() -> Article.builder().subheadline((String) null))
        .withMessageContaining("subheadline");
    assertThatNullPointerException()
        .isThrownBy(() -> Person.builder().title((String) null))
        .withMessageContaining("title");
  }

  @Test
  void articleWithoutHeadlineCannotBeBuiltAndTheMessageSaysWhy() {
    assertThatThrownBy(() -> Article.builder().addParagraph("Text.").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("headline");
  }

  @Test
  void quoteNeedsTextAndAttribution() {
    assertThatThrownBy(() -> Quote.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("text")
        .hasMessageContaining("attribution");
  }

  @Test
  void blankHeadlineCanBeHeldAsADraft() {
    Article draft = Article.builder().headline("   ").build();

    assertThat(draft.getHeadline()).isEqualTo("   ");
  }

  @Test
  void returnedCollectionsAreUnmodifiable() {
    Article article = SeedArticle.ARTICLE;

    assertThatThrownBy(() -> article.getParagraphs().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.getQuotes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.getTags().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> article.getRights().orElseThrow().getProhibitedUses().add(Use.QUOTE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderCopiesTheListItIsGiven() {
    List<String> paragraphs = new ArrayList<>(List.of("First.", "Second."));
    Article article = Article.builder().headline("H").paragraphs(paragraphs).build();

    paragraphs.add("Third.");
    paragraphs.set(0, "Changed.");

    assertThat(article.getParagraphs()).containsExactly("First.", "Second.");
  }

  @Test
  void absentOptionalsAreEmptyAndCollectionsEmptyNeverNull() {
    Article article = Article.builder().headline("H").build();

    assertThat(article.getId()).isEmpty();
    assertThat(article.getRights()).isEmpty();
    assertThat(article.getParagraphs()).isEmpty();
    assertThat(article.getQuotes()).isEmpty();
    assertThat(article.getBodyText()).isEmpty();
  }

  @Test
  void articlesWithEqualPropertiesAreEqualWithEqualHashCodes() {
    Article copy = SeedArticle.ARTICLE.toBuilder().build();

    assertThat(copy).isEqualTo(SeedArticle.ARTICLE).hasSameHashCodeAs(SeedArticle.ARTICLE);
    assertThat(copy).isNotSameAs(SeedArticle.ARTICLE);
  }

  @Test
  void changingOnePropertyMakesADifferentArticle() {
    Article other = SeedArticle.ARTICLE.toBuilder().headline("Another headline").build();

    assertThat(other).isNotEqualTo(SeedArticle.ARTICLE);
    assertThat(other.getParagraphs()).isEqualTo(SeedArticle.ARTICLE.getParagraphs());
  }

  @Test
  void sameInstantAtAnotherOffsetIsADifferentArticle() {
    OffsetDateTime brussels = OffsetDateTime.parse("2022-01-10T15:30:00+01:00");
    Article a = Article.builder().headline("H").published(brussels).build();
    Article b =
        Article.builder().headline("H").published(brussels.withOffsetSameInstant(java.time.ZoneOffset.UTC)).build();

    assertThat(a).isNotEqualTo(b);
    assertThat(a.getPublished().orElseThrow()).isEqualTo(brussels);
  }

  @Test
  void defaultsAreFullQuoteAuthorRoleAndImage() {
    Quote quote = Quote.builder().text("Yes.").attribution(Attribution.unknown()).build();

    assertThat(quote.getKind()).isEqualTo(QuoteKind.FULL);
    assertThat(Contributor.author(Person.of("A. Writer")).getRole()).isEqualTo(ContributorRole.AUTHOR);
    assertThat(Media.builder().build().getKind()).isEqualTo(MediaKind.IMAGE);
  }

  @Test
  void unknownAttributionIsExplicit() {
    Attribution unknown = Attribution.unknown();

    assertThat(unknown.isSourceKnown()).isFalse();
    assertThat(unknown.getSource()).isEmpty();
    assertThat(Attribution.of(Person.of("Jens Stoltenberg"), "said").isSourceKnown()).isTrue();
  }

  @Test
  void agentsAreAClosedHierarchy() {
    Agent agent = SeedArticle.STOLTENBERG;
    String kind;
    if (agent instanceof Person p) {
      kind = "person " + p.getName();
    } else if (agent instanceof Organization o) {
      kind = "organization " + o.getName();
    } else {
      throw new AssertionError("Agent permits only Person and Organization");
    }
    assertThat(kind).isEqualTo("person Jens Stoltenberg");
    assertThat(Agent.class.getPermittedSubclasses()).containsExactlyInAnyOrder(Person.class, Organization.class);
  }

  @Test
  void smallValuesPrintForPeople() {
    assertThat(YearRange.of(2019, 2023)).hasToString("2019\u20132023");
    assertThat(YearRange.of(2023)).hasToString("2023");
    assertThat(TextSpan.of(12, 40)).hasToString("[12, 40)");
    assertThat(TextLocation.inParagraph(2, 1, 5)).hasToString("paragraph 2[1, 5)");
    assertThat(TextLocation.inHeadline(0, 3)).hasToString("headline[0, 3)");
  }

  @Test
  void textSpanCountsCodePointsNotUtf16Units() {
    String text = "\uD83D\uDE00 \u201cHello\u201d";

    assertThat(TextSpan.of(3, 8).extractFrom(text)).isEqualTo("Hello");
  }

  @Test
  void uriPropertiesKeepTheUriAsGiven() {
    URI id = URI.create("urn:uuid:0b8f1a8e-8c5e-4b1c-9a3b-1f2f3e4d5c6b");
    assertThat(Article.builder().headline("H").id(id).build().getId()).contains(id);
  }
}
