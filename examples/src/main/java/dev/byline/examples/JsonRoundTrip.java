package dev.byline.examples;

import dev.byline.Article;
import dev.byline.json.ArticleJsonException;
import dev.byline.serialization.json.ArticleJson;
import java.io.PrintStream;

/**
 * Example 3 — write and read JSON; show a strict-mode error with its JSON Pointer. Byline's JSON is
 * the lossless form articles travel in: reading what was written gives an equal article. The reader
 * is strict: here a document in which a speaker has a property the format does not define fails
 * with one exception that says what is wrong, where (JSON Pointer, line and column) and of which kind.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Writes example 1's article, reads it back, then reads a broken document.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    ArticleJson json = ArticleJson.standard();
    Article article = BuildAnArticle.article();

    String text = json.write(article);
    out.println("JSON (" + text.length() + " chars): " + text.substring(0, 96) + "…");
    out.println("read back equal: " + json.read(text).equals(article));

    String broken = text.replace("\"name\":\"Jens Stoltenberg\"", "\"name\":\"Jens Stoltenberg\",\"age\":64");
    try {
      json.read(broken);
    } catch (ArticleJsonException e) {
      out.println("error kind:    " + e.getKind());
      out.println("error pointer: " + e.getPointer());
      out.println("error message: " + e.getMessage());
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
