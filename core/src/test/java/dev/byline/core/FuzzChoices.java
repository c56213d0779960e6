package dev.byline.core;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.byline.fixtures.Choices;

/** Jazzer's fuzzer input as {@link Choices} for the article generator. */
public final class FuzzChoices implements Choices {
  private final FuzzedDataProvider data;

  /**
   * Wraps the fuzzer's data.
   *
   * @param data the fuzzer's input
   */
  public FuzzChoices(FuzzedDataProvider data) {
    this.data = data;
  }

  @Override
  public int pick(int bound) {
    return data.consumeInt(0, bound - 1);
  }
}
