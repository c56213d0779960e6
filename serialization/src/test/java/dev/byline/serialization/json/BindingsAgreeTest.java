package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Jackson 3 and Jackson 2 bindings, facade and module, run the one reader and writer: they
 * write the same bytes and refuse every bad document with the same kind, JSON Pointer, line and
 * column. Run on each Jackson 2 line-up the build names (byline.jackson2.expected).
 */
class BindingsAgreeTest {
  static final ArticleJson J3 = ArticleJson.builder().validator(TestClock.VALIDATOR).build();
  static final dev.byline.jackson2.ArticleJson J2 = dev.byline.jackson2.ArticleJson.builder().validator(TestClock.VALIDATOR).build();
  static final tools.jackson.databind.json.JsonMapper J3_MODULE =
      tools.jackson.databind.json.JsonMapper.builder().addModule(new BylineJsonModule()).build();
  static final com.fasterxml.jackson.databind.ObjectMapper J2_MODULE =
      com.fasterxml.jackson.databind.json.JsonMapper.builder().addModule(new dev.byline.jackson2.BylineJsonModule()).build();

  /**
   * Kinds a module leaves to the mapper (where a document starts and ends: also a syntax error in
   * the first token) or to the facade (validation).
   */
  static final Set<Kind> FACADE_ONLY = EnumSet.of(Kind.EMPTY_INPUT, Kind.TRAILING_CONTENT, Kind.INVALID_CONTENT, Kind.IO_ERROR);

