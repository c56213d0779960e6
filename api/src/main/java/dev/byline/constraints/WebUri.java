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
 * The annotated URI is absolute, with scheme {@code http} or {@code https} and a host: a link a
 * reader can follow (schema.org {@code url}, {@code license}). An empty {@code Optional} is valid.
 *
 * <p>So that every Byline format can write and read it back, the URI's text
 * ({@link java.net.URI#toString()}) is also at most {@link dev.byline.Limits#URI_MAX_LENGTH}
 * characters long ({@code <property>.tooLong}) and holds no unpaired UTF-16 surrogate
 * ({@code <property>.controlCharacter}, which {@code java.net.URI} lets through among the
 * non-ASCII characters it allows). One URI gets at most one violation, checked in that order: length,
 * surrogates, then the shape.
 *
 * <p>Violation code: {@code <property>.notWebUri}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface WebUri {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.notWebUri}
   */
  String message() default "{dev.byline.notWebUri}";

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
