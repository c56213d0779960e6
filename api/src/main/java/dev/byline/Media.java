package dev.byline;

import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import dev.byline.constraints.WebUri;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A picture, video or sound that goes with an article, with the credit line that must be shown with
 * it: schema.org {@code ImageObject} ({@code caption}, {@code creditText}, {@code copyrightNotice}),
 * a ninjs {@code associations[]} entry.
 *
 * <p>The seed article's lead image is known only by its credit, "Getty": every other property may be
 * absent. Immutable and thread-safe; equal when all properties are equal.
 */
@Value.Immutable
public abstract class Media {
  Media() {}

  /**
   * Image, video or audio; {@link MediaKind#IMAGE} unless set.
   *
   * @return the kind
   */
  @Value.Default
  public MediaKind getKind() {
    return MediaKind.IMAGE;
  }

  /**
   * Where the file is (schema.org {@code contentUrl}, ninjs {@code renditions[].href}).
   *
   * @return the URL, if known
   */
  public abstract Optional<@WebUri URI> getUrl();

  /**
   * The caption shown with the item (schema.org {@code caption}, ninjs {@code descriptions}).
   *
   * @return the caption, if any
   */
  public abstract Optional<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.MEDIUM_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getCaption();

  /**
   * Text for readers who cannot see the image (HTML {@code alt}; ninjs description role
   * {@code alt}).
   *
   * @return the alternative text, if any
   */
  public abstract Optional<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.MEDIUM_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getAltText();

  /**
   * The credit line to print with the item, as given: "Getty", "AP Photo/Virginia Mayo"
   * (schema.org {@code creditText}).
   *
   * @return the credit line, if any
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getCredit();

  /**
   * The item's own rights, which may differ from the article's.
   *
   * @return the rights notice, if any
   */
  public abstract Optional<@Valid RightsNotice> getRights();

  /**
   * Starts a builder for a media item.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this item's properties, to make a changed copy.
   *
   * @return a new builder holding this item's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Media} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property.
   */
  public static final class Builder extends ImmutableMedia.Builder {
    Builder() {}
  }
}
