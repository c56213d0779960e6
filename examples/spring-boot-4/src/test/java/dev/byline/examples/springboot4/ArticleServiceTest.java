package dev.byline.examples.springboot4;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Permission;
import dev.byline.fixtures.SeedArticle;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.serialization.json.ArticleJson;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a random loopback port, asked with a real HTTP client: articles go out as Byline
 * JSON, byte for byte, and every Byline error comes back as an RFC 9457 problem with Byline's kind,
 * JSON Pointer, line and column — or, for an invalid article, every violation's code, path and
 * pointer. Expected places are counted off the documents below (lines and columns from 1, at the
 * token at fault; a missing property at the brace that closes the object lacking it).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ArticleServiceTest {
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired
  ArticleDesk desk;

  /** The application's own mapper, with Byline's module: what Spring MVC reads request bodies with. */
  @Autowired
  JsonMapper mapper;

  /** The application's validator: what {@code @Valid} validates with. */
  @Autowired
  Validator validator;

  HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode problem(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("instance").asString()).isEqualTo("/articles");
    return problem;
  }

  @Test
  void theSeedArticleComesBackByteForByteAsArticleJsonWritesIt() throws Exception {
    desk.put("seed", SeedArticle.ARTICLE);

    HttpResponse<byte[]> response = get("/articles/seed");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(ArticleJson.standard().writeBytes(SeedArticle.ARTICLE));
  }

  @Test
  void aValidArticleIsAcceptedAndSummarised() throws Exception {
    HttpResponse<String> response = post(ArticleJson.standard().write(SeedArticle.ARTICLE));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode summary = JSON.readTree(response.body());
    assertThat(summary.path("headline").asString()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(summary.path("paragraphs").asInt()).isEqualTo(7);
    assertThat(summary.path("quotations").asInt()).isEqualTo(9);
    // "may not be published, broadcast, rewritten, or redistributed"; all rights reserved: ask to quote
    assertThat(summary.path("publish").asString()).isEqualTo(Permission.PROHIBITED.name());
    assertThat(summary.path("redistribute").asString()).isEqualTo(Permission.PROHIBITED.name());
    assertThat(summary.path("quote").asString()).isEqualTo(Permission.ASK.name());
  }

  /** A request body that breaks the format, and where Byline says it does. */
  record StrictError(String name, String body, Kind kind, String pointer, int line, int column) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<StrictError> strictErrors() {
    return Stream.of(
        new StrictError("an unknown property", """
            {
              "formatVersion": "1.0",
              "headline": "NATO ready to talk",
              "nickname": "x"
            }""", Kind.UNKNOWN_PROPERTY, "/nickname", 4, 3),
        new StrictError("a string where the paragraphs' array belongs", """
            {
              "formatVersion": "1.0",
              "headline": "NATO ready to talk",
              "paragraphs": "We are ready to talk."
            }""", Kind.WRONG_TYPE, "/paragraphs", 4, 17),
        new StrictError("the same property twice", """
            {
              "formatVersion": "1.0",
              "headline": "NATO ready to talk",
              "headline": "NATO ready to listen"
            }""", Kind.DUPLICATE_PROPERTY, "/headline", 4, 3),
        new StrictError("null for an absent language", """
            {
              "formatVersion": "1.0",
              "headline": "NATO ready to talk",
              "language": null
            }""", Kind.NULL_VALUE, "/language", 4, 15),
        new StrictError("a tag kind that is not one of the format's words", """
            {
              "formatVersion": "1.0",
              "headline": "NATO ready to talk",
              "tags": [{"label": "NATO", "kind": "country"}]
            }""", Kind.UNKNOWN_VALUE, "/tags/0/kind", 4, 38),
        new StrictError("format version 2.0", """
            {
              "formatVersion": "2.0",
              "headline": "NATO ready to talk"
            }""", Kind.UNSUPPORTED_VERSION, "/formatVersion", 2, 20),
        new StrictError("no format version", """
            {
              "headline": "NATO ready to talk"
            }""", Kind.MISSING_PROPERTY, "", 3, 1),
        new StrictError("a value in single quotes (malformed JSON)", """
            {
              "formatVersion": "1.0",
              "headline": 'NATO ready to talk'
            }""", Kind.MALFORMED_JSON, "/headline", 3, 15));
  }

  @ParameterizedTest(name = "{0} is a 400 problem with its kind, pointer, line and column")
  @MethodSource("strictErrors")
  void aStrictJsonErrorIsABadRequestProblemSayingWhatAndWhere(StrictError error) throws Exception {
    JsonNode problem = problem(post(error.body()));

    assertThat(problem.path("type").asString()).isEqualTo(BylineProblemDetails.UNREADABLE_JSON.toString());
    assertThat(problem.path("kind").asString()).isEqualTo(error.kind().name());
    assertThat(problem.path("pointer").asString()).isEqualTo(error.pointer());
    assertThat(problem.path("line").asInt()).isEqualTo(error.line());
    assertThat(problem.path("column").asInt()).isEqualTo(error.column());
    assertThat(problem.path("detail").asString()).endsWith("[" + error.kind().name() + "]");
  }

  /**
   * Four rules of the model broken: a headline on two lines (the break at index 18), a language that
   * is not a BCP 47 tag, a quotation whose location is one code point off ("ready to listen" stands
   * at [33, 48) in the paragraph, the location says [34, 49)), and a quotation whose text is nowhere
   * in the article.
   */
  static final String INVALID_ARTICLE = """
      {
        "formatVersion": "1.0",
        "headline": "NATO ready to talk\\nwith Moscow",
        "language": "en_GB",
        "paragraphs": ["We are ready to talk, and we are ready to listen."],
        "quotes": [
          {"text": "ready to listen", "attribution": {}, "location": {"paragraph": 0, "start": 34, "end": 49}},
          {"text": "ready to fight", "attribution": {}}
        ]
      }""";

  @Test
  void anInvalidArticleIsABadRequestProblemListingEveryViolationWithCodePathAndPointer() throws Exception {
    JsonNode problem = problem(post(INVALID_ARTICLE));

    assertThat(problem.path("type").asString()).isEqualTo(BylineProblemDetails.INVALID_ARTICLE.toString());
    assertThat(problem.path("detail").asString()).isEqualTo("the article breaks 4 rules of the Byline model");
    assertThat(problem.path("violations")).hasSize(4);
    assertViolation(problem.path("violations").path(0), "headline.multiline", "headline", "/headline",
        "must be a single line (line break at index 18)");
    assertViolation(problem.path("violations").path(1), "language.notLanguageTag", "language", "/language",
        "must be a well-formed BCP 47 language tag such as en or en-GB");
    assertViolation(problem.path("violations").path(2), "location.mismatch", "quotes[0].location", "/quotes/0/location",
        "does not cover exactly the quotation's text");
    assertViolation(problem.path("violations").path(3), "text.notFound", "quotes[1].text", "/quotes/1/text",
        "does not appear verbatim in the headline or any paragraph");
  }

  @Test
  void theValidatorThatValidUsesFindsEveryBylineConstraintWithBylinesMessages() {
    Article article = mapper.readValue(INVALID_ARTICLE, Article.class);

    assertThat(validator.validate(article))
        .extracting(v -> v.getPropertyPath().toString() + ": " + v.getMessage())
        .containsExactlyInAnyOrder(
            "headline: must be a single line (line break at index 18)",
            "language: must be a well-formed BCP 47 language tag such as en or en-GB",
            "quotes[0].location: does not cover exactly the quotation's text",
            "quotes[1].text: does not appear verbatim in the headline or any paragraph");
  }

  static void assertViolation(JsonNode violation, String code, String path, String pointer, String message) {
    assertThat(violation.path("code").asString()).isEqualTo(code);
    assertThat(violation.path("path").asString()).isEqualTo(path);
    assertThat(violation.path("pointer").asString()).isEqualTo(pointer);
    assertThat(violation.path("message").asString()).isEqualTo(message);
  }

  @Test
  void theClassPathHoldsOneExpressionLanguageTomcats() throws IOException {
    // byline-serialization is declared with expressly and jakarta.el-api excluded (see pom.xml)
    ClassLoader loader = getClass().getClassLoader();
    assertThat(Collections.list(loader.getResources("jakarta/el/ELManager.class")))
        .singleElement().asString().contains("tomcat-embed-el");
    assertThat(Collections.list(loader.getResources("META-INF/services/jakarta.el.ExpressionFactory")))
        .singleElement().asString().contains("tomcat-embed-el");
    assertThat(jakarta.el.ExpressionFactory.newInstance().getClass().getName())
        .isEqualTo("org.apache.el.ExpressionFactoryImpl");
  }

  @Test
  void theGlueShownInTheExamplesReadmeIsThisApplicationsOwn() throws IOException {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- spring:BylineProblemDetails -->\\n```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).isTrue();
    assertThat(Files.readString(Path.of("src/main/java/dev/byline/examples/springboot4/BylineProblemDetails.java"), StandardCharsets.UTF_8))
        .contains(block.group(1));
  }

  @Test
  void aBodyThatIsNotJsonFromItsFirstCharacterIsSpringsOwnBadRequestProblem() throws Exception {
    // Jackson reads the first token before Byline's module is called: no Byline error to report.
    JsonNode problem = problem(post("NATO ready to talk"));

    // RFC 9457: an absent type means about:blank
    assertThat(problem.path("type").asString("about:blank")).isEqualTo("about:blank");
    assertThat(problem.path("detail").asString()).isEqualTo("Failed to read request");
    assertThat(problem.has("kind")).isFalse();
  }
}
