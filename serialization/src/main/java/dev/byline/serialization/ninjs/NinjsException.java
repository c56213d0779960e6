package dev.byline.serialization.ninjs;

/**
 * Thrown when a document cannot be read as ninjs at all: it is not JSON, not an object, or a
 * property Byline maps has the wrong JSON type. Carries the JSON Pointer of the place.
 */
public final class NinjsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where, as a JSON Pointer. */
  private final String pointer;

  NinjsException(String pointer, String message, Throwable cause) {
    super(message + " at " + (pointer.isEmpty() ? "document" : pointer), cause);
    this.pointer = pointer;
  }

  /**
   * Where: a JSON Pointer into the document, {@code ""} for the document itself.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }
}
