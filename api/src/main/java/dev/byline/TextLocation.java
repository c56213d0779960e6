package dev.byline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a quotation stands in an article: in the headline, or in one body paragraph, at a
 * {@link TextSpan} of code-point offsets within that part.
 *
 * <p>Paragraphs are numbered from zero in the order of {@link Article#getParagraphs()}. Immutable and
 * thread-safe; equal when part and span are equal.
 */
@Value.Immutable
public abstract class TextLocation {
  TextLocation() {}

  /**
   * The zero-based index of the body paragraph, or empty when the location is in the headline.
   *
   * @return the paragraph index, or empty for the headline
   */
  @PositiveOrZero(message = "{dev.byline.negative}")
  public abstract OptionalInt getParagraph();

  /**
   * The code-point offsets within the headline or the paragraph.
   *
   * @return the span
   */
  @Valid
  public abstract TextSpan getSpan();

  /**
   * Tells whether the location is in the headline.
   *
   * @return {@code true} for the headline, {@code false} for a body paragraph
   */
  public final boolean isInHeadline() {
    return getParagraph().isEmpty();
  }

  /**
   * A location in the headline.
   *
   * @param start inclusive code-point offset
   * @param end exclusive code-point offset
   * @return the location
   */
  public static TextLocation inHeadline(int start, int end) {
    return ImmutableTextLocation.builder().span(TextSpan.of(start, end)).build();
  }

  /**
   * A location in a body paragraph.
   *
   * @param paragraph zero-based paragraph index
   * @param start inclusive code-point offset
   * @param end exclusive code-point offset
   * @return the location
   */
  public static TextLocation inParagraph(int paragraph, int start, int end) {
    return ImmutableTextLocation.builder()
        .paragraph(paragraph)
        .span(TextSpan.of(start, end))
        .build();
  }

  /**
   * Returns {@code headline[start, end)} or {@code paragraph n[start, end)}.
   *
   * @return a short description for people
   */
  @Override
  public String toString() {
    return (isInHeadline() ? "headline" : "paragraph " + getParagraph().getAsInt()) + getSpan();
  }
}
