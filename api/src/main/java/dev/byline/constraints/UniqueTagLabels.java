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
 * The annotated list of {@link dev.byline.Tag tags} holds no two tags with the same label, compared
 * exactly (code point by code point, case-sensitive): "NATO" and "Nato" are different labels, as a
 * newsroom style guide may want both. The violation names the later duplicate
 * ({@code tags[2].label}, code {@code label.duplicate}).
 *
 * <p>At most {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} duplicates are reported one by one, the
 * first by index; when there are more, one further violation on the list itself ({@code tags}, code
 * {@code tags.moreViolations}) counts the rest and names the index of the first one not listed. So a
 * list of 10,000 equal labels costs time in proportion to its length with any Bean Validation
 * provider, not 10,000 violations.
 *
 * <p>Violation code: {@code <property>.duplicate}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface UniqueTagLabels {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.duplicate}
   */
  String message() default "{dev.byline.duplicate}";

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
