package dev.byline.spark;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The formats {@link BylineJob} reads, and how a file's format is recognised: by the ending of its
 * name (case-insensitive), and for {@code .json} by its content.
 *
 * <ul>
 *   <li>{@code .txt} — {@link #WIRE_TEXT}, one article in the plain-text layout of wire copy;
 *   <li>{@code .jsonl}, {@code .ndjson} — {@link #BYLINE_JSON_LINES}, one Byline JSON article per line
 *       (an empty last line after the final line break is not a record);
 *   <li>{@code .jsonld} — {@link #SCHEMA_ORG_JSON_LD}, one JSON-LD block;
 *   <li>{@code .html}, {@code .htm} — {@link #HTML_PAGE}, a news page, read by its JSON-LD and meta tags;
 *   <li>{@code .json} — by the top-level object's keys: one starting with {@code @} ({@code @context},
 *       {@code @type}, {@code @graph}), or a top-level array, makes it {@link #SCHEMA_ORG_JSON_LD};
 *       a {@code formatVersion} key makes it {@link #BYLINE_JSON}; anything else is {@link #NINJS}.
 * </ul>
 *
 * <p>Any other file is not read and is reported as a reject ({@code UNKNOWN_FORMAT}); files and
 * folders whose names start with {@code .} or {@code _} are hidden (as Hadoop hides {@code _SUCCESS}
 * and {@code .crc} files) and not looked at.
 */
public enum InputFormat {
  /** Plain-text wire copy: headline, credit, paragraphs, tags line, notice ({@code ArticleText}). */
  WIRE_TEXT,
  /** Byline JSON Lines: one Byline JSON article per line ({@code ArticleJson}, on Jackson 2). */
  BYLINE_JSON_LINES,
  /** One Byline JSON article in a {@code .json} file. */
  BYLINE_JSON,
  /** One IPTC ninjs document (2.x or 3.x). */
  NINJS,
  /** One schema.org JSON-LD block holding an {@code Article} or {@code NewsArticle}. */
  SCHEMA_ORG_JSON_LD,
  /** A news page in HTML, read by its JSON-LD blocks and its Open Graph and {@code article:} meta tags. */
  HTML_PAGE;

  /**
   * The format a file name's ending gives, before looking at the content.
   *
   * @param fileName the file's name or path; not {@code null}
   * @return the format, {@link #BYLINE_JSON} standing for every {@code .json} file until its content
   *     is looked at; empty for a name no format reads
   */
  public static Optional<InputFormat> byName(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".txt")) {
      return Optional.of(WIRE_TEXT);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return Optional.of(BYLINE_JSON_LINES);
    }
    if (name.endsWith(".jsonld")) {
      return Optional.of(SCHEMA_ORG_JSON_LD);
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return Optional.of(HTML_PAGE);
    }
    if (name.endsWith(".json")) {
      return Optional.of(BYLINE_JSON);
    }
    return Optional.empty();
  }

  /**
   * The name of this format in the job's tables: lower case, hyphenated ({@code "byline-json-lines"}).
   *
   * @return the word
   */
  public String word() {
    return ArticleRows.word(this);
  }
}
