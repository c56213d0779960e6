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
 * The annotated {@link dev.byline.YearRange} is ordered and plausible: its first year is not after its
 * last ({@code end.beforeStart}), its first year is not before
 * {@link dev.byline.Limits#EARLIEST_YEAR} ({@code start.tooEarly}), and its last year is not
 * after next year by the validator's clock ({@code end.inFuture}).
 *
 * <p>Violation code: {@code <property>.beforeStart}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ValidYearRange {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.beforeStart}
   */
  String message() default "{dev.byline.beforeStart}";

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
