package dev.byline.json.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one document a generator writes, for the facades' {@code write}: as
 * {@link DocumentBytes} does for bytes, each chunk the generator hands over from its own buffer
 * becomes a string at once (one byte a character when it is all Latin-1), and the document is
 * those strings joined once, into a string of exactly its length — directly the only chunk of a
 * short document; no growing buffer. Not thread-safe: one per document.
 */
public final class DocumentText extends Writer {
  private final List<String> chunks = new ArrayList<>();

  /** Creates an empty collector. */
  public DocumentText() {}

  @Override
  public void write(char[] cbuf, int off, int len) {
    if (len > 0) {
      chunks.add(new String(cbuf, off, len));
    }
  }

  @Override
  public void write(String str, int off, int len) {
    if (len > 0) {
      chunks.add(str.substring(off, off + len));
    }
  }

  @Override
  public void write(int c) {
    chunks.add(String.valueOf((char) c));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return chunks.size() == 1 ? chunks.get(0) : String.join("", chunks);
  }
}
