package dev.byline.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated timestamp (an {@link java.time.OffsetDateTime}, such as an article's publication
 * time — schema.org {@code datePublished}, ninjs {@code firstCreated}) has a four-digit year, 0000
 * to {@link dev.byline.Limits#LATEST_YEAR}, in its own offset. ISO 8601, and so every Byline format,
 * writes any other year with a sign and more digits ({@code +10000-01-01T00:00:00Z}), which the
 * readers refuse: the limit keeps every valid article readable after it is written. An empty
 * {@code Optional} is valid.
 *
 * <p>Violation code: {@code <property>.yearOutOfRange}. The validator ships in {@code byline-core}
 * and is found by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface FourDigitYear {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.yearOutOfRange}
   */
  String message() default "{dev.byline.yearOutOfRange}";

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
