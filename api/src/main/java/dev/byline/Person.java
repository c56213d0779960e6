package dev.byline;

import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who is quoted, writes or takes pictures: schema.org {@code Person}, an entry of ninjs
 * {@code people[]} or {@code by}.
 *
 * <p>"NATO Secretary-General Jens Stoltenberg" is a person named "Jens Stoltenberg" with the title
 * "Secretary-General" and the affiliation NATO. Immutable and thread-safe; equal when all properties
 * are equal.
 */
@Value.Immutable
public abstract non-sealed class Person implements Agent {
  Person() {}

  /**
   * The person's title or role as the article gives it, for example "Secretary-General"
   * (schema.org {@code jobTitle}).
   *
   * @return the title, if the article gives one
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getTitle();

  /**
   * The organisation the person speaks for or works for, for example NATO (schema.org
   * {@code affiliation} / {@code worksFor}).
   *
   * @return the affiliation, if known
   */
  public abstract Optional<@Valid Organization> getAffiliation();

  /**
   * Starts a builder for a person.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A person known only by name.
   *
   * @param name the name as written; not {@code null}
   * @return the person
   */
  public static Person of(String name) {
    return builder().name(name).build();
  }

  /**
   * Returns a builder filled with this person's properties, to make a changed copy.
   *
   * @return a new builder holding this person's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Person} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property, and {@link #build()} throws
   * {@link IllegalStateException} when the name is missing.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

}
