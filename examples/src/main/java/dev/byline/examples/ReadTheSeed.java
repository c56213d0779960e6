package dev.byline.examples;

import dev.byline.Article;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.Use;
import dev.byline.serialization.text.ArticleText;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Example 4 — the library's main job: read the seed article from its plain text, list each
 * quotation with its speaker, cue and location, and answer "may I republish / redistribute / quote
 * it?" from its rights notice. Everything here comes out of the text alone: the layout reader finds
 * the headline, credit, paragraphs, tags and notice; the quote finder finds the quotations and who
 * said them; the notice reader turns the last line into machine-readable rights.
 */
public final class ReadTheSeed {
  private ReadTheSeed() {}

  /**
   * The seed article's text, as shipped with the examples.
   *
   * @return the text
   */
  public static String seedText() {
    try (InputStream in = ReadTheSeed.class.getResourceAsStream("seed-article.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the seed and prints its quotations and rights.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article article = ArticleText.standard().read(seedText()).getArticle();
    out.println("Headline: " + article.getHeadline());
    out.println("Credit:   " + article.getMedia().get(0).getCredit().orElse("-"));
    out.println("Tags:     " + article.getTags().stream().map(t -> t.getLabel()).toList());
    out.println(article.getQuotes().size() + " quotations:");
    for (Quote q : article.getQuotes()) {
      String speaker = q.getAttribution().getSource()
          .map(a -> a instanceof Person p ? p.getName() + p.getTitle().map(t -> " (" + t + ")").orElse("") : a.getName())
          .orElse("unknown");
      out.println("  " + q.getLocation().orElseThrow() + " " + q.getKind().name().toLowerCase(java.util.Locale.ROOT)
          + " \u201c" + shorten(q.getText()) + "\u201d \u2014 " + speaker
          + q.getAttribution().getCue().map(c -> ", cue \u201c" + c + "\u201d").orElse("")
          + q.getAttribution().getContext().map(c -> ", " + c).orElse(""));
    }
    out.println("Notice:   " + article.getRights().flatMap(r -> r.getText()).orElse("-"));
    for (Use use : new Use[] {Use.PUBLISH, Use.REDISTRIBUTE, Use.QUOTE}) {
      out.println("May I " + use.name().toLowerCase(java.util.Locale.ROOT) + " it? " + article.permission(use));
    }
  }

  private static String shorten(String text) {
    return text.length() <= 48 ? text : text.substring(0, 47) + "\u2026";
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
