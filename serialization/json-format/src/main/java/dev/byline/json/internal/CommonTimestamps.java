package dev.byline.json.internal;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Reads the common shape of a timestamp in one pass over its chars, without the general parser of
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}: {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of
 * one to nine digits, and {@code Z} or {@code ±HH:mm}. Every other text — another shape, a value out
 * of range, a date that does not exist — is left to that parser, which decides alone what is valid
 * and what its error says: where the two both read a text they give the same value.
 */
final class CommonTimestamps {
  private CommonTimestamps() {}

  /**
   * The timestamp {@code s} holds when it has the common shape and its values are in range, or
   * {@code null} when the general parser must decide.
   */
  static OffsetDateTime parse(String s) {
    int n = s.length();
    if (n < 20 || n > 35 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || i < n && isDigit(s.charAt(i))) {
        return null;
      }
      for (int k = i - start; k < 9; k++) {
        nano *= 10;
      }
    }
    ZoneOffset offset;
    if (i + 1 == n && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i + 6 == n && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int h = digits(s, i + 1, i + 3);
      int m = digits(s, i + 4, i + 6);
      if ((h | m) < 0) {
        return null;
      }
      try {
        offset = s.charAt(i) == '+' ? ZoneOffset.ofHoursMinutes(h, m) : ZoneOffset.ofHoursMinutes(-h, -m);
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
