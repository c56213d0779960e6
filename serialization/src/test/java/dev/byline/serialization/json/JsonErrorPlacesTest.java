package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.byline.Limits;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Errors point right: at a place that exists in the input, with the line and column of its token;
 * names, limits, counts and the format version as a person reads them off each document.
 */
class JsonErrorPlacesTest {
  static final ArticleJson JSON = JsonBadInputTest.JSON;
  static final ArticleJson LENIENT = ArticleJson.builder().validator(TestClock.VALIDATOR).lenient(p -> { }).build();

  static ArticleJsonException fails(ArticleJson json, String document) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> json.read(document));
    assertThat(e).as("reading %s", document).isNotNull();
    return e;
  }

  @Test
  void aSyntaxErrorInAPropertyNamePointsAtItsObjectNotAtThePropertyBefore() {
    ArticleJsonException top = fails(JSON, "{\"formatVersion\":\"1.0\",\"headline\":\"H\",nickname:1}");
    ArticleJsonException nested = fails(JSON, String.format(BadDocuments.QUOTES_3, "\"name\":\"X\",nickname:\"J\""));

    assertThat(top.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(top.getPointer()).isEmpty();
    assertThat(top.getColumn()).isEqualTo(39);
    assertThat(nested.getPointer()).isEqualTo("/quotes/3/attribution/source");
    assertThat(nested.getLine()).isEqualTo(7);
    assertThat(nested.getColumn()).isEqualTo(67);
  }

  @Test
  void aSyntaxErrorInAValuePointsAtThatValue() {
    ArticleJsonException e = fails(JSON, "{\"formatVersion\":\"1.0\",\n\"headline\":'single quotes'}");

    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.getPointer()).isEqualTo("/headline");
    assertThat(e.getLine()).isEqualTo(2);
    assertThat(e.getColumn()).isEqualTo(12);
  }

  @Test
  void nestingBeyondTheLimitIsReportedAtTheBracketTooDeep() {
    ArticleJsonException e = fails(LENIENT, "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"x\":" + "[".repeat(40) + "]".repeat(40) + "}");

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(74); // the 33rd level: the first bracket (level 2) is at column 43
    assertThat(e.getPointer()).isEqualTo("/x" + "/0".repeat(31));
  }

  @Test
  void aNameLongerThanTheLimitIsReportedInItsObjectAtTheName() {
    ArticleJsonException e = fails(LENIENT, "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[{\"label\":\"L\",\""
        + "n".repeat(1_001) + "\":1}]}");

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/tags/0");
    assertThat(e.getColumn()).isEqualTo(60);
  }

  @Test
  void moreTagsThanTheModelAllowsAreRefusedAtTheFirstOneTooManyBeforeItIsRead() {
    String tags = IntStream.range(0, 1_000_000).mapToObj(i -> "{\"label\":\"t" + i + "\"}")
        .collect(java.util.stream.Collectors.joining(",", "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[", "]}"));

    ArticleJsonException e = fails(JSON, tags);

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/tags/" + Limits.MAX_ITEMS);
    assertThat(e.getMessage()).contains("more than 10000 tags");
  }

  @Test
  void moreParagraphsThanTheModelAllowsAreRefusedAtTheFirstOneTooMany() {
    String paragraphs = "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":[" + "\"p\",".repeat(Limits.MAX_PARAGRAPHS) + "\"p\"]}";

    ArticleJsonException e = fails(JSON, paragraphs);

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/paragraphs/" + Limits.MAX_PARAGRAPHS);
  }

  @Test
  void aDocumentThatIsAStringANumberOrAnArrayIsNamedForWhatItIs() {
    assertThat(fails(JSON, "\"headline\"").getMessage()).contains("found a string");
    assertThat(fails(JSON, "42").getMessage()).contains("found a number");
    assertThat(fails(JSON, "[]").getMessage()).contains("found an array");
    assertThat(fails(JSON, "true").getMessage()).contains("found a boolean");
    assertThat(fails(JSON, "null").getMessage()).contains("found null");
  }

  @Test
  void aDuplicateNameInsideAnIgnoredValueIsRefusedToo() {
    ArticleJsonException e = fails(LENIENT, "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"x\":{\"a\":[{\"b\":1,\"b\":2}]}}");

    assertThat(e.getKind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/x/a/0/b");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "1.7", "1.01", "1.12345678901234567890"})
  void formatVersionOneDotDigitsIsRead(String version) {
    assertThat(JSON.read("{\"formatVersion\":\"" + version + "\",\"headline\":\"H\"}").getHeadline()).isEqualTo("H");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1.0", "1.-1", "01.0", "\u0661.\u0660", "1.\u0660", "1", "1.", ".1", "1.0.0", " 1.0", "1.0 ", "1,0", "v1.0", "0.9", ""})
  void formatVersionOtherThanDigitsDotDigitsIsInvalid(String version) {
    ArticleJsonException e = fails(JSON, "{\"formatVersion\":\"" + version + "\",\"headline\":\"H\"}");

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/formatVersion");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.0", "10.0", "99999999999999999999.0"})
  void aNewerMajorVersionIsUnsupported(String version) {
    ArticleJsonException e = fails(JSON, "{\"formatVersion\":\"" + version + "\",\"headline\":\"H\"}");

    assertThat(e.getKind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
  }

  static Stream<String> documents() {
    return Stream.concat(BadDocuments.ALL.stream(), IntStream.range(0, 500).mapToObj(BadDocuments::tokenSoup));
  }

  // Property: every error of every document points at something in that document.
  @ParameterizedTest
  @MethodSource("documents")
  void everyErrorPointerResolvesInTheDocument(String document) {
    for (ArticleJson json : new ArticleJson[] {JSON, LENIENT}) {
      try {
        json.read(document.getBytes(StandardCharsets.UTF_8));
      } catch (ArticleJsonException e) {
        assertThat(PointerResolver.pointers(document)).as("%s on %s", e.getMessage(), document).contains(e.getPointer());
        assertThat(e.getLine()).as(e.getMessage()).isPositive();
        assertThat(e.getColumn()).as(e.getMessage()).isPositive();
      }
    }
  }
}
