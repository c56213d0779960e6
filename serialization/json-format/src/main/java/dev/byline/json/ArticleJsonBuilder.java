package dev.byline.json;

import dev.byline.core.validation.ArticleValidator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configures a Byline JSON facade — {@code ArticleJson} of the Jackson 3 or the Jackson 2 binding —
 * with the same settings in both: indented output, validation on reading, strict or lenient
 * reading, and {@link JsonLimits limits}. Not thread-safe; the built facade is.
 *
 * @param <B> the builder's own type
 * @param <F> the facade it builds
 */
public abstract class ArticleJsonBuilder<B extends ArticleJsonBuilder<B, F>, F> {
  private boolean pretty;
  private boolean validate = true;
  private ArticleValidator validator;
  private Consumer<IgnoredProperty> lenient;
  private JsonLimits limits = JsonLimits.defaults();

  /** Starts from the defaults: compact output, validating, strict, default limits. */
  protected ArticleJsonBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Indented output (two spaces, one property per line) instead of compact.
   *
   * @param pretty whether to indent
   * @return this builder
   */
  public final B pretty(boolean pretty) {
    this.pretty = pretty;
    return self();
  }

  /**
   * Whether reading validates the content (on by default). Off is for trusted input only.
   *
   * <p>Cost: validation happens partly as the document is read. The reader already passes over
   * every string once (it refuses lone surrogates); in that pass it also notes whether any string
   * holds a control character or a line break. Then {@code ArticleValidator} checks the value with
   * every rule, skipping the scans for those characters when the reader saw none — the common case
   * — so the texts are not read a second time. Rules across fields (quotations against the text,
   * dates in order, unique tag labels) run once at the end. The report is exactly the one
   * {@code ArticleValidator.validate} gives for the value read; a validated read costs well under
   * twice an unvalidated one (the serialization README gives the figures).
   *
   * @param validate whether to validate after reading
   * @return this builder
   */
  public final B validation(boolean validate) {
    this.validate = validate;
    return self();
  }

  /**
   * The validator reading uses, for example one with a fixed clock.
   *
   * @param validator the validator; not {@code null}
   * @return this builder
   */
  public final B validator(ArticleValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    return self();
  }

  /**
   * Lenient reading: unknown properties are skipped instead of failing the read, and each is
   * reported to {@code listener}, so nothing is dropped silently. Everything else stays strict.
   *
   * @param listener told of every skipped property; not {@code null}
   * @return this builder
   */
  public final B lenient(Consumer<IgnoredProperty> listener) {
    this.lenient = Objects.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * Strict reading (the default): an unknown property fails the read.
   *
   * @return this builder
   */
  public final B strict() {
    this.lenient = null;
    return self();
  }

  /**
   * Limits on input: document, string, number and name lengths, nesting depth.
   *
   * @param limits the limits; not {@code null}
   * @return this builder
   */
  public final B limits(JsonLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return self();
  }

  /**
   * Whether output is indented.
   *
   * @return {@code true} for indented output
   */
  public final boolean isPretty() {
    return pretty;
  }

  /**
   * Whether reading validates.
   *
   * @return {@code true} if it does
   */
  public final boolean isValidating() {
    return validate;
  }

  /**
   * The validator reading uses: the one set, else {@link ArticleValidator#create()}, made once.
   *
   * @return the validator
   */
  public final ArticleValidator getValidator() {
    if (validator == null) {
      validator = ArticleValidator.create();
    }
    return validator;
  }

  /**
   * The listener of lenient reading.
   *
   * @return the listener, or empty for strict reading
   */
  public final Optional<Consumer<IgnoredProperty>> getLenientListener() {
    return Optional.ofNullable(lenient);
  }

  /**
   * The limits on input.
   *
   * @return the limits
   */
  public final JsonLimits getLimits() {
    return limits;
  }

  /**
   * Builds the facade.
   *
   * @return an immutable, thread-safe facade
   */
  public abstract F build();
}
