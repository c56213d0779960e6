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
 * The annotated {@link java.time.OffsetDateTime} can be written as an RFC 3339 timestamp, the
 * {@code date-time} of ninjs and JSON Schema and the ISO 8601 form schema.org {@code DateTime} uses:
 * a year from 0000 to 9999 and a UTC offset in whole minutes. An offset with seconds, such as the
 * historical {@code +00:19:32} of Amsterdam, has no RFC 3339 form; state the same instant at a
 * whole-minute offset (or in UTC) instead. An empty {@code Optional} is valid.
 *
 * <p>Violation code: {@code <property>.notRfc3339}. The validator ships in {@code byline-core} and is
 * found by any Bean Validation provider through {@code META-INF/services}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, CONSTRUCTOR, TYPE_USE})
@Retention(RUNTIME)
public @interface Rfc3339Timestamp {
  /**
   * The message template.
   *
   * @return the message template, by default the key {@code dev.byline.notRfc3339}
   */
  String message() default "{dev.byline.notRfc3339}";

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
