package dev.byline.serialization.json;

import java.util.List;
import java.util.Random;

/** Bad documents every binding must refuse, and random token soup, for tests that compare readers. */
final class BadDocuments {
  static final String QUOTES_3 =
      "{\"formatVersion\":\"1.0\",\"headline\":\"NATO willing to listen\",\n"
          + "\"paragraphs\":[\"He said \\u201cyes\\u201d.\"],\n"
          + "\"quotes\":[\n"
          + "{\"text\":\"yes\",\"attribution\":{}},\n"
          + "{\"text\":\"yes\",\"attribution\":{}},\n"
          + "{\"text\":\"yes\",\"attribution\":{}},\n"
          + "{\"text\":\"yes\",\"attribution\":{\"source\":{\"type\":\"person\",%s}}}]}";

  static final String HEAD = "{\"formatVersion\":\"1.0\",\"headline\":\"H\"";

  static final List<String> ALL = List.of(
      String.format(QUOTES_3, "\"name\":\"Jens Stoltenberg\",\"nickname\":\"Jens\""),
      String.format(QUOTES_3, "\"name\":null"),
      String.format(QUOTES_3, "\"title\":\"Secretary-General\""),
      String.format(QUOTES_3, "\"name\":42"),
      String.format(QUOTES_3, "\"name\":\"A\",\"name\":\"B\""),
      String.format(QUOTES_3, "\"name\":\"X\"").replace("\"type\":\"person\"", "\"type\":\"robot\""),
      String.format(QUOTES_3, "\"name\":\"X\"").replace("\"type\":\"person\"", "\"type\":\"dev.byline.Person\""),
      String.format(QUOTES_3, "\"name\":\"X\",nickname:\"J\""),
      HEAD + ",\"media\":[{\"kind\":\"hologram\"}]}",
      HEAD + ",\"published\":\"2022-01-10\"}",
      HEAD + ",\"published\":\"2022-01-10T15:30+01:00\"}",
      HEAD + ",\"published\":\"2022-13-10T15:30:00Z\"}",
      HEAD + "} {}",
      HEAD + "} x",
      HEAD + "},",
      HEAD + "}]",
      "{\"formatVersion\":\"1.0\",\"headline\":\"broken \\ud83d here\"}",
      "",
      "   ",
      "\n\t",
      "[]",
      "\"headline\"",
      "42",
      "null",
      "true",
      "{\"formatVersion\":\"1.0\",\n\"headline\":'single quotes'}",
      "{\"formatVersion\":\"2.0\",\"headline\":\"H\"}",
      "{\"headline\":\"H\"}",
      HEAD + ",\"tags\":[]}",
      HEAD + ",\"rights\":{\"years\":{\"start\":99999999999,\"end\":2020}}}",
      HEAD + ",\"rights\":{\"years\":{\"start\":2019.5,\"end\":2020}}}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"Two\\nlines\"}",
      HEAD + ",\"paragraphs\":[\"P yes\"],\"quotes\":[{\"text\":\"yes\",\"attribution\":{},\"location\":{\"paragraph\":0,\"start\":5,\n\"end\":2}}]}",
      HEAD + ",\"paragraphs\":" + "[".repeat(100) + "]".repeat(100) + "}",
      HEAD + ",\"paragraphs\":[\"a\" \"b\"]}",
      HEAD + ",\"paragraphs\":[\"a\",]}",
      HEAD + ",\"paragraphs\":[\"a\"",
      HEAD + ", \"quo\ttes\":[]}",
      HEAD + ",\"headline\":\"again\"}",
      HEAD + ",\"tags\":[{\"label\":\"L\",\"" + "n".repeat(1_001) + "\":1}]}",
      HEAD + ",nickname:1}",
      HEAD + ",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}",
      "{\"person\"\"source\"}",
      HEAD + ",\"headline\":\"x\u0001y\"}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"publisher\":{\"type\":\"person\",\"name\":\"P\"}}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"publisher\":{\"type\":\"organization\",\"name\":\"O\",\"title\":\"T\"}}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"prohibitedUses\":[\"publish\",\"publish\"]}}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"allRightsReserved\":\"yes\"}}",
      "{\"formatVersion\":1.0,\"headline\":\"H\"}",
      "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[{\"text\":\"H\",\"attribution\":{},\"location\":{\"start\":-1,\"end\":1}}]}");

  private BadDocuments() {}

  /** Up to 60 random pieces of the format's tokens: mostly malformed, sometimes a real article. */
  static String tokenSoup(int seed) {
    Random random = new Random(seed);
    String[] pieces = {"{", "}", "[", "]", ",", ":", "\"formatVersion\"", "\"1.0\"", "\"headline\"", "\"H\"", "null",
        "\"quotes\"", "\"text\"", "\"attribution\"", "\"source\"", "\"type\"", "\"person\"", "\"name\"", "\"location\"",
        "\"start\"", "1", "-1", "1e9", "\"\\ud800\"", "\"published\"", "\"2022-01-10T15:30:00Z\"", "\"paragraphs\"", " "};
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }
}
