/**
 * Bean Validation constraints for news content that the standard constraints do not cover: single-line
 * text, control characters, BCP 47 language tags, web and identifier URIs, and the cross-field rules of
 * an article (quotes that stand in the text, dates in order, consistent rights).
 *
 * <p>The constraints are declared here, on the model's getters, with {@code validatedBy = {}}; their
 * validators live in {@code byline-core}, which registers them with
 * {@code META-INF/services/jakarta.validation.ConstraintValidator}. With {@code byline-core} on the
 * class path, a plain default validator ({@code Validation.buildDefaultValidatorFactory()}) — the one
 * Spring, Quarkus and Jakarta REST use for {@code @Valid} — enforces every constraint.
 *
 * <p>Each default message is a key {@code {dev.byline.<keyword>}}; a violation's stable code is the
 * name of the property it is reported on, a dot, and the keyword (for example
 * {@code headline.multiline}).
 */
package dev.byline.constraints;
