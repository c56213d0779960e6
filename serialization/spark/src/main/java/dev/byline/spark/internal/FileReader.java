package dev.byline.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.byline.Article;
import dev.byline.Permission;
import dev.byline.Quote;
import dev.byline.Use;
import dev.byline.core.quotes.QuoteFinder;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import dev.byline.jackson2.ArticleJson;
import dev.byline.json.ArticleJsonException;
import dev.byline.serialization.ninjs.Ninjs;
import dev.byline.serialization.ninjs.NinjsException;
import dev.byline.serialization.schemaorg.SchemaOrg;
import dev.byline.serialization.schemaorg.SchemaOrgException;
import dev.byline.serialization.text.ArticleText;
import dev.byline.serialization.text.ArticleTextException;
import dev.byline.spark.ArticleRows;
import dev.byline.spark.InputFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;

/**
 * Reads one input file into outcome rows ({@link Outcomes#SCHEMA}): one per record — a line of a
 * JSON Lines file, the whole of any other file — holding the article or the reason it was rejected.
 * Never throws for bad input.
 */
public final class FileReader {
  /** Most violations a reject's message lists. */
  static final int MESSAGE_VIOLATIONS = 10;

  private static final JsonFactory JSON = new JsonFactory();

  private FileReader() {}

  /**
   * Reads a file.
   *
   * @param file the file's path, as it appears in the tables
   * @param bytes its content
   * @return one outcome row per record
   */
  public static List<Row> read(String file, byte[] bytes) {
    Optional<InputFormat> byName = InputFormat.byName(file);
    if (byName.isEmpty()) {
      return List.of(reject(file, 1, null, "UNKNOWN_FORMAT", null, null, null,
          "not a format the job reads (.txt, .jsonl, .ndjson, .json, .jsonld, .html, .htm)"));
    }
    InputFormat format = byName.get();
    if (format == InputFormat.BYLINE_JSON_LINES) {
      return jsonLines(file, bytes);
    }
    String text;
    try {
      text = utf8(bytes);
    } catch (CharacterCodingException e) {
      return List.of(reject(file, 1, format, "MALFORMED_UTF8", null, null, null, "not UTF-8 text: " + e.getMessage()));
    }
    if (format == InputFormat.BYLINE_JSON) {
      format = sniff(text);
    }
    return List.of(record(file, 1, format, text));
  }

