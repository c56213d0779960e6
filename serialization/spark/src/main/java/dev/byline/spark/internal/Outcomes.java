package dev.byline.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.byline.Use;
import dev.byline.spark.ArticleSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of what reading one input record gives: where it came from, and either the article
 * (with the answers of its rights for every use) or why it was rejected.
 */
public final class Outcomes {
  /** The column of the answer for {@code use}: {@code redistribute}, {@code commercialUse}. */
  public static String useColumn(Use use) {
    String[] parts = use.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }

  /** The answers of an article's rights for every use, one column per {@link Use}. */
  public static final StructType ANSWERS = answers();

  /** One outcome per input record. */
  public static final StructType SCHEMA =
      createStructType(new StructField[] {
        createStructField("sourceFile", StringType, false),
        createStructField("sourceRecord", IntegerType, false),
        createStructField("sourceFormat", StringType, true),
        createStructField("articleKey", StringType, false),
        createStructField("article", ArticleSchema.ARTICLE, true),
        createStructField("quotesFound", BooleanType, true),
        createStructField("answers", ANSWERS, true),
        createStructField("heldBackReason", StringType, true),
        createStructField("rejectKind", StringType, true),
        createStructField("rejectPointer", StringType, true),
        createStructField("rejectLine", IntegerType, true),
        createStructField("rejectColumn", IntegerType, true),
        createStructField("rejectMessage", StringType, true)
      });

  private Outcomes() {}

  private static StructType answers() {
    List<StructField> fields = new ArrayList<>();
    for (Use use : Use.values()) {
      fields.add(createStructField(useColumn(use), StringType, false));
    }
    return createStructType(fields);
  }
}
