/**
 * The news article as data: immutable, null-free value types for an {@link dev.byline.Article} and its
 * parts — {@link dev.byline.Quote quotations} with their {@link dev.byline.Attribution attribution},
 * the {@link dev.byline.Agent people and organisations} who speak, write and publish,
 * {@link dev.byline.Media media} with credit lines, {@link dev.byline.Tag tags}, and the
 * {@link dev.byline.RightsNotice rights notice} that says what others may do with the text.
 *
 * <p>Every type is built with a builder ({@code Article.builder()...build()}) or a static factory,
 * is immutable and thread-safe, compares by value, and has JavaBeans getters ({@code getHeadline()},
 * {@code isAllRightsReserved()}) carrying Bean Validation constraints, so that a plain default
 * {@code jakarta.validation.Validator} sees every rule. Optional values are {@link java.util.Optional}
 * and collections are unmodifiable and never {@code null}; every builder method refuses {@code null}
 * with a {@link NullPointerException} naming the property.
 *
 * <p>Builders check structure, not content: an article with a blank headline can be built and held
 * as a draft; validation reports what is wrong with it.
 *
 * <p>Where to go next:
 *
 * <ul>
 *   <li><b>Validation</b>: {@code ArticleValidator} ({@code dev.byline.core.validation}, in
 *       {@code byline-core}) checks an article against every constraint declared here and reports
 *       all violations at once, each with a path, a JSON Pointer and a stable code; with
 *       {@code byline-core} present, a plain {@code jakarta.validation.Validator} enforces the same
 *       constraints.
 *   <li><b>JSON</b>: {@code ArticleJson} ({@code dev.byline.serialization.json}, in
 *       {@code byline-serialization}) reads and writes Byline's lossless JSON format, strictly.
 *   <li><b>Other formats</b>: in {@code byline-serialization}, {@code ArticleText} (the plain-text
 *       layout of wire copy), {@code Ninjs} (IPTC ninjs) and {@code SchemaOrg} (schema.org JSON-LD).
 *   <li><b>Rights and quotations</b>: in {@code byline-core}, {@code RightsNotices} reads a rights
 *       notice's text and {@code QuoteFinder} finds the quotations in an article and who said them.
 * </ul>
 *
 * <p>The names follow schema.org (release 30.0), IPTC ninjs 3.1 and W3C ODRL 2.2; each type's
 * documentation names the matching term.
 */
@ImmutablesStyle
package dev.byline;
