package dev.byline;

import dev.byline.constraints.NoControlCharacters;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quotation in an article: the words as printed, who said them, and where they stand. schema.org
 * {@code Quotation} (pending: {@code text}, {@code creator}, {@code spokenByCharacter}); ninjs has no
 * quotations.
 *
 * <p>{@link #getText()} is exactly what stands between the quotation marks, byte for byte, marks
 * excluded and inner punctuation kept (“…security concerns,” gives {@code …security concerns,}).
 * Immutable and thread-safe; equal when text, kind, attribution and location are equal.
 */
@Value.Immutable
public abstract class Quote {
  Quote() {}

  /**
   * The quoted words without the enclosing quotation marks.
   *
   * @return the text; validation requires it not blank
   */
  @NotBlankText
  @NoControlCharacters
  @Size(max = Limits.PARAGRAPH_MAX_LENGTH, message = "{dev.byline.tooLong}")
  public abstract String getText();

  /**
   * Whether the quotation is whole sentences or a fragment; {@link QuoteKind#FULL} unless set.
   *
   * @return the kind
   */
  @Value.Default
  public QuoteKind getKind() {
    return QuoteKind.FULL;
  }

  /**
   * Who said it, with the cue and context; {@link Attribution#unknown()} when the article does not
   * say.
   *
   * @return the attribution
   */
  @Valid
  public abstract Attribution getAttribution();

  /**
   * Where the quotation stands in the article's headline or body, in code points.
   *
   * @return the location, if known
   */
  public abstract Optional<@Valid TextLocation> getLocation();

  /**
   * Starts a builder for a quotation. {@code text} and {@code attribution} are required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this quotation's properties, to make a changed copy.
   *
   * @return a new builder holding this quotation's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Quote} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property, and {@link #build()} throws
   * {@link IllegalStateException} naming any of {@code text} and {@code attribution} that is missing.
   */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
