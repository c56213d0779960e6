package dev.byline.core.rights;

import dev.byline.TextSpan;
import java.util.Objects;

/**
 * A stretch of a notice's text that the reader understood, and as what. Offsets count code points
 * in the notice's verbatim text, as {@link TextSpan} does everywhere in Byline.
 *
 * <p>Immutable and thread-safe; equal when kind and span are equal.
 */
public final class RecognisedPart {
  private final NoticePart kind;
  private final TextSpan span;
  private final String text;

  RecognisedPart(NoticePart kind, TextSpan span, String text) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.span = Objects.requireNonNull(span, "span");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * What the stretch was read as.
   *
   * @return the kind of statement
   */
  public NoticePart getKind() {
    return kind;
  }

  /**
   * Where the stretch is in the notice, in code points.
   *
   * @return the span
   */
  public TextSpan getSpan() {
    return span;
  }

  /**
   * The stretch's text, verbatim.
   *
   * @return the text
   */
  public String getText() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecognisedPart p && kind == p.kind && span.equals(p.span);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, span);
  }

  /**
   * Returns {@code KIND[start, end) "text"}.
   *
   * @return a short description for people
   */
  @Override
  public String toString() {
    return kind + "" + span + " \"" + text + "\"";
  }
}
