package dev.byline.json.internal;

import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import dev.byline.core.validation.internal.AfterReading;
import dev.byline.json.ArticleJsonBuilder;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.IgnoredProperty;
import dev.byline.json.JsonLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What both facades do around the reader and writer: whole documents (empty input, a document that
 * is not an object, trailing content), the document length, validation and the location of its
 * first violation, streams read to their end within the limit. A binding supplies its parser
 * through {@link Parsers}; immutable and thread-safe.
 */
public final class JsonEngine {
  /** Opens a binding's parser on a document held in memory. */
  public interface Parsers {
    /**
     * Opens a parser on JSON text.
     *
     * @param json the document
     * @return the tokens
     */
    TokenSource parse(String json);

    /**
     * Opens a parser on JSON bytes (UTF-8, or UTF-16/32 detected).
     *
     * @param json the document
     * @return the tokens
     */
    TokenSource parse(byte[] json);
  }

  private final Parsers parsers;
  private final boolean validate;
  private final ArticleValidator validator;
  private final Consumer<IgnoredProperty> lenient;
  private final long maxDocumentLength;
  private final int maxNameLength;

  /**
   * Creates the engine of a facade.
   *
   * @param parsers the binding's parsers, configured with the limits
   * @param settings the facade's settings
   */
  public JsonEngine(Parsers parsers, ArticleJsonBuilder<?, ?> settings) {
    this.parsers = Objects.requireNonNull(parsers, "parsers");
    this.validate = settings.isValidating();
    this.validator = validate ? settings.getValidator() : null;
    this.lenient = settings.getLenientListener().orElse(null);
    this.maxDocumentLength = settings.getLimits().getMaxDocumentLength();
    this.maxNameLength = settings.getLimits().getMaxNameLength();
  }

  /**
   * Writes any Byline model value.
   *
   * @param value the value; not {@code null}
   * @param sink where the tokens go
   */
  public static void write(Object value, TokenSink sink) {
    new ModelWriter(sink).any(Objects.requireNonNull(value, "value"));
  }

  /**
   * Reads a whole document of JSON text.
   *
   * @param <T> the model type
   * @param json the document; not {@code null}
   * @param type the model type; not {@code null}
   * @return the value, validated if the facade validates
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.length() > maxDocumentLength) {
      int[] at = Locations.of(json, (int) maxDocumentLength);
      throw tooLong(at, "chars");
    }
    return read(() -> parsers.parse(json), type);
  }

  /**
   * Reads a whole document of JSON bytes.
   *
   * @param <T> the model type
   * @param json the document; not {@code null}
   * @param type the model type; not {@code null}
   * @return the value, validated if the facade validates
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    if (json.length > maxDocumentLength) {
      int[] at = Locations.of(json, (int) maxDocumentLength);
      throw tooLong(at, "bytes");
    }
    return read(() -> parsers.parse(json), type);
  }

  private ArticleJsonException tooLong(int[] at, String unit) {
    return new ArticleJsonException(Kind.LIMIT_EXCEEDED, "", at[0], at[1],
        "the document length exceeds the limit of " + maxDocumentLength + " " + unit, null, null);
  }

  private <T> T read(Supplier<TokenSource> open, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Object value;
    int kinds;
    try (TokenSource source = open.get()) {
      ModelReader reader = new ModelReader(source, lenient, maxNameLength);
      Token first = reader.next();
      if (first == null) {
        throw new ArticleJsonException(Kind.EMPTY_INPUT, "", 1, 1, "the input holds no JSON document", null, null);
      }
      value = reader.valueHere(type);
      Token after;
      try {
        after = reader.next();
      } catch (ArticleJsonException e) {
        if (e.getKind() != Kind.MALFORMED_JSON) {
          throw e;
        }
        throw new ArticleJsonException(Kind.TRAILING_CONTENT, "", e.getLine(), e.getColumn(),
            "content follows the end of the document: " + e.getMessage(), e.getCause(), null);
      }
      if (after != null) {
        throw reader.fail(Kind.TRAILING_CONTENT, "content follows the end of the document");
      }
      kinds = reader.kinds();
    }
    if (validate) {
      // The reader has recorded which kinds of character its strings hold: the validator skips
      // the scans that would find nothing, with the same report as validator.validate(value).
      ValidationReport report = AfterReading.validate(validator, value, kinds);
      if (!report.isValid()) {
        throw invalidContent(open, report);
      }
    }
    return type.cast(value);
  }

  private ArticleJsonException invalidContent(Supplier<TokenSource> open, ValidationReport report) {
    Violation first = report.getViolations().get(0);
    Located at = locate(open, jsonPointer(first.getJsonPointer()));
    StringBuilder message = new StringBuilder("the article is not valid: ");
    int shown = 0;
    for (Violation v : report.getViolations()) {
      if (shown == MESSAGE_VIOLATIONS) {
        message.append("; and ").append(report.getViolations().size() - shown).append(" more (see the validation report)");
        break;
      }
      message.append(shown++ == 0 ? "" : "; ").append(jsonPointer(v.getJsonPointer())).append(' ').append(v.getMessage())
          .append(" [").append(v.getCode()).append(']');
    }
    return new ArticleJsonException(Kind.INVALID_CONTENT, at.pointer(), at.line(), at.column(), message.toString(), null, report);
  }

  /** The most violations the exception's message lists; its report holds them all. */
  static final int MESSAGE_VIOLATIONS = 10;

