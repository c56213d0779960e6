package dev.byline;

import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who said a quotation, and how the article says so: the source, the cue ("said", "told
 * reporters") and the occasion ("in a statement", "at a press conference at NATO headquarters").
 * schema.org models the speaker of a {@code Quotation} as {@code creator} / {@code spokenByCharacter};
 * ninjs has no quotations.
 *
 * <p>An unknown source is explicit: {@link #getSource()} is empty and {@link #isSourceKnown()} is
 * {@code false} (see {@link #unknown()}). Byline never guesses a speaker. Immutable and thread-safe;
 * equal when source, cue and context are equal.
 */
@Value.Immutable
public abstract class Attribution {
  Attribution() {}

  /**
   * The person or organisation the words are attributed to.
   *
   * @return the source, or empty when the article does not say who spoke
   */
  public abstract Optional<@Valid Agent> getSource();

  /**
   * The words that attribute the quotation, as written: "said", "told reporters", "according to".
   *
   * @return the cue, if the article gives one
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getCue();

  /**
   * The occasion or medium, as written: "in a statement", "at a press conference at NATO
   * headquarters".
   *
   * @return the context, if the article gives one
   */
  public abstract Optional<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.MEDIUM_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getContext();

  /**
   * Tells whether the article names who spoke.
   *
   * @return {@code true} when {@link #getSource()} is present
   */
  public final boolean isSourceKnown() {
    return getSource().isPresent();
  }

  /**
   * Starts a builder for an attribution.
   *
   * @return a new, empty builder (building it at once gives an unknown source)
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An attribution whose source the article does not give: no source, no cue, no context.
   *
   * @return the explicit unknown attribution
   */
  public static Attribution unknown() {
    return builder().build();
  }

  /**
   * An attribution to {@code source} with the cue {@code cue}, as in "…,” said Stoltenberg.".
   *
   * @param source who spoke; not {@code null}
   * @param cue the attributing words, for example "said"; not {@code null}
   * @return the attribution
   */
  public static Attribution of(Agent source, String cue) {
    return builder().source(source).cue(cue).build();
  }

  /**
   * Returns a builder filled with this attribution's properties, to make a changed copy.
   *
   * @return a new builder holding this attribution's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Attribution} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property.
   */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }
}
