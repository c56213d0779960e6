package dev.byline.serialization.ninjs;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a conversion to or from ninjs: the value, and what the other side had no place for,
 * so that a caller is warned instead of losing data silently.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the converted value's type: a JSON string on export, an {@code Article} on import
 */
public final class NinjsResult<T> {
  private final T value;
  private final List<String> losses;

  NinjsResult(T value, List<String> losses) {
    this.value = Objects.requireNonNull(value, "value");
    this.losses = List.copyOf(losses);
  }

  /**
   * The converted value.
   *
   * @return the ninjs document (export) or the article (import)
   */
  public T getValue() {
    return value;
  }

  /**
   * What was not carried over, one line each, starting with where and a colon: on export the path of
   * the article's property ({@code "quotes: 9 quotations (ninjs has no quotations)"},
   * {@code "rights.years: …"}), on import the JSON Pointer of the document's part
   * ({@code "/urgency: a ninjs property with no place in an article"}).
   *
   * @return an unmodifiable list, empty when nothing was lost
   */
  public List<String> getLosses() {
    return losses;
  }

  /**
   * Tells whether the conversion carried everything.
   *
   * @return {@code true} when there are no losses
   */
  public boolean isLossless() {
    return losses.isEmpty();
  }
}
