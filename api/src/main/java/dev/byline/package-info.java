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
 * as a draft; validation (in {@code byline-core}) reports what is wrong with it.
 *
 * <p>The names follow schema.org (release 30.0), IPTC ninjs 3.1 and W3C ODRL 2.2; each type's
 * documentation names the matching term.
 */
@ImmutablesStyle
package dev.byline;
