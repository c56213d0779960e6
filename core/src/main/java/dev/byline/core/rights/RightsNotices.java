package dev.byline.core.rights;

import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.YearRange;
import java.util.Objects;

/**
 * Reads the free text of a copyright or rights notice into a {@link RightsNotice}: holder, year or
 * years, "all rights reserved", the uses it forbids, and a Creative Commons licence — always keeping
 * the verbatim text.
 *
 * <pre>{@code
 * RightsNotice notice = RightsNotices.parse(
 *     "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may not be published,"
 *         + " broadcast, rewritten, or redistributed.").getNotice();
 * notice.permission(Use.REDISTRIBUTE); // PROHIBITED
 * }</pre>
 *
 * <h2>What it recognises</h2>
 *
 * <ul>
 *   <li><b>Copyright statements</b> opened by {@code ©}, {@code ⓒ}, {@code (c)}, {@code Copyright},
 *       {@code Copyright ©} (any letter case), with the year or years before or after the holder:
 *       {@code 2023}, ranges with a hyphen, en dash or em dash ({@code 2019–2023}, {@code 2001 - 2023},
 *       {@code 2023-24}), and lists ({@code 2019, 2021}, read as the range from the first to the last
 *       year, since a {@link YearRange} is one range). Holder names keep their commas, ampersands
 *       and abbreviations ({@code Inc.}, {@code Ltd.}, {@code GmbH}, {@code S.A.}, {@code Co.}); a
 *       holder written before the sign ({@code Sermitsiaq.gl © 2024}) is found too.
 *   <li><b>All rights reserved</b> in any letter case, and in German, French, Spanish, Italian,
 *       Portuguese, Dutch, Swedish, Danish, Norwegian, Polish, Czech, Lithuanian, Finnish, Hungarian,
 *       Russian, Ukrainian and Arabic.
 *   <li><b>Prohibitions</b>: a sentence with "may not be", "must not be", "cannot be", "prohibited",
 *       "unauthorized", "no reproduction", "without (the / prior / express / written) permission",
 *       "nicht gestattet", "untersagt" or "금지" forbids every use it
 *       names: publish / republication → {@link Use#PUBLISH}; broadcast / transmission →
 *       {@link Use#BROADCAST}; rewrite / modify / adapt → {@link Use#REWRITE}; redistribute /
 *       distribution / reproduction / copy → {@link Use#REDISTRIBUTE}; archive / store →
 *       {@link Use#ARCHIVE}. The wire-service line "may not be published, broadcast, rewritten or
 *       redistributed", with or without the serial comma and "without permission", forbids the four.
 *   <li><b>Creative Commons licences</b> by URL ({@code https://creativecommons.org/licenses/by-sa/4.0/})
 *       or by name ("Creative Commons Attribution-ShareAlike 4.0 International", "CC BY-NC 4.0",
 *       "CC0 1.0"), set as the canonical licence URI; a name without a version is read as 4.0.
 * </ul>
 *
 * <p>Anything else is kept in the verbatim text and listed by {@link RightsReading#getUnrecognised()};
 * nothing is guessed.
 *
 * <h2>Limits and cost</h2>
 *
 * <p>Reading never throws for any text (only {@code null} is refused). It uses no regular
 * expressions: a fixed set of phrase searches and one left-to-right pass, so the time is linear in
 * the length of the text, whatever it contains. Text over {@link dev.byline.Limits#MEDIUM_TEXT_MAX_LENGTH}
 * chars is read all the same; validation then reports it as too long for a notice.
 */
public final class RightsNotices {
  private RightsNotices() {}

  /**
   * Reads a notice. See the class description for what is recognised.
   *
   * @param text the notice as published; not {@code null}
   * @return the reading: the notice (with {@code text} set to {@code text} unless it is blank), the
   *     recognised stretches, the rest, and why there is no holder when there is none
   * @throws NullPointerException if {@code text} is {@code null}
   */
  public static RightsReading parse(String text) {
    Objects.requireNonNull(text, "text");
    return new NoticeReader(text).read();
  }
}
