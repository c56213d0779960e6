package dev.byline.serialization.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Timestamps as the interchange formats write them: RFC 3339 {@code date-time} (ninjs's
 * {@code date-time} format, schema.org {@code DateTime} in ISO 8601), which has four-digit years and
 * UTC offsets in whole minutes. Byline's validator refuses any other timestamp; for an article that
 * was not validated, an offset with seconds is written as the same instant in UTC, and a year outside
 * 0000–9999 is not written. Not part of the public API.
 */
public final class Timestamps {
  private Timestamps() {}

  /**
   * Whether a timestamp can be written as RFC 3339 as it is.
   *
   * @param t the timestamp
   * @return {@code true} for a year in 0000–9999 and an offset in whole minutes
   */
  public static boolean isRfc3339(OffsetDateTime t) {
    return t.getYear() >= 0 && t.getYear() <= 9999 && t.getOffset().getTotalSeconds() % 60 == 0;
  }

  /**
   * The RFC 3339 text of a timestamp: seconds always written, a fraction only when not zero; an
   * offset with seconds written as the same instant in UTC.
   *
   * @param t the timestamp
   * @return the text, or empty for a year outside 0000–9999 (also once in UTC)
   */
  public static Optional<String> rfc3339(OffsetDateTime t) {
    OffsetDateTime w = t.getOffset().getTotalSeconds() % 60 == 0 ? t : t.withOffsetSameInstant(ZoneOffset.UTC);
    if (w.getYear() < 0 || w.getYear() > 9999) {
      return Optional.empty();
    }
    return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(w));
  }
}
