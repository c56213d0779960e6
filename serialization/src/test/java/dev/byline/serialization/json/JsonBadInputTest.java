package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.IgnoredProperty;
import dev.byline.json.JsonLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input fails with the one documented exception, saying what and where. */
class JsonBadInputTest {
  static final ArticleJson JSON = ArticleJson.builder().validator(TestClock.VALIDATOR).build();

  static final String QUOTES_3 = BadDocuments.QUOTES_3;

  static ArticleJsonException fails(String json) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(json));
    assertThat(e).as("reading %s", json).isNotNull();
    return e;
  }

  @Test
  void unknownPropertyIsNamedWithItsPointerLineAndColumn() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":\"Jens Stoltenberg\",\"nickname\":\"Jens\""));

    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source/nickname");
    assertThat(e.getLine()).isEqualTo(7);
    assertThat(e.getColumn()).isEqualTo(82);
    assertThat(e.getMessage()).contains("unknown property \"nickname\" in an agent", "line 7, column 82");
  }

  @Test
  void nullWhereAValueIsRequired() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":null"));

    assertThat(e.getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source/name");
    assertThat(e.getMessage()).contains("expected a string, found null");
  }

  @Test
  void missingRequiredProperty() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"title\":\"Secretary-General\""));

    assertThat(e.getKind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source");
    assertThat(e.getMessage()).contains("required property \"name\" is missing");
  }

  @Test
  void wrongJsonType() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":42"));

    assertThat(e.getKind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source/name");
    assertThat(e.getMessage()).contains("expected a string, found a number");
  }

  @Test
  void duplicateProperty() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":\"A\",\"name\":\"B\""));

    assertThat(e.getKind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source/name");
    assertThat(e.getMessage()).contains("\"name\" appears twice");
  }

  @Test
  void duplicatePropertyTheFormatDoesNotKnowIsCaughtByJacksonsStrictDetection() {
    ArticleJson lenient = ArticleJson.builder().lenient(p -> { }).build();
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> lenient.read("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"x\":1,\"x\":2}"));

    assertThat(e.getKind()).isEqualTo(Kind.DUPLICATE_PROPERTY);
    assertThat(e.getMessage()).contains("x");
  }

  @Test
  void unknownEnumWord() {
    ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"media\":[{\"kind\":\"hologram\"}]}");

    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_VALUE);
    assertThat(e.getPointer()).isEqualTo("/media/0/kind");
    assertThat(e.getMessage()).contains("\"hologram\" is not one of \"image\", \"video\", \"audio\"");
  }

  @Test
  void unknownTypeDiscriminator() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":\"X\"").replace("\"type\":\"person\"", "\"type\":\"robot\""));

    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_VALUE);
    assertThat(e.getPointer()).isEqualTo("/quotes/3/attribution/source/type");
    assertThat(e.getMessage()).contains("\"robot\" is not one of \"person\", \"organization\"");
  }

  @Test
  void javaClassNameAsTypeIsNotAccepted() {
    ArticleJsonException e = fails(String.format(QUOTES_3, "\"name\":\"X\"").replace("\"type\":\"person\"", "\"type\":\"dev.byline.Person\""));

    assertThat(e.getKind()).isEqualTo(Kind.UNKNOWN_VALUE);
  }

  @Test
  void malformedTimestamp() {
    for (String bad : new String[] {"2022-01-10", "2022-01-10T15:30+01:00", "2022-01-10T15:30:00", "yesterday", "2022-13-10T15:30:00Z"}) {
      ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"published\":\"" + bad + "\"}");

      assertThat(e.getKind()).as(bad).isEqualTo(Kind.INVALID_VALUE);
      assertThat(e.getPointer()).isEqualTo("/published");
      assertThat(e.getMessage()).contains("not an ISO-8601 timestamp with an offset");
    }
  }

  @Test
  void trailingContentAfterTheDocument() {
    for (String trailing : new String[] {" {}", " x", ",", "]", " \"more\""}) {
      ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\"}" + trailing);

      assertThat(e.getKind()).as(trailing).isEqualTo(Kind.TRAILING_CONTENT);
      assertThat(e.getLine()).isEqualTo(1);
    }
  }

  @Test
  void invalidUtf8() {
    byte[] prefix = "{\"formatVersion\":\"1.0\",\"headline\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[prefix.length + 4];
    System.arraycopy(prefix, 0, doc, 0, prefix.length);
    doc[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
    doc[prefix.length + 1] = (byte) 0x28;
    doc[prefix.length + 2] = '"';
    doc[prefix.length + 3] = '}';

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(doc));

    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.getMessage()).containsIgnoringCase("UTF-8");
    assertThat(e.getLine()).isEqualTo(1);
  }

  @Test
  void loneSurrogateEscape() {
    ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"broken \\ud83d here\"}");

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/headline");
    assertThat(e.getMessage()).contains("lone surrogate U+D83D");
  }

  @Test
  void emptyInput() {
    for (String empty : new String[] {"", "   ", "\n\t"}) {
      ArticleJsonException e = fails(empty);
      assertThat(e.getKind()).isEqualTo(Kind.EMPTY_INPUT);
      assertThat(e.getPointer()).isEmpty();
    }
  }

  @Test
  void documentThatIsNotAnObject() {
    for (String notObject : new String[] {"[]", "\"headline\"", "42", "null", "true"}) {
      ArticleJsonException e = fails(notObject);
      assertThat(e.getKind()).as(notObject).isEqualTo(Kind.NOT_AN_OBJECT);
      assertThat(e.getMessage()).contains("a document must be a JSON object");
    }
  }

  @Test
  void malformedJson() {
    ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\n\"headline\":'single quotes'}");

    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.getLine()).isEqualTo(2);
  }

  @Test
  void newerMajorVersionIsRefusedWithAClearMessage() {
    ArticleJsonException e = fails("{\"formatVersion\":\"2.0\",\"headline\":\"H\"}");

    assertThat(e.getKind()).isEqualTo(Kind.UNSUPPORTED_VERSION);
    assertThat(e.getPointer()).isEqualTo("/formatVersion");
    assertThat(e.getMessage()).contains("format version 2.0", "understands version 1.x");
  }

  @Test
  void newerMinorVersionIsRead() {
    assertThat(JSON.read("{\"formatVersion\":\"1.7\",\"headline\":\"H\"}").getHeadline()).isEqualTo("H");
  }

  @Test
  void missingVersion() {
    ArticleJsonException e = fails("{\"headline\":\"H\"}");

    assertThat(e.getKind()).isEqualTo(Kind.MISSING_PROPERTY);
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getMessage()).contains("\"formatVersion\" is missing");
  }

  @Test
  void emptyListIsRefusedBecauseCanonicalFormLeavesItOut() {
    ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[]}");

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(e.getPointer()).isEqualTo("/tags");
  }

  @Test
  void numberOutOfRangeOrNotWhole() {
    String doc = "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"rights\":{\"years\":{\"start\":%s,\"end\":2020}}}";

    ArticleJsonException big = fails(String.format(doc, "99999999999"));
    ArticleJsonException fraction = fails(String.format(doc, "2019.5"));

    assertThat(big.getKind()).isEqualTo(Kind.INVALID_VALUE);
    assertThat(big.getPointer()).isEqualTo("/rights/years/start");
    assertThat(fraction.getKind()).isEqualTo(Kind.WRONG_TYPE);
  }

  @Test
  void contentRulesAreReportedWithJsonPointersNotJavaPaths() {
    String doc = "{\"formatVersion\":\"1.0\",\"headline\":\"Two\\nlines\",\n\"paragraphs\":[\"He said yes.\"],\n"
        + "\"quotes\":[{\"text\":\"yes\",\"attribution\":{},\"location\":{\"paragraph\":0,\"start\":9,\"end\":11}}]}";

    ArticleJsonException e = fails(doc);

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_CONTENT);
    assertThat(e.getPointer()).isEqualTo("/headline");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getValidationReport().orElseThrow().getCodes()).containsExactly("headline.multiline", "location.mismatch");
    assertThat(e.getMessage()).contains("/headline must be a single line", "/quotes/0/location does not cover exactly");
  }

  @Test
  void spanViolationPointsIntoTheFlatJsonLocation() {
    ArticleJsonException e = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":[\"P yes\"],"
        + "\"quotes\":[{\"text\":\"yes\",\"attribution\":{},\"location\":{\"paragraph\":0,\"start\":5,\n\"end\":2}}]}");

    assertThat(e.getKind()).isEqualTo(Kind.INVALID_CONTENT);
    assertThat(e.getPointer()).isEqualTo("/quotes/0/location/end");
    assertThat(e.getLine()).isEqualTo(2);
  }

  @Test
  void validationCanBeSwitchedOffForTrustedInput() {
    ArticleJson trusted = ArticleJson.builder().validation(false).build();

    Article a = trusted.read("{\"formatVersion\":\"1.0\",\"headline\":\"Two\\nlines\"}");

    assertThat(a.getHeadline()).isEqualTo("Two\nlines");
  }

  @Test
  void lenientModeSkipsUnknownPropertiesAndReportsEachOne() {
    List<IgnoredProperty> skipped = new ArrayList<>();
    ArticleJson lenient = ArticleJson.builder().lenient(skipped::add).build();

    Article a = lenient.read("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"wordCount\":3,\n"
        + "\"tags\":[{\"label\":\"NATO\",\"weight\":{\"x\":[1,2]}}]}");

    assertThat(a.getTags()).hasSize(1);
    assertThat(skipped).extracting(IgnoredProperty::getPointer).containsExactly("/wordCount", "/tags/0/weight");
    assertThat(skipped.get(1).getLine()).isEqualTo(2);
  }

  @Test
  void twoHundredMegabyteStringFailsFastWithTheLimit() {
    String huge = "{\"formatVersion\":\"1.0\",\"headline\":\"" + "x".repeat(200_000_000) + "\"}";

    ArticleJsonException e = fails(huge);

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).containsIgnoringCase("length");
  }

  @Test
  void twoHundredMegabyteStreamStopsAtTheDocumentLimit() {
    InputStream endless = new InputStream() {
      long left = 200_000_000L;

      @Override
      public int read() {
        return left-- > 0 ? 'x' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        java.util.Arrays.fill(b, off, off + n, (byte) 'x');
        left -= n;
        return n;
      }
    };

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(endless));

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getMessage()).contains("67108864 bytes");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(67_108_865);
  }

  @Test
  void hundredThousandNestedArraysFailWithoutStackOverflow() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);
    ArticleJson lenient = ArticleJson.builder().lenient(p -> { }).build();

    ArticleJsonException skipped = catchThrowableOfType(ArticleJsonException.class,
        () -> lenient.read("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"extra\":" + nested + "}"));
    ArticleJsonException strict = fails("{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":" + nested + "}");

    assertThat(skipped.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(skipped.getMessage()).containsIgnoringCase("nesting depth");
    assertThat(strict.getKind()).isEqualTo(Kind.WRONG_TYPE);
    assertThat(strict.getPointer()).isEqualTo("/paragraphs/0");
  }

  @Test
  void limitsAreConfigurable() {
    ArticleJson small = ArticleJson.builder()
        .limits(JsonLimits.builder().maxStringLength(10).build())
        .build();

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> small.read("{\"formatVersion\":\"1.0\",\"headline\":\"longer than ten chars\"}"));

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/headline");
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(35);
  }

  @Test
  void failingStreamIsAnIoError() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk on fire");
      }
    };

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(broken));

    assertThat(e.getKind()).isEqualTo(Kind.IO_ERROR);
    assertThat(e.getMessage()).contains("disk on fire");
  }

  @Test
  void streamInputGivesTheSameErrorsAsText() {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class,
        () -> JSON.read(new ByteArrayInputStream("{\"formatVersion\":\"1.0\",\"headline\":null}".getBytes(StandardCharsets.UTF_8))));

    assertThat(e.getKind()).isEqualTo(Kind.NULL_VALUE);
    assertThat(e.getPointer()).isEqualTo("/headline");
  }

  // Found by the bounded fuzzing run in CI: Jackson refuses UTF-32 in an unusual byte order while
  // it opens the parser, before any token; that is malformed input, not a stray JacksonIOException.
  @ParameterizedTest
  @MethodSource("dev.byline.fixtures.UnusualByteOrders#documents")
  void bytesInAnEncodingJsonDoesNotAllowAreMalformedFromTheFirstByte(byte[] input) {
    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> JSON.read(input));
    assertThat(e).isNotNull();
    assertThat(e.getKind()).isEqualTo(Kind.MALFORMED_JSON);
    assertThat(e.getPointer()).isEmpty();
    assertThat(e.getLine()).isEqualTo(1);
    assertThat(e.getColumn()).isEqualTo(1);
  }

  static IntStream seeds() {
    return IntStream.range(0, 500);
  }

  // Property: any bytes at all either read into an article or fail with ArticleJsonException.
  @ParameterizedTest
  @MethodSource("seeds")
  void randomBytesOnlyEverFailWithTheDocumentedException(int seed) {
    readsOrFailsAsDocumented(BadDocuments.tokenSoup(seed).getBytes(StandardCharsets.UTF_8));
  }

  @FuzzTest(maxExecutions = 200_000, maxDuration = "20s")
  void arbitraryBytesOnlyEverFailWithTheDocumentedException(FuzzedDataProvider data) {
    readsOrFailsAsDocumented(data.consumeRemainingAsBytes());
  }

  static void readsOrFailsAsDocumented(byte[] input) {
    try {
      JSON.read(input);
    } catch (ArticleJsonException expected) {
      assertThat(expected.getKind()).isNotNull();
      assertThat(expected.getPointer()).isNotNull();
    }
  }
}
