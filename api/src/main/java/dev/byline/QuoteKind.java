package dev.byline;

/**
 * Whether a quotation is whole sentences in the speaker's words, or a fragment the writer worked into
 * a sentence of their own.
 */
public enum QuoteKind {
  /**
   * One or more complete sentences in the speaker's words: “We are not ready to discuss core
   * principles for European security.”
   */
  FULL,
  /**
   * A fragment inside the writer's sentence: characterizing deployments as “proportionate”.
   */
  PARTIAL
}
