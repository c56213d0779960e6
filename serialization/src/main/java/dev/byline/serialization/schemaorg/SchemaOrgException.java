package dev.byline.serialization.schemaorg;

/** Thrown when a JSON-LD block or a page holds no article Byline can import; {@link #getKind()} says why. */
public final class SchemaOrgException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a block cannot be imported. */
  public enum Kind {
    /** The block or page is longer than {@link SchemaOrg#MAX_INPUT_CHARS}. */
    TOO_LARGE,
    /** The block is not JSON, nor JSON with the leniencies of web pages (or nests deeper than 64). */
    NOT_JSON,
    /** No node of an article type ({@code Article}, {@code NewsArticle} and its subtypes, {@code BlogPosting}, …). */
    NO_ARTICLE,
    /**
     * The article node has no usable {@code headline} or {@code name} (missing, blank or longer than
     * the model's limit), and a page no usable {@code og:title} either.
     */
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
