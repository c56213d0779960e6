package dev.byline.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every {@link dev.byline.Quote} of the annotated {@link dev.byline.Article} stands in the article's
 * text. A quote with a location points inside the headline or an existing body paragraph
 * ({@code location.outside}) and the text there is exactly the quote's text
 * ({@code location.mismatch}); a quote without a location appears verbatim in the headline
 * or a paragraph ({@code text.notFound}).
 *
 * <p>Each of the three is reported one by one for at most
 * {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} quotations, the first by index; when there are
 * more, one further violation on {@code quotes} (code {@code quotes.moreViolations}) counts the rest
 * of that code and names the index of the first one not listed. The check is linear in the size of
 * the article: code-point offsets are resolved with one index per paragraph, and all unlocated
 * quotations are looked for in one pass over the text.
 *
 * <p>Violation code: {@code <property>.mismatch}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface QuotesMatchText {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.mismatch}
   */
  String message() default "{dev.byline.mismatch}";

  /**
   * The validation groups this constraint belongs to.
   *
   * @return the groups, by default none (the default group)
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Bean Validation API.
   *
   * @return the payload, by default none
   */
  Class<? extends Payload>[] payload() default {};
}
