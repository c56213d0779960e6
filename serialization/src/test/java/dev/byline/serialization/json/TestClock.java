package dev.byline.serialization.json;

import dev.byline.core.validation.ArticleValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A fixed "now" (2026-06-01) so that "not after next year" does not depend on the day tests run. */
final class TestClock {
  static final ArticleValidator VALIDATOR =
      ArticleValidator.withClock(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC));

  private TestClock() {}
}
