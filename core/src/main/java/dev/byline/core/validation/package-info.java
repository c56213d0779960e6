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
 *
 * <p><b>Cost model.</b> Validating an article is linear in its size: about a few passes over its
 * text (each rule that reads a whole text scans it once; located quotations are compared in place;
 * unlocated quotations are looked for together in one pass), one hash lookup per tag, and a small
 * constant per quotation, tag, contributor and media item. Memory beyond the article is a few small
 * objects per such item, a hash table of the tag labels, an index of the code points of paragraphs
 * that quotations point into (only where they hold characters beyond the Basic Multilingual Plane),
 * and, for unlocated quotations, about 15 bytes per character of their distinct texts (taken at most
 * 4 million characters per pass over the text). The report itself is bounded: each rule lists at
 * most {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} violations and counts the rest in one
 * {@code <list>.moreViolations} violation. The benchmarks in this module's {@code benchmarks} profile
 * ({@code ValidationBenchmark}, {@code ValidationGrowthBenchmark}) measure the cost against a single
 * pass over the text's code points and on hostile inputs at growing sizes. Byline's JSON reader
 * validates as it reads: it notes, in the one pass it makes over each string anyway, whether any
 * text holds a control character or a line break, and the validation after reading skips the scans
 * for what the reader did not see — with the same report.
 *
 * <p>A plain Bean Validation validator enforces the same rules with the same constraint validators;
 * see {@link dev.byline.core.validation.ArticleValidator} for what the facade adds and for where a
 * plain Hibernate Validator 9.1 validator is slower on many violations.
 */
package dev.byline.core.validation;
