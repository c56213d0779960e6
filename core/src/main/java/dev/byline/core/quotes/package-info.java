/**
 * The quotation finder: {@link dev.byline.core.quotes.QuoteFinder} finds every quotation in an
 * article's headline and paragraphs — its exact text, its place in code points, whether it is a full
 * or a partial quotation — and who said it, with the attribution's cue ("said") and the speaker's
 * title and organisation where the text gives them. Rule-based and deterministic: no network, no
 * model.
 */
package dev.byline.core.quotes;
