package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The code-point index gives the same {@code char} offsets as {@link String#offsetByCodePoints} and
 * the same length as {@link String#codePointCount}, with emoji, lone high and low surrogates and
 * plain text mixed.
 */
class CodePointIndexTest {
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void offsetsAreThoseOfOffsetByCodePoints(long seed) {
    Random r = new Random(seed);
    String[] pieces = {"a", "é", "\uD83D\uDE00", "\uD800", "\uDC00", " "};
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(30); i > 0; i--) {
      b.append(pieces[r.nextInt(pieces.length)]);
    }
    String text = b.toString();

    CodePointIndex index = CodePointIndex.of(text);

    assertThat(index.length()).isEqualTo(text.codePointCount(0, text.length()));
    for (int k = 0; k <= index.length(); k++) {
      assertThat(index.charOffset(k)).as("offset %d in %s", k, text).isEqualTo(text.offsetByCodePoints(0, k));
    }
  }
}
