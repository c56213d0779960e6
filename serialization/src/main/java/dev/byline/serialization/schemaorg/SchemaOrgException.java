package dev.byline.serialization.schemaorg;

/** Thrown when a JSON-LD block holds no article Byline can import; {@link #getKind()} says why. */
public final class SchemaOrgException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a block cannot be imported. */
  public enum Kind {
    /** The text is not JSON. */
    NOT_JSON,
    /** No node of an article type ({@code Article}, {@code NewsArticle} and its subtypes, {@code BlogPosting}, …). */
    NO_ARTICLE,
    /** The article node has neither a {@code headline} nor a {@code name}. */
    NO_HEADLINE
  }

  /** Why the block cannot be imported. */
  private final Kind kind;

  SchemaOrgException(Kind kind, String message, Throwable cause) {
    super(message + " [" + kind + "]", cause);
    this.kind = kind;
  }

  /**
   * Why the block cannot be imported.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }
}
