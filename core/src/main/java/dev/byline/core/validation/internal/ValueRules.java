package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.CreativeCommonsLicense;
import dev.byline.Limits;
import dev.byline.RightsNotice;
import dev.byline.TextSpan;
import dev.byline.Use;
import dev.byline.YearRange;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rules of Byline's constraints on values other than text and URIs: {@code @ValidTextSpan},
 * {@code @ValidYearRange}, {@code @ConsistentRights}, {@code @ChronologicalDates} and
 * {@code @Rfc3339Timestamp}. Constant time each; shared by the constraint validators and
 * {@link FastValidator}.
 */
final class ValueRules {
  private ValueRules() {}

  /**
   * A span whose start is not before its end, reported on {@code end}. (A negative start is
   * {@code @PositiveOrZero}'s.)
   *
   * @param span the span; not {@code null}
   * @return a {@code beforeStart} finding, or {@code null}
   */
  static Finding textSpan(TextSpan span) {
    if (span.getStart() < span.getEnd()) {
      return null;
    }
    return Finding.of("{dev.byline.beforeStart}", span.getEnd()).with("start", span.getStart()).at("end");
  }

  /**
   * A year range out of order ({@code end.beforeStart}), starting before
   * {@link Limits#EARLIEST_YEAR} ({@code start.tooEarly}) or ending after next year
   * ({@code end.inFuture}).
   *
   * @param years the range; not {@code null}
   * @param nextYear next year by the validator's clock
   * @param out receives each finding
   */
  static void yearRange(YearRange years, int nextYear, Consumer<Finding> out) {
    if (years.getStart() > years.getEnd()) {
      out.accept(Finding.of("{dev.byline.beforeStart}", years.getEnd()).with("start", years.getStart()).at("end"));
    }
    if (years.getStart() < Limits.EARLIEST_YEAR) {
      out.accept(
          Finding.of("{dev.byline.tooEarly}", years.getStart()).with("earliest", Limits.EARLIEST_YEAR).at("start"));
    }
    if (years.getEnd() > nextYear) {
      out.accept(Finding.of("{dev.byline.inFuture}", years.getEnd()).with("latest", nextYear).at("end"));
    }
  }

  /**
   * A use both permitted and prohibited ({@code prohibitedUses.alsoPermitted}); "all rights reserved"
   * with a Creative Commons licence ({@code license.contradictsAllRightsReserved}).
   *
   * @param notice the notice; not {@code null}
   * @param out receives each finding
   */
  static void consistentRights(RightsNotice notice, Consumer<Finding> out) {
    if (!notice.getProhibitedUses().isEmpty() && !notice.getPermittedUses().isEmpty()) {
      Set<Use> both = EnumSet.noneOf(Use.class);
      both.addAll(notice.getProhibitedUses());
      both.retainAll(notice.getPermittedUses());
      if (!both.isEmpty()) {
        out.accept(Finding.of("{dev.byline.alsoPermitted}", both).with("uses", both.toString()).at("prohibitedUses"));
      }
    }
    if (notice.isAllRightsReserved() && notice.getCreativeCommonsLicense().isPresent()) {
      CreativeCommonsLicense licence = notice.getCreativeCommonsLicense().get();
      out.accept(
          Finding.of("{dev.byline.contradictsAllRightsReserved}", notice.getLicense().get())
              .with("licence", licence.name())
              .at("license"));
    }
  }

  /**
   * A modification time before the publication time, as instants, reported on {@code modified}.
   *
   * @param article the article; not {@code null}
   * @return a {@code beforePublished} finding, or {@code null}
   */
  static Finding chronologicalDates(Article article) {
    if (article.getPublished().isEmpty() || article.getModified().isEmpty()) {
      return null;
    }
    OffsetDateTime published = article.getPublished().get();
    OffsetDateTime modified = article.getModified().get();
    if (!modified.isBefore(published)) {
      return null;
    }
    return Finding.of("{dev.byline.beforePublished}", modified).with("published", published.toString()).at("modified");
  }

  /**
   * A timestamp RFC 3339 cannot write: its year, in its own offset, is not 0000 to
   * {@link Limits#LATEST_YEAR}, or its UTC offset is not in whole minutes.
   *
   * @param time the timestamp; not {@code null}
   * @return a {@code notRfc3339} finding, or {@code null}
   */
  static Finding rfc3339Timestamp(OffsetDateTime time) {
    int year = time.getYear();
    return year >= 0 && year <= Limits.LATEST_YEAR && time.getOffset().getTotalSeconds() % 60 == 0
        ? null
        : Finding.of("{dev.byline.notRfc3339}", time);
  }
}
