package dev.byline;

import java.util.List;

/**
 * Something a newsroom, aggregator or archive may want to do with an article, as copyright notices
 * name them ("may not be published, broadcast, rewritten, or redistributed").
 *
 * <p>W3C ODRL 2.2 has no "publish" or "broadcast" action; {@link #getOdrlActions()} gives the ODRL
 * core-vocabulary actions each use corresponds to, as Byline's ODRL export writes them.
 */
public enum Use {
  /** Publish the article as one's own content, in print or online. ODRL: {@code distribute} + {@code present}. */
  PUBLISH(List.of("distribute", "present")),
  /** Broadcast it, on air or as a stream. ODRL: {@code stream} + {@code present}. */
  BROADCAST(List.of("stream", "present")),
  /** Rewrite or adapt it into a new text. ODRL: {@code modify} + {@code derive}. */
  REWRITE(List.of("modify", "derive")),
  /** Pass copies on to others, syndicate it. ODRL: {@code distribute} + {@code reproduce}. */
  REDISTRIBUTE(List.of("distribute", "reproduce")),
  /** Quote short excerpts with attribution. ODRL: {@code extract} + {@code reproduce}. */
  QUOTE(List.of("extract", "reproduce")),
  /** Keep copies in an archive or research collection. ODRL: {@code archive}. */
  ARCHIVE(List.of("archive")),
  /**
   * Use it for commercial purposes. ODRL core has no such action; the Creative Commons vocabulary
   * term {@code cc:CommercialUse}, which ODRL 2.2's context declares, is used for the prohibition.
   */
  COMMERCIAL_USE(List.of("cc:CommercialUse"));

  private final List<String> odrlActions;

  Use(List<String> odrlActions) {
    this.odrlActions = odrlActions;
  }

  /**
   * The ODRL 2.2 action names (terms of {@code http://www.w3.org/ns/odrl.jsonld}) that together
   * express this use.
   *
   * @return an unmodifiable, non-empty list of action names
   */
  public List<String> getOdrlActions() {
    return odrlActions;
  }
}
