package dev.byline;

import dev.byline.constraints.IdentifierUri;
import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;

/**
 * Someone who speaks, writes or publishes: a {@link Person} or an {@link Organization} (schema.org
 * {@code Person} / {@code Organization}; in ninjs, entries of {@code people[]} and
 * {@code organisations[]}).
 *
 * <p>The hierarchy is closed: every agent is one of the two, so a {@code switch} over an agent can be
 * exhaustive. Implementations are immutable, thread-safe and compare by value.
 */
public sealed interface Agent permits Person, Organization {
  /**
   * The name as it is written, for example "Jens Stoltenberg" or "NATO" (schema.org {@code name}).
   *
   * @return the name; validation requires it not blank and one line
   */
  @NotBlankText
  @SingleLine
  @NoControlCharacters
  @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}")
  String getName();

  /**
   * An identifier of the agent, such as a Wikidata IRI ({@code https://www.wikidata.org/wiki/Q57613}),
   * an ISNI URI or a URN (schema.org {@code sameAs} / {@code @id}, ninjs {@code uri}).
   *
   * @return the identifier, if known
   */
  Optional<@IdentifierUri URI> getIdentifier();
}
