package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.TextLocation;
import dev.byline.Use;
import dev.byline.YearRange;
import java.io.PrintStream;

/**
 * Example 1 — build an article with builders. Every Byline value is immutable and built the same
 * way: {@code Type.builder()}, plain setter names, {@code build()}. Here we build the start of the
 * seed article: its headline, its first paragraph, the quotation in it with its speaker (a person
 * with a title and an affiliation), the lead image's credit, a tag and the rights notice — then ask
 * the article what we may do with it.
 */
public final class BuildAnArticle {
  private BuildAnArticle() {}

  /** The speaker: "NATO Secretary-General Jens Stoltenberg". */
  static final Person STOLTENBERG =
      Person.builder()
          .name("Jens Stoltenberg")
          .title("Secretary-General")
          .affiliation(Organization.of("NATO"))
          .build();

  /**
   * Builds the article.
   *
   * @return the start of the seed article
   */
  public static Article article() {
    String paragraph =
        "NATO Secretary-General Jens Stoltenberg on Monday said that the alliance was willing to sit"
            + " down with Russia to discuss security concerns as its military buildup along the"
            + " Ukrainian border continues but stated\u00a0the alliance\u00a0would not \u201ccompromise on"
            + " core principles.\u201d";
    return Article.builder()
        .headline(
            "Secretary general: NATO willing to listen to Russia, won\u2019t \u2018compromise on core principles\u2019")
        .addMedia(Media.builder().credit("Getty").build())
        .addParagraph(paragraph)
        .addQuote(
            Quote.builder()
                .text("compromise on core principles.")
                .kind(QuoteKind.PARTIAL)
                .attribution(Attribution.of(STOLTENBERG, "stated"))
                .location(TextLocation.inParagraph(0, 234, 264))
                .build())
        .addTag(Tag.of("Jens Stoltenberg", TagKind.PERSON))
        .rights(
            RightsNotice.builder()
                .text("Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be"
                    + " published, broadcast, rewritten, or redistributed.")
                .holder("Nexstar Media Inc.")
                .years(YearRange.of(2023))
                .allRightsReserved(true)
                .addProhibitedUses(Use.PUBLISH, Use.BROADCAST, Use.REWRITE, Use.REDISTRIBUTE)
                .build())
        .build();
  }

  /**
   * Prints the article's headline, its quotation and the rights verdict.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article article = article();
    out.println("Headline: " + article.getHeadline());
    Quote quote = article.getQuotes().get(0);
    Person speaker = (Person) quote.getAttribution().getSource().orElseThrow();
    out.println("Quote:    \u201c" + quote.getText() + "\u201d");
    out.println("Speaker:  " + speaker.getName() + ", " + speaker.getTitle().orElse("") + ", "
        + speaker.getAffiliation().map(Organization::getName).orElse("")
        + " (cue: " + quote.getAttribution().getCue().orElse("") + ")");
    out.println("Location: " + quote.getLocation().orElseThrow());
    for (Use use : new Use[] {Use.PUBLISH, Use.REDISTRIBUTE, Use.QUOTE}) {
      out.println("May I " + use.name().toLowerCase(java.util.Locale.ROOT) + " it? " + article.permission(use));
    }
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }
}
