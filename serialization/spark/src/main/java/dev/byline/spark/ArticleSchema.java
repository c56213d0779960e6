package dev.byline.spark;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark SQL schema of a Byline {@code Article} (schema.org {@code NewsArticle}, IPTC ninjs
 * {@code item}): one column per property of Byline's JSON format, under the same names and in the
 * same order, nested as the format nests them — quotations with their attribution, speaker and
 * location, media items with their own rights, tags, contributors, the publisher and the rights
 * notice.
 *
 * <p>Because names and nesting are those of the JSON format,
 * {@code spark.read().schema(ArticleSchema.ARTICLE).json(path)} loads Byline JSON Lines (one
 * article per line, as {@code ArticleJson} writes them) into rows that {@link ArticleRows#fromRow}
 * turns back into articles, and Parquet written from these rows keeps every field.
 *
 * <p>How values are held: text, URIs and enum words are strings (the enum words of the JSON format:
 * {@code "partial"}, {@code "commercial-use"}); timestamps are strings in RFC 3339 form with the
 * article's own UTC offset ({@code 2022-01-10T15:30:00+01:00}), because Spark's {@code TimestampType}
 * keeps the instant but loses the offset; a quotation location and a year range are integers; an
 * absent value or an empty list is {@code null}, as the JSON format leaves it out. A person or an
 * organisation (ninjs {@code person} / {@code organisation}, schema.org {@code Person} /
 * {@code Organization}) is one struct ({@link #AGENT}) whose {@code type} column says which it is;
 * the columns only a person has ({@code title}, {@code affiliation}) are {@code null} for an
 * organisation.
 */
public final class ArticleSchema {
  /** The format version written in the {@code formatVersion} column: {@value}, as in Byline JSON. */
  public static final String FORMAT_VERSION = "1.0";

  /**
   * An organisation (schema.org {@code Organization}): {@code type} ({@code "organization"}),
   * {@code name}, {@code identifier}.
   */
  public static final StructType ORGANIZATION =
      struct(text("type"), text("name"), text("identifier"));

  /**
   * A person or an organisation (schema.org {@code Person} or {@code Organization}): {@code type}
   * ({@code "person"} or {@code "organization"}), {@code name}, {@code title} (schema.org
   * {@code jobTitle}), {@code affiliation} (an {@link #ORGANIZATION}), {@code identifier}.
   */
  public static final StructType AGENT =
      struct(text("type"), text("name"), text("title"), field("affiliation", ORGANIZATION), text("identifier"));

  /** A contributor (schema.org {@code author}, {@code editor}, …): {@code agent} ({@link #AGENT}), {@code role}. */
  public static final StructType CONTRIBUTOR = struct(field("agent", AGENT), text("role"));

  /**
   * Who said a quotation and how: {@code source} ({@link #AGENT}, schema.org {@code spokenByCharacter};
   * {@code null} when the speaker is unknown), {@code cue} ("said"), {@code context}.
   */
  public static final StructType ATTRIBUTION = struct(field("source", AGENT), text("cue"), text("context"));

  /**
   * Where a quotation stands in the text, in Unicode code points (W3C Web Annotation
   * {@code TextPositionSelector}): {@code paragraph} (from 0; {@code null} for the headline),
   * {@code start}, {@code end}.
   */
  public static final StructType LOCATION =
      struct(integer("paragraph"), integer("start"), integer("end"));

  /**
   * A quotation (schema.org {@code Quotation}): {@code text}, {@code kind} ({@code "full"} or
   * {@code "partial"}), {@code attribution} ({@link #ATTRIBUTION}), {@code location} ({@link #LOCATION}).
   */
  public static final StructType QUOTE =
      struct(text("text"), text("kind"), field("attribution", ATTRIBUTION), field("location", LOCATION));

  /** The years of a copyright (schema.org {@code copyrightYear}): {@code start}, {@code end}. */
  public static final StructType YEARS = struct(integer("start"), integer("end"));

  /**
   * A rights notice (ninjs {@code rightsinfo}, schema.org {@code copyrightNotice},
   * {@code copyrightHolder}, {@code license}; an ODRL policy's prohibitions and permissions):
   * {@code text}, {@code holder}, {@code years} ({@link #YEARS}), {@code allRightsReserved},
   * {@code prohibitedUses} and {@code permittedUses} (arrays of use words such as
   * {@code "redistribute"}), {@code license}, {@code usageTerms}.
   */
  public static final StructType RIGHTS =
      struct(
          text("text"),
          text("holder"),
          field("years", YEARS),
          createStructField("allRightsReserved", BooleanType, true),
          field("prohibitedUses", createArrayType(StringType, true)),
          field("permittedUses", createArrayType(StringType, true)),
          text("license"),
          text("usageTerms"));

  /**
   * A media item (schema.org {@code ImageObject}, {@code VideoObject}, {@code AudioObject}):
   * {@code kind}, {@code url}, {@code caption}, {@code altText}, {@code credit}, {@code rights}
   * ({@link #RIGHTS}).
   */
  public static final StructType MEDIA =
      struct(text("kind"), text("url"), text("caption"), text("altText"), text("credit"), field("rights", RIGHTS));

  /** A tag (schema.org {@code keywords}, ninjs {@code subjects}): {@code label}, {@code kind}, {@code scheme}. */
  public static final StructType TAG = struct(text("label"), text("kind"), text("scheme"));

  /**
   * The whole article: {@code formatVersion}, {@code id}, {@code url}, {@code headline},
   * {@code subheadline}, {@code language}, {@code section}, {@code dateline}, {@code published},
   * {@code modified}, {@code contributors}, {@code publisher}, {@code paragraphs}, {@code quotes},
   * {@code media}, {@code tags}, {@code rights} — Byline JSON's article properties, in its order.
   */
  public static final StructType ARTICLE =
      struct(
          text("formatVersion"),
          text("id"),
          text("url"),
          text("headline"),
          text("subheadline"),
          text("language"),
          text("section"),
          text("dateline"),
          text("published"),
          text("modified"),
          field("contributors", createArrayType(CONTRIBUTOR, true)),
          field("publisher", ORGANIZATION),
          field("paragraphs", createArrayType(StringType, true)),
          field("quotes", createArrayType(QUOTE, true)),
          field("media", createArrayType(MEDIA, true)),
          field("tags", createArrayType(TAG, true)),
          field("rights", RIGHTS));

  private ArticleSchema() {}

  private static StructType struct(StructField... fields) {
    return createStructType(fields);
  }

  private static StructField text(String name) {
    return createStructField(name, StringType, true);
  }

  private static StructField integer(String name) {
    return createStructField(name, IntegerType, true);
  }

  private static StructField field(String name, DataType type) {
    return createStructField(name, type, true);
  }
}
