package dev.byline;

/**
 * The answer to "may I do this with the article?" that {@link RightsNotice#permission(Use)} gives.
 * In W3C ODRL 2.2 terms: a {@code permission}, a {@code prohibition}, or neither.
 */
public enum Permission {
  /** The notice or its licence allows the use (perhaps with a duty, such as attribution). */
  PERMITTED,
  /** The notice forbids the use in so many words ("may not be … redistributed"). */
  PROHIBITED,
  /**
   * The notice does not allow the use, or there is no notice: ask the rights holder first. "All
   * rights reserved" means this for every use it does not name.
   */
  ASK
}
