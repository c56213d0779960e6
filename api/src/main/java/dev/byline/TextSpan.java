package dev.byline;

import dev.byline.constraints.ValidTextSpan;
import jakarta.validation.constraints.PositiveOrZero;
import org.immutables.value.Value;

/**
 * A stretch of text given by code-point offsets: {@code start} inclusive, {@code end} exclusive, as
 * the W3C Web Annotation {@code TextPositionSelector} counts them.
 *
 * <p>Offsets count Unicode code points, not UTF-16 {@code char}s: an emoji before a quotation moves
 * it by one, not two. Convert {@code char} indexes with
 * {@link String#codePointCount(int, int)}.
 *
 * <p>Immutable and thread-safe; two spans are equal when their offsets are. Validation requires
 * {@code 0 <= start < end} ({@link ValidTextSpan}).
 */
@Value.Immutable
@ValidTextSpan
public abstract class TextSpan {
  TextSpan() {}

  /**
   * The code-point offset of the first character, counted from the start of the text part.
   *
   * @return the inclusive start offset
   */
  @PositiveOrZero(message = "{dev.byline.negative}")
  public abstract int getStart();

  /**
   * The code-point offset just after the last character.
   *
   * @return the exclusive end offset
   */
  public abstract int getEnd();

  /**
   * The number of code points covered, {@code end - start}.
   *
   * @return the length in code points (negative only for an invalid span)
   */
  public final int length() {
    return getEnd() - getStart();
  }

  /**
   * Returns the text this span covers in {@code text}.
   *
   * @param text the headline or paragraph the span counts in; not {@code null}
   * @return the covered text
   * @throws IndexOutOfBoundsException if the span does not lie inside {@code text} or is reversed
   */
  public final String extractFrom(String text) {
    int from = text.offsetByCodePoints(0, getStart());
    int to = text.offsetByCodePoints(from, length());
    return text.substring(from, to);
  }

  /**
   * Tells whether this span lies inside a text of {@code codePointLength} code points.
   *
   * @param codePointLength the length of the text, in code points
   * @return {@code true} when {@code 0 <= start <= end <= codePointLength}
   */
  public final boolean fitsIn(int codePointLength) {
    return getStart() >= 0 && getStart() <= getEnd() && getEnd() <= codePointLength;
  }

  /**
   * Obtains a span from code-point offsets.
   *
   * @param start the inclusive start offset
   * @param end the exclusive end offset
   * @return the span; never {@code null} (an invalid span is reported by validation, not here)
   */
  public static TextSpan of(int start, int end) {
    return ImmutableTextSpan.builder().start(start).end(end).build();
  }

  /**
   * Returns the span as {@code [start, end)}.
   *
   * @return a short description for people
   */
  @Override
  public String toString() {
    return "[" + getStart() + ", " + getEnd() + ")";
  }
}
