package dev.byline.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameSetTest {

  /** The 2^pairs names made of "Aa" and "BB": all share one {@link String#hashCode()}. */
  static Set<String> colliding(int pairs) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 1 << pairs; i++) {
      StringBuilder b = new StringBuilder();
      for (int bit = 0; bit < pairs; bit++) {
        b.append((i >> bit & 1) == 0 ? "Aa" : "BB");
      }
      names.add(b.toString());
    }
    return names;
  }

  @Test
  void aNameTwiceIsADuplicateAndDistinctNamesAreNot() {
    NameSet names = new NameSet();

    assertThat(names.add("headline")).isTrue();
    assertThat(names.add("Headline")).isTrue();
    assertThat(names.add("headline")).isFalse();
    assertThat(names.add("")).isTrue();
    assertThat(names.add("")).isFalse();
  }

  @Test
  void namesThatCollideInStringHashCodeSpreadOverTheSeededHash() {
    Set<String> names = colliding(10);
    Set<Integer> stringHashes = new HashSet<>();
    Set<Integer> seededHashes = new HashSet<>();
    for (String name : names) {
      stringHashes.add(name.hashCode());
      seededHashes.add(NameSet.hash(name));
    }

    assertThat(names).hasSize(1024);
    assertThat(stringHashes).hasSize(1);
    // 1,024 values of a 32-bit hash collide with a chance of about one in 8,000 per pair drawn
    assertThat(seededHashes.size()).isGreaterThanOrEqualTo(1000);
  }

  @Test
  void everyCollidingNameIsAddedOnceAndRefusedTheSecondTime() {
    NameSet set = new NameSet();
    Set<String> names = colliding(12);
    for (String name : names) {
      assertThat(set.add(name)).isTrue();
    }
    for (String name : names) {
      assertThat(set.add(new String(name.toCharArray()))).isFalse();
    }
  }
}