  @Test
  void theJackson2LineUpIsTheOneThisRunNames() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(System.getProperty("byline.jackson2.expected"));
  }

  @Test
  void seedIsWrittenToTheSameBytesByEveryBindingCompactAndPretty() throws Exception {
    String pretty3 = ArticleJson.builder().pretty(true).build().write(SeedArticle.ARTICLE);
    String pretty2 = dev.byline.jackson2.ArticleJson.builder().pretty(true).build().write(SeedArticle.ARTICLE);

    sameBytes(SeedArticle.ARTICLE);
    assertThat(pretty2).isEqualTo(pretty3);
  }

  @Test
  void textThatNeedsEscapesIsWrittenTheSameWayByEveryBinding() throws Exception {
    StringBuilder every = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      every.append(c);
    }
    every.append("\u00a0\u2028\u2029\uFEFF\uD83D\uDE00 \uD83C\uDDFA\uD83C\uDDE6 \u4E2D");
    Article article = Article.builder().headline(every.toString()).addParagraph("\uD83D\uDE00\"\\\n\u0001")
        .addParagraph("plain").build();

    sameBytes(article);
    assertThat(new String(J3.writeBytes(article), StandardCharsets.UTF_8))
        .contains("\\u0000\\u0001", "\\b\\t\\n\\u000B\\f\\r", "\\u001F !\\\"#", "\\\\", "\u007F", "\uD83D\uDE00 ");
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  // Property: every binding writes the same bytes for every generated article, and reads them back.
  @ParameterizedTest
  @MethodSource("seeds")
  void generatedArticlesAreWrittenToTheSameBytesByEveryBinding(long seed) throws Exception {
    Article article = ArticleGenerator.article(Choices.seeded(seed));

    sameBytes(article);
    assertThat(J2.read(J3.writeBytes(article))).isEqualTo(article);
  }

  @Test
  void anArticleLongerThanTheWritersBuffersIsWrittenToTheSameBytesByEveryBinding() throws Exception {
    Article.Builder builder = Article.builder().headline("Long");
    for (int i = 0; i < 200; i++) {
      builder.addParagraph("Paragraph " + i + " \u2013 " + "caf\u00e9 \uD83D\uDE00 ".repeat(40));
    }

    sameBytes(builder.build());
  }

  @Test
  void everyFacadeFlushesTheCallersStreamAndWriterButDoesNotCloseThem() {
    Recording j3Stream = new Recording();
    Recording j3Writer = new Recording();
    Recording j2Stream = new Recording();
    Recording j2Writer = new Recording();

    J3.write(SeedArticle.ARTICLE, j3Stream);
    J3.write(SeedArticle.ARTICLE, new OutputStreamWriter(j3Writer, StandardCharsets.UTF_8));
    J2.write(SeedArticle.ARTICLE, j2Stream);
    J2.write(SeedArticle.ARTICLE, new OutputStreamWriter(j2Writer, StandardCharsets.UTF_8));

    for (Recording r : List.of(j3Stream, j3Writer, j2Stream, j2Writer)) {
      assertThat(r.flushed).isTrue();
      assertThat(r.closed).isFalse();
      assertThat(r.toByteArray()).isEqualTo(J3.writeBytes(SeedArticle.ARTICLE));
    }
  }

  /** A stream that notes whether it was flushed and closed (a writer on it passes both on). */
  static final class Recording extends ByteArrayOutputStream {
    boolean flushed;
    boolean closed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static void sameBytes(Article article) throws Exception {
    byte[] bytes = J3.writeBytes(article);

    assertThat(new String(J2.writeBytes(article), StandardCharsets.UTF_8)).isEqualTo(new String(bytes, StandardCharsets.UTF_8));
    assertThat(J3_MODULE.writeValueAsBytes(article)).isEqualTo(bytes);
    assertThat(J2_MODULE.writeValueAsBytes(article)).isEqualTo(bytes);
    assertThat(J2.write(article)).isEqualTo(J3.write(article));
  }

  static Stream<String> badDocuments() {
    return BadDocuments.ALL.stream();
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void everyBadDocumentFailsTheSameWayInEveryBinding(String document) {
    sameOutcome(document);
  }

  static IntStream randomSeeds() {
    return IntStream.range(0, 500);
  }

  // Property: random token soup is read, or refused, the same way by every binding.
  @ParameterizedTest
  @MethodSource("randomSeeds")
  void randomDocumentsAreReadOrRefusedTheSameWayByEveryBinding(int seed) {
    sameOutcome(BadDocuments.tokenSoup(seed));
  }

  /**
   * Where inside a malformed token Jackson reports a syntax error varies between versions (at its
   * first character, or past it: jackson-core issue 1173, and "unrecognized token" errors at its end
   * in 2.x): between the two generations, syntax errors are compared by kind, pointer and line;
   * every other error by its column too. Within one binding, facade and module agree exactly.
   */
  static Outcome comparable(Outcome o) {
    if (o.error() == null || (o.error().kind() != Kind.MALFORMED_JSON && o.error().kind() != Kind.TRAILING_CONTENT)) {
      return o;
    }
    return new Outcome(null, new Place(o.error().kind(), o.error().pointer(), o.error().line(), -1));
  }

  static void sameOutcome(String document) {
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    Outcome j3 = outcome(() -> J3.read(document));
    Outcome j2 = outcome(() -> J2.read(document));
    assertThat(comparable(j2)).as("Jackson 2 facade on %s", document).isEqualTo(comparable(j3));
    assertThat(comparable(outcome(() -> J2.read(bytes)))).as("Jackson 2 facade on the bytes of %s", document)
        .isEqualTo(comparable(outcome(() -> J3.read(bytes))));
    if (j3.error() != null && (FACADE_ONLY.contains(j3.error().kind()) || failsOnTheFirstToken(document, j3.error()))) {
      return;
    }
    Outcome module3 = outcome(() -> J3_MODULE.readValue(document, Article.class));
    Outcome module2 = outcome(() -> J2_MODULE.readValue(document, Article.class));
    if (j3.error() != null) {
      assertThat(module3).as("Jackson 3 module on %s", document).isEqualTo(j3);
      assertThat(module2).as("Jackson 2 module on %s", document).isEqualTo(j2);
    }
    assertThat(comparable(module2)).as("Jackson 2 module on %s", document).isEqualTo(comparable(module3));
  }

  /**
   * Whether the error is a syntax error before the document's object starts, which a mapper reads
   * before it calls any module.
   */
  static boolean failsOnTheFirstToken(String document, Place error) {
    return error.kind() == Kind.MALFORMED_JSON && error.pointer().isEmpty() && !document.strip().startsWith("{");
  }

  /** What a read gave: the article, or the error's kind and place. */
  record Outcome(Article article, Place error) {}

  record Place(Kind kind, String pointer, int line, int column) {}

  static Outcome outcome(Callable<Article> read) {
    try {
      return new Outcome(read.call(), null);
    } catch (Exception e) {
      ArticleJsonException error = ArticleJsonException.findIn(e).orElseThrow(() -> new AssertionError("not a Byline error", e));
      return new Outcome(null, new Place(error.getKind(), error.getPointer(), error.getLine(), error.getColumn()));
    }
  }
}
