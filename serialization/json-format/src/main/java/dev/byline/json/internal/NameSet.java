package dev.byline.json.internal;

import java.util.HashSet;
import java.util.SplittableRandom;

/**
 * The property names seen in one JSON object, for the duplicate check. A plain {@code HashSet} of
 * strings hashes with {@link String#hashCode()}, whose collisions anyone can write ("Aa" and "BB"
 * hash alike, and so does every string of such pairs): a million such names in one object cost
 * {@code log n} each in the set's tree bins. Here each name is hashed with a seed drawn once per
 * JVM, so names chosen to collide in {@code String.hashCode} spread like any others and each check
 * costs constant time on average.
 */
final class NameSet {
  /** The seed of {@link #hash(String)}, odd, drawn once per JVM. */
  private static final long SEED = new SplittableRandom().nextLong() | 1L;

  private final HashSet<Key> names = new HashSet<>();

  /** A name with its seeded hash: equal when the names are equal. */
  private record Key(String name, int hash) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.hash == hash && k.name.equals(name);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * Adds a name.
   *
   * @param name the property's name
   * @return {@code false} when the object already had it (a duplicate)
   */
  boolean add(String name) {
    return names.add(new Key(name, hash(name)));
  }

  /** A hash of the chars mixed with the seed after each one, folded to 32 bits. */
  static int hash(String name) {
    long h = SEED;
    for (int i = 0; i < name.length(); i++) {
      h = (h ^ name.charAt(i)) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    h ^= h >>> 32;
    return (int) h;
  }
}
