/**
 * The plain-text layout of wire copy — headline, lead image credit, paragraphs, a tags line and the
 * rights notice, separated by blank lines. {@link dev.byline.serialization.text.ArticleText} reads
 * such a text into an article, with its quotations and who said them and its rights notice, and
 * writes an article back, byte for byte as it was read.
 */
package dev.byline.serialization.text;
