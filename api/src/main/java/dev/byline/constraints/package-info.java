/**
 * Bean Validation constraints for news content that the standard constraints do not cover: single-line
 * text, control characters, BCP 47 language tags, web and identifier URIs, four-digit years, and the
 * cross-field rules of an article (quotes that stand in the text, dates in order, consistent rights).
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
 *
 * <p><b>Many violations.</b> The two constraints that can find many violations in one value —
 * {@link UniqueTagLabels} and {@link QuotesMatchText} — report at most
 * {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} of each code one by one and then one violation
 * {@code <list>.moreViolations} that counts the rest (message parameters {@code count},
 * {@code code} and {@code index}, the index of the first one not listed). Every other constraint
 * finds at most one violation per value. Hibernate Validator 9.1 keeps violations in a hash set
 * whose hash of a path ignores list indexes; violations that differ only in their list index — the
 * same blank text in thousands of paragraphs — then cost time quadratic in their number inside
 * the engine, whatever the constraints do. {@code ArticleValidator} in {@code byline-core}, which
 * Byline's readers use, does not go through that set for Byline's types and stays linear; it also
 * caps every rule, including the per-element ones, at the same number.
 */
package dev.byline.constraints;
