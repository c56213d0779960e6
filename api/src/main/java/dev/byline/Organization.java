package dev.byline;

import org.immutables.value.Value;

/**
 * An organisation that is quoted, publishes, employs a speaker or holds rights: schema.org
 * {@code Organization} (and {@code NewsMediaOrganization} as a publisher), an entry of ninjs
 * {@code organisations[]}.
 *
 * <p>Immutable and thread-safe; equal when name and identifier are equal.
 */
@Value.Immutable
public abstract non-sealed class Organization implements Agent {
  Organization() {}

  /**
   * Starts a builder for an organisation.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An organisation known only by name, for example {@code Organization.of("NATO")}.
   *
   * @param name the name as written; not {@code null}
   * @return the organisation
   */
  public static Organization of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a builder filled with this organisation's properties, to make a changed copy.
   *
   * @return a new builder holding this organisation's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Organization} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property, and {@link #build()} throws
   * {@link IllegalStateException} when the name is missing.
   */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
