package dev.byline.json.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects the bytes of one document a generator writes, for the facades' {@code writeBytes}: the
 * generator fills its own (recycled) buffer and hands it over when full and when closed, so a
 * document shorter than that buffer arrives in one write and is kept as one exact-size copy, the
 * array returned — no growing buffer, no final copy. A longer document is kept as the chunks handed
 * over and joined once. Not thread-safe: one per document.
 */
public final class DocumentBytes extends OutputStream {
  private byte[] first;
  private List<byte[]> more;
  private int size;

  /** Creates an empty collector. */
  public DocumentBytes() {}

  @Override
  public void write(int b) {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (len == 0) {
      return;
    }
    byte[] chunk = Arrays.copyOfRange(b, off, off + len);
    if (first == null) {
      first = chunk;
    } else {
      if (more == null) {
        more = new ArrayList<>();
      }
      more.add(chunk);
    }
    size = Math.addExact(size, len);
  }

  /**
   * The bytes written, in order.
   *
   * @return the document; the collector must not be written to afterwards
   */
  public byte[] toByteArray() {
    if (first == null) {
      return new byte[0];
    }
    if (more == null) {
      return first;
    }
    byte[] all = Arrays.copyOf(first, size);
    int at = first.length;
    for (byte[] chunk : more) {
      System.arraycopy(chunk, 0, all, at, chunk.length);
      at += chunk.length;
    }
    return all;
  }
}
