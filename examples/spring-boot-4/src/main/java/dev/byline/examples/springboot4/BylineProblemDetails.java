package dev.byline.examples.springboot4;

import dev.byline.Article;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import dev.byline.json.ArticleJsonException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Byline's errors as RFC 9457 problem details ({@code application/problem+json}) — the glue a Spring
 * MVC application copies. The same class works on Spring Boot 4 and 3.5: it names no Jackson type.
 *
 * <ul>
 *   <li>A request body that Byline's Jackson module could not read (unknown property, wrong type,
 *       duplicate property, {@code null}, unknown word, unsupported or missing {@code formatVersion},
 *       a syntax error inside the document): 400, type {@link #UNREADABLE_JSON}, with Byline's
 *       {@code kind}, {@code pointer} (RFC 6901, into the request body), {@code line} and
 *       {@code column}.
 *   <li>An article that {@code @Valid} refused: 400, type {@link #INVALID_ARTICLE}, with
 *       {@code violations}: each one's Byline {@code code}, {@code path}, {@code pointer} and
 *       {@code message}, as {@link ArticleValidator} reports them.
 *   <li>Everything else, as Spring MVC's {@link ResponseEntityExceptionHandler} answers it (also a
 *       problem detail), for example a body that is not JSON from its first character.
 * </ul>
 */
@RestControllerAdvice
public class BylineProblemDetails extends ResponseEntityExceptionHandler {
  /** The problem type of a request body that is not readable Byline JSON. */
  public static final URI UNREADABLE_JSON = URI.create("https://byline.dev/problems/unreadable-json");

  /** The problem type of an article that breaks the rules of the Byline model. */
  public static final URI INVALID_ARTICLE = URI.create("https://byline.dev/problems/invalid-article");

  /** Creates the handler; Spring does, as a {@code @RestControllerAdvice}. */
  public BylineProblemDetails() {}

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ArticleJsonException error = ArticleJsonException.findIn(ex).orElse(null);
    if (error == null) {
      return super.handleHttpMessageNotReadable(ex, headers, status, request);
    }
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.getMessage());
    problem.setType(UNREADABLE_JSON);
    problem.setTitle("Unreadable Byline JSON");
    problem.setProperty("kind", error.getKind().name());
    problem.setProperty("pointer", error.getPointer());
    if (error.getLine() > 0) {
      problem.setProperty("line", error.getLine());
      problem.setProperty("column", error.getColumn());
    }
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // @Valid found the violations; ArticleValidator names them with Byline's codes and pointers.
    ValidationReport report = ex.getBindingResult().getTarget() instanceof Article article
        ? ArticleValidator.create().validate(article)
        : null;
    if (report == null || report.isValid()) {
      return super.handleMethodArgumentNotValid(ex, headers, status, request);
    }
    List<Violation> violations = report.getViolations();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
        "the article breaks " + violations.size() + (violations.size() == 1 ? " rule" : " rules") + " of the Byline model");
    problem.setType(INVALID_ARTICLE);
    problem.setTitle("Invalid article");
    problem.setProperty("violations", violations.stream()
        .map(v -> new ViolationDetail(v.getCode(), v.getPath(), v.getJsonPointer(), v.getMessage()))
        .toList());
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /**
   * One violation in an invalid-article problem.
   *
   * @param code Byline's stable code, such as {@code headline.multiline}
   * @param path the property path, such as {@code quotes[0].location}
   * @param pointer the same place as a JSON Pointer into the request body, such as {@code /quotes/0/location}
   * @param message what is wrong, in words
   */
  public record ViolationDetail(String code, String path, String pointer, String message) {}
}
