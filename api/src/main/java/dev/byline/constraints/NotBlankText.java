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
 * The annotated text is not blank: it holds at least one character that is not white space, where
 * white space includes the no-break space ({@code U+00A0}) and every other Unicode space separator,
 * which a headline of only {@code &nbsp;} would otherwise slip past. Unlike
 * {@code jakarta.validation.constraints.NotBlank}, {@code null} — an absent {@code Optional} value —
 * is valid, so it fits optional properties; required properties are non-null by construction.
 *
 * <p>Violation code: {@code <property>.blank}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface NotBlankText {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.blank}
   */
  String message() default "{dev.byline.blank}";

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
