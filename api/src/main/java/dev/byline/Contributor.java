package dev.byline;

import jakarta.validation.Valid;
import org.immutables.value.Value;

/**
 * A name in the byline: an {@link Agent} and the {@link ContributorRole role} they played (schema.org
 * {@code author} / {@code editor} / {@code contributor}; ninjs {@code by}).
 *
 * <p>Immutable and thread-safe; equal when agent and role are equal.
 */
@Value.Immutable
public abstract class Contributor {
  Contributor() {}

  /**
   * Who contributed.
   *
   * @return the person or organisation
   */
  @Valid
  public abstract Agent getAgent();

  /**
   * What they did; {@link ContributorRole#AUTHOR} unless set.
   *
   * @return the role
   */
  @Value.Default
  public ContributorRole getRole() {
    return ContributorRole.AUTHOR;
  }

  /**
   * A contributor in the given role.
   *
   * @param agent who contributed; not {@code null}
   * @param role what they did; not {@code null}
   * @return the contributor
   */
  public static Contributor of(Agent agent, ContributorRole role) {
    return ImmutableContributor.builder().agent(agent).role(role).build();
  }

  /**
   * An author, the usual byline.
   *
   * @param agent who wrote the article; not {@code null}
   * @return the contributor with role {@link ContributorRole#AUTHOR}
   */
  public static Contributor author(Agent agent) {
    return of(agent, ContributorRole.AUTHOR);
  }
}
