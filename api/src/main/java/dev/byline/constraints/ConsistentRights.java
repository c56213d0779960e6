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
 * The annotated {@link dev.byline.RightsNotice} does not contradict itself: no use is both permitted
 * and prohibited ({@code prohibitedUses.alsoPermitted}), and a notice that reserves all rights
 * does not also carry a licence that gives them away, such as a Creative Commons licence
 * ({@code license.contradictsAllRightsReserved}).
 *
 * <p>Violation code: {@code <property>.contradiction}. The validator ships in {@code byline-core} and is found
 * by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentRights {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.contradiction}
   */
  String message() default "{dev.byline.contradiction}";

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
