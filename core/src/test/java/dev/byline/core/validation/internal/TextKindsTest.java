package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a reader records of a string ({@link TextKinds#of}) must agree with the text rules it lets
 * validation skip: a control character exactly where {@link TextRules#controlCharacter} finds one,
 * a line break exactly where {@link TextRules#lineBreak} does — for every char, alone and between
 * letters, and for surrogates paired and unpaired.
 */
class TextKindsTest {
  @Test
  void everyCharIsClassedAsTheTextRulesClassIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (String text : new String[] {String.valueOf((char) c), "ab" + (char) c + "cd"}) {
        int kinds = TextKinds.of(text);

        assertThat((kinds & TextKinds.CONTROL_CHARACTER) != 0)
            .as("control character U+%04X", c)
            .isEqualTo(TextRules.controlCharacter(text) != null);
        assertThat((kinds & TextKinds.LINE_BREAK) != 0)
            .as("line break U+%04X", c)
            .isEqualTo(TextRules.lineBreak(text) != null);
        assertThat((kinds & TextKinds.UNPAIRED_SURROGATE) != 0)
            .as("unpaired surrogate U+%04X", c)
            .isEqualTo(Character.isSurrogate((char) c));
      }
    }
  }

  @Test
  void plainTextHoldsNothingAnyRuleLooksFor() {
    assertThat(TextKinds.of("“Forecasts are unreliable,” she said\t— 10 °C in Zürich, 😀.")).isEqualTo(TextKinds.NONE);
    assertThat(TextKinds.of("")).isEqualTo(TextKinds.NONE);
  }

  @Test
  void aPairedSurrogateIsACharacterButEitherHalfAloneIsNot() {
    assertThat(TextKinds.of("\uD83D\uDE00")).isEqualTo(TextKinds.NONE);
    assertThat(TextKinds.of("\uDE00\uD83D")).isEqualTo(TextKinds.UNPAIRED_SURROGATE | TextKinds.CONTROL_CHARACTER);
    assertThat(TextKinds.of("x\uD83D")).isEqualTo(TextKinds.UNPAIRED_SURROGATE | TextKinds.CONTROL_CHARACTER);
    assertThat(TextKinds.unpairedSurrogateIndex("\uD83D\uDE00 x\uDE00")).isEqualTo(4);
    assertThat(TextKinds.unpairedSurrogateIndex("\uD83D\uDE00")).isEqualTo(-1);
  }

  @Test
  void kindsAddUpOverOneText() {
    assertThat(TextKinds.of("a\nb\u0007c")).isEqualTo(TextKinds.LINE_BREAK | TextKinds.CONTROL_CHARACTER);
    assertThat(TextKinds.of("a\r\nb")).isEqualTo(TextKinds.LINE_BREAK | TextKinds.CONTROL_CHARACTER);
    assertThat(TextKinds.of("a\u2029b")).isEqualTo(TextKinds.LINE_BREAK);
  }
}
