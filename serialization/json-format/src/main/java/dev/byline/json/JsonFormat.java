package dev.byline.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Byline's JSON format: the lossless form in which news articles — and every other Byline model
 * value — travel between systems. Its version, its JSON Schema, and the rules that do not fit a
 * schema are here; reading and writing go through a binding of a JSON library — {@code ArticleJson}
 * and {@code BylineJsonModule} in {@code dev.byline.serialization.json} on Jackson 3, the classes of
 * the same names in {@code dev.byline.jackson2} on Jackson 2 — which drives the one reader and
 * writer of the format kept in this module: both write the same bytes and refuse the same documents
 * with the same {@link ArticleJsonException}.
 *
 * <p>An article in Byline JSON always carries {@code formatVersion}: written first, and required on
 * reading, whether the article is the whole document or embedded in another one.
 *
 * <p>The rules every binding keeps, beyond the JSON Schema ({@link #schema()}):
 *
 * <ul>
 *   <li>{@code formatVersion} is {@code "1."} followed by ASCII digits; a newer major version is
 *       refused with {@link ArticleJsonException.Kind#UNSUPPORTED_VERSION}.
 *   <li>Unknown or duplicate properties (also inside values lenient reading skips), {@code null},
 *       empty lists, wrong JSON types, unknown words, malformed timestamps or URIs and lone
 *       surrogates are refused.
 *   <li>Timestamps are RFC 3339 with seconds and an offset, and a four-digit year (0000 to
 *       {@value #LATEST_YEAR}).
 *   <li>Input is bounded by {@link JsonLimits} and by the model's counts ({@link dev.byline.Limits}):
 *       more paragraphs, quotations, contributors, media items or tags than it allows are refused
 *       as they are read, at the first one too many, before it is built — so strict reading of any
 *       document within the limits needs a heap of at most 4 times the document's size plus a
 *       constant, and time linear in its length.
 *   <li>Every error carries a JSON Pointer that names something in the input, and its line and
 *       column.
 * </ul>
 */
public final class JsonFormat {
  /** The format version written: {@value}. */
  public static final String FORMAT_VERSION = "1.0";

  /** The major format version read; documents of a newer major version are refused. */
  public static final int FORMAT_MAJOR = 1;

  /** The latest year a timestamp may carry: {@value} (RFC 3339 years have four digits). */
  public static final int LATEST_YEAR = 9999;

  /** Class-path resource of the format's JSON Schema (2020-12), in this module's jar. */
  public static final String SCHEMA_RESOURCE = "/dev/byline/json/byline-article-1.schema.json";

  private JsonFormat() {}

  /**
   * The format's JSON Schema (2020-12), as shipped at {@value #SCHEMA_RESOURCE}; read through this
   * method it is found on the module path too, where the jar's resources are encapsulated.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = JsonFormat.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE + " in byline-json-format");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
