/**
 * Validation of news articles against every rule of the Byline model: {@link
 * dev.byline.core.validation.ArticleValidator} checks an {@link dev.byline.Article} (or any of its
 * parts) and returns a {@link dev.byline.core.validation.ValidationReport} with all the
 * {@link dev.byline.core.validation.Violation violations} at once — each with its property path, a
 * JSON Pointer into Byline's JSON, a stable code such as {@code headline.multiline}, a message and
 * the offending value.
 *
 * <pre>{@code
 * ValidationReport report = ArticleValidator.create().validate(article);
 * ArticleValidator.create().requireValid(article); // or throw ValidationFailedException
 * }</pre>
 *
 * <p>The constraints are declared on the model's getters (package {@code dev.byline.constraints} in
 * {@code byline-api}); this module registers their validators with Jakarta Bean Validation, so a
 * plain default validator — the one behind {@code @Valid} in Spring, Quarkus or Jakarta REST — finds
 * them too, on the class path and on the module path.
 */
package dev.byline.core.validation;