  /** The JSON Pointer of a model path: a location's span is flat in JSON. */
  static String jsonPointer(String modelPointer) {
    return modelPointer.replace("/location/span/", "/location/");
  }

  /** A place in the input: a JSON Pointer that exists there, with its line and column. */
  private record Located(String pointer, int line, int column) {}

  /**
   * Finds {@code pointer} by reading the document again — or, when it names nothing in the input
   * (a rule about a value that is absent), the nearest enclosing value that is there.
   */
  private static Located locate(Supplier<TokenSource> open, String pointer) {
    Located best = null;
    try (TokenSource p = open.get()) {
      for (Token t = p.next(); t != null; t = p.next()) {
        if (t == Token.NAME || t == Token.END_OBJECT || t == Token.END_ARRAY) {
          continue;
        }
        String here = p.pointer();
        if (here.equals(pointer)) {
          return new Located(here, p.line(), p.column());
        }
        if ((best == null || here.length() > best.pointer().length()) && (here.isEmpty() || pointer.startsWith(here + "/"))) {
          best = new Located(here, p.line(), p.column());
        }
      }
    } catch (TokenFailure e) {
      // the document read once already; what was found stands
    }
    return best != null ? best : new Located("", 1, 1);
  }

  /**
   * Reads a stream to its end, within the document limit; the stream is not closed.
   *
   * @param in the stream; not {@code null}
   * @return the bytes
   */
  public byte[] readAll(InputStream in) {
    Objects.requireNonNull(in, "json");
    try {
      byte[] bytes = in.readNBytes((int) Math.min(maxDocumentLength + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > maxDocumentLength) {
        throw tooLong(Locations.of(bytes, (int) maxDocumentLength), "bytes");
      }
      return bytes;
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /**
   * Reads a reader to its end, within the document limit; the reader is not closed.
   *
   * @param in the reader; not {@code null}
   * @return the text
   */
  public String readAll(Reader in) {
    Objects.requireNonNull(in, "json");
    try {
      StringBuilder b = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        b.append(buffer, 0, n);
        if (b.length() > maxDocumentLength) {
          throw tooLong(Locations.of(b, (int) maxDocumentLength), "chars");
        }
      }
      return b.toString();
    } catch (IOException e) {
      throw ioError(e);
    }
  }

  /**
   * The exception for a failed stream.
   *
   * @param e the failure
   * @return an exception of kind {@link Kind#IO_ERROR}
   */
  public static ArticleJsonException ioError(Exception e) {
    return new ArticleJsonException(Kind.IO_ERROR, "", -1, -1, "the stream failed: " + e.getMessage(), e, null);
  }

  /**
   * The exception for bytes whose encoding the parser cannot even detect or open (a UTF-32 byte
   * order JSON does not allow, say): the document is malformed from its first byte.
   *
   * @param e the parser's failure
   * @return an exception of kind {@link Kind#MALFORMED_JSON} at line 1, column 1
   */
  public static ArticleJsonException undecodable(Exception e) {
    return new ArticleJsonException(Kind.MALFORMED_JSON, "", 1, 1,
        "the document's bytes cannot be read as JSON text (UTF-8, UTF-16 or UTF-32): "
            + TokenFailure.firstLine(e.getMessage()), e, null);
  }
}
