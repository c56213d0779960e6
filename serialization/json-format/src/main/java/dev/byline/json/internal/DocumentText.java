package dev.byline.json.internal;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the text of one document a generator writes, for the facades' {@code write}: as
 * {@link DocumentBytes} does for bytes, a document shorter than the generator's own buffer arrives in
 * one write and becomes the string directly; a longer one is kept as chunks and joined once. Not
 * thread-safe: one per document.
 */
public final class DocumentText extends Writer {
  private String first;
  private List<String> more;
  private int size;

  /** Creates an empty collector. */
  public DocumentText() {}

  @Override
  public void write(char[] cbuf, int off, int len) {
    if (len > 0) {
      add(new String(cbuf, off, len));
    }
  }

  @Override
  public void write(String str, int off, int len) {
    if (len > 0) {
      add(str.substring(off, off + len));
    }
  }

  @Override
  public void write(int c) {
    add(String.valueOf((char) c));
  }

  private void add(String chunk) {
    if (first == null) {
      first = chunk;
    } else {
      if (more == null) {
        more = new ArrayList<>();
      }
      more.add(chunk);
    }
    size = Math.addExact(size, chunk.length());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    if (first == null) {
      return "";
    }
    if (more == null) {
      return first;
    }
    StringBuilder all = new StringBuilder(size).append(first);
    for (String chunk : more) {
      all.append(chunk);
    }
    return all.toString();
  }
}
