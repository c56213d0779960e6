package dev.byline.examples;

import dev.byline.Article;
import dev.byline.serialization.ninjs.Ninjs;
import dev.byline.serialization.ninjs.NinjsResult;
import dev.byline.serialization.ninjs.NinjsVersion;
import dev.byline.serialization.schemaorg.SchemaOrg;
import dev.byline.serialization.text.ArticleText;
import java.io.PrintStream;

/**
 * Example 7 — export the seed article to IPTC ninjs and to schema.org JSON-LD, the formats news
 * systems and web pages already speak. ninjs has no place for quotations, so the export says so
 * instead of dropping them silently; the schema.org {@code NewsArticle} carries them as
 * {@code Quotation} items with their speakers.
 */
public final class ExportToNewsFormats {
  private ExportToNewsFormats() {}

  /**
   * Reads the seed, exports it, and prints the start of each document and what ninjs lost.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    Article seed = ArticleText.standard().read(ReadTheSeed.seedText()).getArticle();

    NinjsResult<String> ninjs = Ninjs.write(seed, NinjsVersion.V3_1);
    out.println("ninjs 3.1: " + ninjs.getValue().substring(0, 120) + "…");
    out.println("ninjs lost: " + ninjs.getLosses());

    String jsonLd = SchemaOrg.write(seed);
    out.println("schema.org: " + jsonLd.substring(0, 120) + "…");
    int quotations = jsonLd.split("\"@type\":\"Quotation\"", -1).length - 1;
    out.println("schema.org Quotation items: " + quotations);
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
