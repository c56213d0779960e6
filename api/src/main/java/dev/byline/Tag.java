package dev.byline;

import dev.byline.constraints.IdentifierUri;
import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A label that says what an article is about: schema.org {@code keywords} / {@code about}, a ninjs
 * {@code subjects[]} (or {@code people[]}, {@code organisations[]}, …) entry.
 *
 * <p>Immutable and thread-safe; equal when label, kind and scheme are equal.
 */
@Value.Immutable
public abstract class Tag {
  Tag() {}

  /**
   * The label as shown: "Russia–NATO relations".
   *
   * @return the label; validation requires it not blank and one line
   */
  @NotBlankText
  @SingleLine
  @NoControlCharacters
  @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}")
  public abstract String getLabel();

  /**
   * What the tag names, if known.
   *
   * @return the kind
   */
  public abstract Optional<TagKind> getKind();

  /**
   * The controlled vocabulary or concept the tag comes from, such as an IPTC Media Topic URI
   * (ninjs {@code subjects[].uri}).
   *
   * @return the scheme or concept URI, if any
   */
  public abstract Optional<@IdentifierUri URI> getScheme();

  /**
   * A tag with a label only.
   *
   * @param label the label; not {@code null}
   * @return the tag
   */
  public static Tag of(String label) {
    return builder().label(label).build();
  }

  /**
   * A tag with a label and a kind.
   *
   * @param label the label; not {@code null}
   * @param kind what the tag names; not {@code null}
   * @return the tag
   */
  public static Tag of(String label, TagKind kind) {
    return builder().label(label).kind(kind).build();
  }

  /**
   * Starts a builder for a tag.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this tag's properties, to make a changed copy.
   *
   * @return a new builder holding this tag's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Tag} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property.
   */
  public static final class Builder extends ImmutableTag.Builder {
    Builder() {}
  }
}
