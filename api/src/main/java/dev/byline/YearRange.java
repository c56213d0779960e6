package dev.byline;

import dev.byline.constraints.ValidYearRange;
import org.immutables.value.Value;

/**
 * The year or years of a copyright claim, as in "Copyright 2023" or "© 2019–2023": the schema.org
 * {@code copyrightYear} (one year) or a range of years.
 *
 * <p>A single year has {@code start == end}. Immutable and thread-safe; equal when both years are.
 * Validation ({@link ValidYearRange}) requires {@code start <= end}, no year before
 * {@link Limits#EARLIEST_YEAR} and none after next year.
 */
@Value.Immutable
@ValidYearRange
public abstract class YearRange {
  YearRange() {}

  /**
   * The first year of the claim.
   *
   * @return the first year, for example {@code 2019}
   */
  public abstract int getStart();

  /**
   * The last year of the claim; equal to {@link #getStart()} for a single year.
   *
   * @return the last year
   */
  public abstract int getEnd();

  /**
   * Tells whether the range is a single year.
   *
   * @return {@code true} when {@code start == end}
   */
  public final boolean isSingleYear() {
    return getStart() == getEnd();
  }

  /**
   * A single year.
   *
   * @param year the year, for example {@code 2023}
   * @return the range of that one year
   */
  public static YearRange of(int year) {
    return of(year, year);
  }

  /**
   * A range of years, both inclusive.
   *
   * @param start the first year
   * @param end the last year
   * @return the range (a reversed range is reported by validation, not here)
   */
  public static YearRange of(int start, int end) {
    return ImmutableYearRange.builder().start(start).end(end).build();
  }

  /**
   * Returns {@code 2023} for one year or {@code 2019–2023} (with an en dash) for a range.
   *
   * @return the years as a notice writes them
   */
  @Override
  public String toString() {
    return isSingleYear() ? Integer.toString(getStart()) : getStart() + "\u2013" + getEnd();
  }
}