  private static List<Row> jsonLines(String file, byte[] bytes) {
    List<Row> out = new ArrayList<>();
    int start = 0;
    int line = 1;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      byte[] record = java.util.Arrays.copyOfRange(bytes, start, end);
      out.add(jsonLine(file, line, record));
      start = end + 1;
      line++;
    }
    if (bytes.length == 0) {
      out.add(reject(file, 1, InputFormat.BYLINE_JSON_LINES, "EMPTY_INPUT", null, 1, 1, "the file is empty"));
    }
    return out;
  }

  private static Row jsonLine(String file, int line, byte[] record) {
    try {
      Article article = ArticleJson.standard().read(record);
      return article(file, line, InputFormat.BYLINE_JSON_LINES, article);
    } catch (ArticleJsonException e) {
      // a record is one line: its line is the file's line, its column the record's
      return reject(file, line, InputFormat.BYLINE_JSON_LINES, e.getKind().name(), e.getPointer(),
          e.getLine() > 0 ? line + e.getLine() - 1 : line, e.getColumn() > 0 ? e.getColumn() : null, e.getMessage());
    } catch (RuntimeException e) {
      return unexpected(file, line, InputFormat.BYLINE_JSON_LINES, e);
    }
  }

  private static Row record(String file, int record, InputFormat format, String text) {
    try {
      switch (format) {
        case WIRE_TEXT:
          return validated(file, record, format, ArticleText.standard().read(text).getArticle());
        case BYLINE_JSON:
          return article(file, record, format, ArticleJson.standard().read(text));
        case NINJS:
          return validated(file, record, format, Ninjs.read(text).getValue());
        case SCHEMA_ORG_JSON_LD:
          return validated(file, record, format, SchemaOrg.read(text).getArticle());
        case HTML_PAGE:
          return validated(file, record, format, SchemaOrg.readPage(text).getArticle());
        default:
          throw new IllegalStateException("no reader for " + format);
      }
    } catch (ArticleJsonException e) {
      return reject(file, record, format, e.getKind().name(), e.getPointer(), positive(e.getLine()), positive(e.getColumn()), e.getMessage());
    } catch (ArticleTextException e) {
      return reject(file, record, format, e.getKind().name(), null, positive(e.getLine()), null, e.getMessage());
    } catch (NinjsException e) {
      return reject(file, record, format, e.getKind().name(), e.getPointer(), positive(e.getLine()), positive(e.getColumn()), e.getMessage());
    } catch (SchemaOrgException e) {
      return reject(file, record, format, e.getKind().name(), null, null, null, e.getMessage());
    } catch (RuntimeException e) {
      return unexpected(file, record, format, e);
    }
  }

  private static Integer positive(int value) {
    return value > 0 ? value : null;
  }

  /** Articles from readers other than Byline JSON's (which validates) are validated here. */
  private static Row validated(String file, int record, InputFormat format, Article article) {
    ValidationReport report = ArticleValidator.create().validate(article);
    if (!report.isValid()) {
      List<Violation> violations = report.getViolations();
      StringBuilder message = new StringBuilder("the article breaks " + violations.size() + " content rule(s): ");
      for (int i = 0; i < Math.min(MESSAGE_VIOLATIONS, violations.size()); i++) {
        Violation v = violations.get(i);
        message.append(i == 0 ? "" : "; ").append(v.getJsonPointer()).append(": ").append(v.getMessage())
            .append(" [").append(v.getCode()).append(']');
      }
      return reject(file, record, format, "INVALID_CONTENT", violations.get(0).getJsonPointer(), null, null, message.toString());
    }
    return article(file, record, format, article);
  }

  private static Row article(String file, int record, InputFormat format, Article read) {
    Article article = read;
    boolean found = false;
    if (read.getQuotes().isEmpty()) {
      List<Quote> quotes = QuoteFinder.find(read);
      if (!quotes.isEmpty()) {
        article = read.toBuilder().quotes(quotes).build();
        found = true;
      }
    }
    Object[] answers = new Object[Use.values().length];
    for (Use use : Use.values()) {
      answers[use.ordinal()] = word(article.permission(use));
    }
    return new GenericRowWithSchema(new Object[] {
      file, record, format.word(), key(file, record), ArticleRows.toRow(article), found,
      new GenericRowWithSchema(answers, Outcomes.ANSWERS), heldBackReason(article),
      null, null, null, null, null
    }, Outcomes.SCHEMA);
  }

  /** Why an article is left out of the redistributable subset; {@code null} when it is not. */
  static String heldBackReason(Article article) {
    Permission answer = article.permission(Use.REDISTRIBUTE);
    if (answer == Permission.PERMITTED) {
      return null;
    }
    if (answer == Permission.PROHIBITED) {
      return "redistribution prohibited by the rights notice";
    }
    return article.getRights().isPresent() ? "the rights notice does not grant redistribution (ask the holder)"
        : "no rights notice (ask the publisher)";
  }

  private static String word(Permission permission) {
    return permission.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Row unexpected(String file, int record, InputFormat format, RuntimeException e) {
    return reject(file, record, format, "UNEXPECTED", null, null, null,
        "the reader failed unexpectedly: " + e.getClass().getName() + ": " + e.getMessage());
  }

  private static Row reject(String file, int record, InputFormat format, String kind, String pointer, Integer line,
      Integer column, String message) {
    return new GenericRowWithSchema(new Object[] {
      file, record, format == null ? null : format.word(), key(file, record), null, null, null, null,
      kind, pointer, line, column, message
    }, Outcomes.SCHEMA);
  }

  /** The key of a record in the tables: the file's path, {@code #}, the record's number. */
  static String key(String file, int record) {
    return file + "#" + record;
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  /**
   * Tells a {@code .json} file's format by its top-level keys (see {@link InputFormat}). A text that
   * is not JSON is given to the ninjs reader, which reports where it breaks.
   */
  static InputFormat sniff(String text) {
    boolean byline = false;
    try (JsonParser p = JSON.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == JsonToken.START_ARRAY) {
        return InputFormat.SCHEMA_ORG_JSON_LD;
      }
      if (first != JsonToken.START_OBJECT) {
        return InputFormat.NINJS;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (name.startsWith("@")) {
          return InputFormat.SCHEMA_ORG_JSON_LD;
        }
        byline |= name.equals("formatVersion");
        p.nextToken();
        p.skipChildren();
      }
    } catch (JsonProcessingException e) {
      // not JSON from here on: the reader of what was seen so far reports where it breaks
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return byline ? InputFormat.BYLINE_JSON : InputFormat.NINJS;
  }
}
