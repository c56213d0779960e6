package dev.byline.core.validation.internal;

import java.util.Arrays;
import java.util.List;

/**
 * Tells, for many patterns at once, whether each occurs in the headline or in one of the paragraphs
 * ({@link String#contains} on each part, without a search per pattern): an Aho–Corasick automaton
 * over the distinct patterns, then one pass over the text. Time linear in the text plus the
 * patterns (plus sorting the patterns); memory about 15 bytes per character of distinct pattern.
 *
 * <p>To bound that memory, patterns are taken in batches of at most {@value #BATCH_CHARS} distinct
 * characters, one pass over the text per batch; up to that many characters of distinct pattern
 * (about 4 MB of unlocated quotation text) the cost stays one pass.
 */
final class TextSearch {
  /** Most characters of distinct patterns per automaton (and per pass over the text). */
  static final int BATCH_CHARS = 1 << 22;

  private static final byte TERMINAL = 1;
  private static final byte FOUND = 2;

  private TextSearch() {}

  /**
   * For each pattern, whether it occurs in {@code headline} or in one of {@code paragraphs}.
   *
   * @param patterns the patterns; not {@code null}
   * @param headline the headline
   * @param paragraphs the paragraphs
   * @return one flag per pattern, {@code true} where it occurs
   */
  static boolean[] occurrences(String[] patterns, String headline, List<String> paragraphs) {
    int p = patterns.length;
    Integer[] order = new Integer[p];
    for (int i = 0; i < p; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> patterns[a].compareTo(patterns[b]));
    String[] distinct = new String[p];
    int[] distinctOf = new int[p];
    int d = 0;
    for (Integer i : order) {
      if (d == 0 || !patterns[i].equals(distinct[d - 1])) {
        distinct[d++] = patterns[i];
      }
      distinctOf[i] = d - 1;
    }
    boolean[] distinctFound = new boolean[d];
    int start = 0;
    if (d > 0 && distinct[0].isEmpty()) {
      distinctFound[0] = true; // the empty text is contained in every text
      start = 1;
    }
    while (start < d) {
      long chars = distinct[start].length();
      int end = start + 1;
      while (end < d && chars + distinct[end].length() <= BATCH_CHARS) {
        chars += distinct[end].length();
        end++;
      }
      new Automaton(distinct, start, end, (int) chars).search(headline, paragraphs, distinctFound);
      start = end;
    }
    boolean[] found = new boolean[p];
    for (int i = 0; i < p; i++) {
      found[i] = distinctFound[distinctOf[i]];
    }
    return found;
  }

  /** The automaton of the sorted, distinct, non-empty {@code patterns[from, to)}. */
  private static final class Automaton {
    private final int from;
    private final int[] nodeOf;
    private final char[] label;
    private final int[] firstChild;
    private final int[] fail;
    private final int[] out;
    private final byte[] flags;
    private int size;
    private int remaining;

    Automaton(String[] patterns, int from, int to, int chars) {
      this.from = from;
      int capacity = chars + 1;
      nodeOf = new int[to - from];
      label = new char[capacity];
      firstChild = new int[capacity + 1];
      fail = new int[capacity];
      out = new int[capacity];
      flags = new byte[capacity];
      build(patterns, from, to);
      link();
      remaining = to - from;
    }

    /**
     * The trie, breadth first: the nodes of one depth are the runs of sorted patterns that share
     * a prefix of that length, so the children of a node get consecutive ids, in label order.
     */
    private void build(String[] patterns, int from, int to) {
      int[] lo = {from};
      int[] hi = {to};
      int levelStart = 0;
      int levelEnd = 1;
      size = 1;
      for (int depth = 0; levelStart < levelEnd; depth++) {
        int[] nextLo = new int[Math.max(1, levelEnd - levelStart)];
        int[] nextHi = new int[nextLo.length];
        int next = 0;
        for (int v = levelStart; v < levelEnd; v++) {
          int a = lo[v - levelStart];
          int b = hi[v - levelStart];
          firstChild[v] = size;
          if (patterns[a].length() == depth) {
            flags[v] |= TERMINAL;
            nodeOf[a - this.from] = v;
            a++;
          }
          while (a < b) {
            char c = patterns[a].charAt(depth);
            int e = a + 1;
            while (e < b && patterns[e].charAt(depth) == c) {
              e++;
            }
            if (next == nextLo.length) {
              nextLo = Arrays.copyOf(nextLo, next * 2);
              nextHi = Arrays.copyOf(nextHi, next * 2);
            }
            nextLo[next] = a;
            nextHi[next] = e;
            next++;
            label[size++] = c;
            a = e;
          }
        }
        lo = nextLo;
        hi = nextHi;
        levelStart = levelEnd;
        levelEnd = size;
      }
      firstChild[size] = size;
    }

    /** Failure and output links, breadth first. */
    private void link() {
      out[0] = -1;
      for (int v = 0; v < size; v++) {
        for (int u = firstChild[v]; u < firstChild[v + 1]; u++) {
          int f = 0;
          if (v != 0) {
            f = fail[v];
            int w;
            while ((w = child(f, label[u])) < 0 && f != 0) {
              f = fail[f];
            }
            f = Math.max(w, 0);
          }
          fail[u] = f;
          out[u] = (flags[f] & TERMINAL) != 0 ? f : out[f];
        }
      }
    }

    private int child(int node, char c) {
      int lo = firstChild[node];
      int hi = firstChild[node + 1] - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        char m = label[mid];
        if (m < c) {
          lo = mid + 1;
        } else if (m > c) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    void search(String headline, List<String> paragraphs, boolean[] found) {
      if (!scan(headline)) {
        for (String paragraph : paragraphs) {
          if (scan(paragraph)) {
            break;
          }
        }
      }
      for (int k = 0; k < nodeOf.length; k++) {
        found[from + k] = (flags[nodeOf[k]] & FOUND) != 0;
      }
    }

    /** Marks the patterns found in {@code text}; {@code true} once every pattern is found. */
    private boolean scan(String text) {
      int s = 0;
      int n = text.length();
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        int w;
        while ((w = child(s, c)) < 0 && s != 0) {
          s = fail[s];
        }
        s = Math.max(w, 0);
        int t = (flags[s] & TERMINAL) != 0 ? s : out[s];
        while (t > 0 && (flags[t] & FOUND) == 0) {
          flags[t] |= FOUND;
          if (--remaining == 0) {
            return true;
          }
          t = out[t];
        }
      }
      return false;
    }
  }
}
