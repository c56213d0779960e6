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
 * The annotated text is a well-formed IETF BCP 47 language tag such as {@code en}, {@code en-GB}
 * or {@code zh-Hant-TW}, as schema.org {@code inLanguage} and ninjs {@code language} expect. An
 * empty {@code Optional} is valid.
 *
 * <p>Violation code: {@code <property>.notLanguageTag}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface LanguageTag {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.notLanguageTag}
   */
  String message() default "{dev.byline.notLanguageTag}";

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
