package dev.byline.examples;

import dev.byline.Quote;
import dev.byline.serialization.json.BylineJsonModule;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example 5 — register the Byline Jackson module in your own {@code JsonMapper}. Byline values then
 * sit inside your own documents like any other value: here a map from desk name to the quotations it
 * follows, written and read with the application's mapper.
 */
public final class OwnJsonMapper {
  private OwnJsonMapper() {}

  /**
   * Writes and reads a document of the application's own shape holding Byline quotes.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    JsonMapper mapper = JsonMapper.builder().addModule(new BylineJsonModule()).build();
    Map<String, List<Quote>> desk = Map.of("nato-desk", BuildAnArticle.article().getQuotes());

    String json = mapper.writeValueAsString(desk);
    Map<String, List<Quote>> back = mapper.readValue(json, new TypeReference<Map<String, List<Quote>>>() {});

    out.println(json);
    out.println("read back equal: " + back.equals(desk));
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
