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
 * The annotated URI identifies a thing: an absolute {@code http}/{@code https} URI with a host, or a
 * {@code urn:} URN such as {@code urn:uuid:…} (ninjs {@code uri}, schema.org {@code @id},
 * Wikidata IRIs). An empty {@code Optional} is valid.
 *
 * <p>As for {@link WebUri}, the URI's text is also at most {@link dev.byline.Limits#URI_MAX_LENGTH}
 * characters long ({@code <property>.tooLong}) and holds no unpaired UTF-16 surrogate
 * ({@code <property>.controlCharacter}); one URI gets at most one violation, checked in that order:
 * length, surrogates, then the shape.
 *
 * <p>Violation code: {@code <property>.notIdentifierUri}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface IdentifierUri {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.notIdentifierUri}
   */
  String message() default "{dev.byline.notIdentifierUri}";

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
