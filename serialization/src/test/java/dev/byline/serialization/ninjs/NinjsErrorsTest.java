package dev.byline.serialization.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every error of the ninjs reader says where, truly: over many malformed documents made from
 * exported articles, each error's JSON Pointer resolves to an existing place of the document, and its
 * line and column are where that value (or, for a duplicate, the second key) starts.
 */
class NinjsErrorsTest {
  /** Jackson with its defaults: keeps the last of duplicate keys, so that pointers can be resolved. */
  static final JsonMapper PLAIN = JsonMapper.builder().build();

  static final String[] WRONG = {"1", "\"x\"", "[]", "{}", "true", "null", "[1]", "{\"a\":1}", "1.5", "-0"};

  static final String MARK = "\u0000dup";

  /** Every value's pointer below {@code node}, objects and arrays included. */
  static void pointers(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String child = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
        out.add(child);
        pointers(e.getValue(), child, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(at + "/" + i);
        pointers(node.get(i), at + "/" + i, out);
      }
    }
  }

  static void replace(JsonNode root, String pointer, JsonNode value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    if (parent instanceof ObjectNode o) {
      o.set(p.last().getMatchingProperty(), value);
    } else if (parent instanceof ArrayNode a && p.last().getMatchingIndex() >= 0 && p.last().getMatchingIndex() < a.size()) {
      a.set(p.last().getMatchingIndex(), value);
    }
  }

  /** A malformed document: wrong types, a duplicate key (or a second spelling), or broken syntax. */
  static String malformed(Choices c) {
    NinjsVersion version = c.coin() ? NinjsVersion.V3_1 : NinjsVersion.V2_2;
    String json = Ninjs.write(ArticleGenerator.edgeArticle(c), version).getValue();
    ObjectNode tree = (ObjectNode) PLAIN.readTree(json);
    List<String> all = new ArrayList<>();
    pointers(tree, "", all);
    int how = c.pick(4);
    if (how == 0 || how == 1) {
      for (int n = how == 0 ? 1 : 1 + c.pick(3); n > 0; n--) {
        replace(tree, all.get(c.pick(all.size())), PLAIN.readTree(WRONG[c.pick(WRONG.length)]));
      }
    } else if (how == 2) {
      List<String> objects = new ArrayList<>(List.of(""));
      all.stream().filter(p -> tree.at(p).isObject() && !tree.at(p).isEmpty()).forEach(objects::add);
      ObjectNode target = (ObjectNode) tree.at(objects.get(c.pick(objects.size())));
      Iterator<String> names = target.propertyNames().iterator();
      String key = names.next();
      for (int skip = c.pick(target.size()); skip > 0; skip--) {
        key = names.next();
      }
      target.set(MARK, c.coin() ? PLAIN.readTree(WRONG[c.pick(WRONG.length)]) : target.get(key).deepCopy());
      String spelling = c.coin() ? key : key.toUpperCase(java.util.Locale.ROOT);
      String out = write(tree, c.coin());
      return out.replace(PLAIN.writeValueAsString(MARK), PLAIN.writeValueAsString(spelling));
    } else {
      String out = write(tree, c.coin());
      int at = c.pick(out.length());
      return c.coin() ? out.substring(0, at) : out.substring(0, at) + "{}[],:\"x1 ".charAt(c.pick(10)) + out.substring(at);
    }
    return write(tree, c.coin());
  }

  static String write(JsonNode tree, boolean pretty) {
    return pretty ? PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree) : PLAIN.writeValueAsString(tree);
  }

  /** The char offset of a line and column (from 1), lines ending with \n, \r\n or \r. */
  static int offset(String text, int line, int column) {
    int i = 0;
    for (int l = 1; l < line; l++) {
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      i += text.startsWith("\r\n", i) ? 2 : 1;
    }
    return i + column - 1;
  }

  /** The first char a JSON value is written with. */
  static String starts(JsonNode value) {
    if (value.isObject()) {
      return "{";
    }
    if (value.isArray()) {
      return "[";
    }
    if (value.isString()) {
      return "\"";
    }
    if (value.isNumber()) {
      return "-0123456789";
    }
    return value.isNull() ? "n" : value.asBoolean() ? "t" : "f";
  }

  /** Reads the input; on an error, checks that it says truly where. Returns whether there was one. */
  static boolean errorPointsIntoTheDocument(String input) {
    try {
      Ninjs.read(input);
      return false;
    } catch (NinjsException e) {
      assertThat(e.getLine()).as(e.getMessage()).isPositive();
      assertThat(e.getColumn()).as(e.getMessage()).isPositive();
      int at = offset(input, e.getLine(), e.getColumn());
      assertThat(at).as(e.getMessage()).isBetween(0, input.length());
      JsonNode parsed;
      try {
        parsed = PLAIN.readTree(input);
        if (parsed == null || parsed.isMissingNode()) {
          throw new IllegalArgumentException("empty");
        }
      } catch (JacksonException | IllegalArgumentException notJson) {
        assertThat(e.getKind()).as(e.getMessage()).isIn(NinjsException.Kind.NOT_JSON, NinjsException.Kind.LIMIT_EXCEEDED);
        assertThat(e.getPointer()).isEmpty();
        return true;
      }
      JsonNode there = parsed.at(e.getPointer());
      assertThat(there).as("%s resolves in %s", e.getPointer(), input).isNotNull();
      assertThat(there.isMissingNode()).as("%s resolves in %s", e.getPointer(), input).isFalse();
      switch (e.getKind()) {
        case WRONG_TYPE, NOT_AN_OBJECT -> assertThat(starts(there)).as(e.getMessage() + " in " + input).contains(input.substring(at, at + 1));
        case DUPLICATE_PROPERTY -> {
          String name = JsonPointer.compile(e.getPointer()).last().getMatchingProperty();
          String key = PLAIN.readTree(input.substring(at, input.indexOf(':', at))).asString();
          assertThat(key).as(e.getMessage() + " in " + input).isEqualToIgnoringCase(name);
        }
        default -> assertThat(e.getKind()).as(e.getMessage()).isIn(NinjsException.Kind.NOT_JSON, NinjsException.Kind.LIMIT_EXCEEDED);
      }
      return true;
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 2_000);
  }

  // Property: every error of a malformed document points at an existing place of it, with its line and column.
  @ParameterizedTest
  @MethodSource("seeds")
  void errorsInMalformedDocumentsPointIntoThem(long seed) {
    errorPointsIntoTheDocument(malformed(Choices.seeded(seed)));
  }

  @FuzzTest(maxExecutions = 50_000, maxDuration = "20s")
  void errorsInMalformedDocumentsPointIntoThemFuzzed(FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      errorPointsIntoTheDocument(data.consumeRemainingAsString());
    } else {
      errorPointsIntoTheDocument(malformed(new FuzzChoices(data)));
    }
  }

  @Test
  void mostMalformedDocumentsAreRefused() {
    int refused = 0;
    for (long seed = 0; seed < 2_000; seed++) {
      refused += errorPointsIntoTheDocument(malformed(Choices.seeded(seed))) ? 1 : 0;
    }
    System.out.printf("ninjs malformed documents: 2000 made, %d refused, every pointer resolved%n", refused);
    assertThat(refused).isGreaterThan(1_000);
  }
}
