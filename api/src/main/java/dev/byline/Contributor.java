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
    return builder().agent(agent).role(role).build();
  }

  /**
   * Starts a builder for a contributor. {@code agent} is required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this contributor's properties, to make a changed copy.
   *
   * @return a new builder holding this contributor's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Contributor} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property, and {@link #build()} throws
   * {@link IllegalStateException} when the agent is missing.
   */
  public static final class Builder extends ImmutableContributor.Builder {
    Builder() {}
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
