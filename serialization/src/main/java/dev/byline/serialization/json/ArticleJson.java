package dev.byline.serialization.json;

import dev.byline.Article;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import dev.byline.serialization.json.ArticleJsonException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Objects;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes articles — and every other Byline model value — in Byline's JSON format, the
 * lossless form in which articles travel between systems (see the module's README for the format
 * and its JSON Schema, {@value #SCHEMA_RESOURCE}).
 *
 * <pre>{@code
 * ArticleJson json = ArticleJson.standard();
 * String text = json.write(article);
 * Article back = json.read(text);           // equal to article
 * }</pre>
 *
 * <p><b>Strict by default.</b> Unknown or duplicate properties, {@code null}s, missing required
 * properties, wrong JSON types, unknown words, malformed timestamps or URIs, lone surrogates,
 * trailing content, invalid UTF-8, empty input and a document that is not an object all fail with
 * one exception type, {@link ArticleJsonException}, which carries a {@link ArticleJsonException.Kind
 * kind}, the JSON Pointer of the offending place, and its line and column. A read never returns a
 * half-built value.
 *
 * <p><b>Validated by default.</b> An article that reads but breaks a content rule fails with
 * {@link ArticleJsonException.Kind#INVALID_CONTENT}; its {@linkplain
 * ArticleJsonException#getValidationReport() report} lists every violation with its JSON Pointer.
 * Switch validation off for trusted input with {@link Builder#validation(boolean)}.
 *
 * <p><b>Limits.</b> Inputs are bounded by Jackson's {@link StreamReadConstraints}; the defaults are
 * {@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes (64 MiB) per document, nesting depth
 * {@value #DEFAULT_MAX_NESTING_DEPTH}, {@value #DEFAULT_MAX_STRING_LENGTH} chars per string,
 * {@value #DEFAULT_MAX_NUMBER_LENGTH} chars per number and {@value #DEFAULT_MAX_NAME_LENGTH} chars
 * per property name; set others with {@link Builder#streamReadConstraints(StreamReadConstraints)}.
 * Exceeding one fails fast with {@link ArticleJsonException.Kind#LIMIT_EXCEEDED}.
 *
 * <p>Immutable, thread-safe and cheap to share: build one and keep it.
 */
public final class ArticleJson {
  /** The format version this library writes. */
  public static final String FORMAT_VERSION = "1.0";

  /** The major format version this library reads; documents of a newer major version are refused. */
  public static final int FORMAT_MAJOR = 1;

  /** Class-path resource of the format's JSON Schema (2020-12). */
  public static final String SCHEMA_RESOURCE = "/dev/byline/serialization/json/byline-article-1.schema.json";

  /** Default largest document: {@value} bytes (64 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 64L * 1024 * 1024;

  /** Default deepest nesting of objects and arrays: {@value} (the format itself needs 7). */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** Default longest string: {@value} chars (10 × the longest paragraph validation allows). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  /** Default longest number: {@value} chars. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;

  /** Default longest property name: {@value} chars. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 1_000;

  private static final ArticleJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final JsonMapper prettyMapper;
  private final boolean pretty;
  private final boolean validate;
  private final ArticleValidator validator;
  private final Consumer<IgnoredProperty> lenient;
  private final long maxDocumentBytes;

  private ArticleJson(Builder b) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(b.constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper = JsonMapper.builder(factory).addModule(new BylineJsonModule()).build();
    this.prettyMapper = mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    this.pretty = b.pretty;
    this.validate = b.validate;
    this.validator = b.validator;
    this.lenient = b.lenient;
    this.maxDocumentBytes = b.constraints.getMaxDocumentLength();
  }

  /**
   * The shared default: strict, validating, compact output, default limits.
   *
   * @return the standard facade
   */
  public static ArticleJson standard() {
    return STANDARD;
  }

  /**
   * Starts a builder from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The format's JSON Schema (2020-12), as shipped in the jar at {@value #SCHEMA_RESOURCE}; read
   * through this method it is found on the module path too, where the jar's resources are
   * encapsulated.
   *
   * @return the schema text
   */
  public static String schema() {
    try (InputStream in = ArticleJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE + " in byline-serialization");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The Jackson mapper this facade uses, with the {@link BylineJsonModule} registered and the
   * facade's limits, for reading or writing Byline values inside your own documents.
   *
   * @return the mapper
   */
  public JsonMapper mapper() {
    return mapper;
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Writes an article, or any other Byline model value, as JSON text.
   *
   * @param value the value; not {@code null}
   * @return the JSON text, in canonical form (compact unless built {@link Builder#pretty(boolean) pretty})
   */
  public String write(Object value) {
    StringWriter out = new StringWriter();
    write(value, out);
    return out.toString();
  }

  /**
   * Writes a value as UTF-8 JSON bytes.
   *
   * @param value the value; not {@code null}
   * @return the bytes
   */
  public byte[] writeBytes(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(value, out);
    return out.toByteArray();
  }

  /**
   * Writes a value as UTF-8 JSON to a stream, which is flushed, not closed.
   *
   * @param value the value; not {@code null}
   * @param out the stream; not {@code null}
   * @throws ArticleJsonException of kind {@link Kind#IO_ERROR} when the stream fails
   */
  public void write(Object value, OutputStream out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    write(value, (pretty ? prettyMapper : mapper).createGenerator(nonClosing(out)));
  }

  /**
   * Writes a value as JSON text to a writer, which is flushed, not closed.
   *
   * @param value the value; not {@code null}
   * @param out the writer; not {@code null}
   * @throws ArticleJsonException of kind {@link Kind#IO_ERROR} when the writer fails
   */
  public void write(Object value, Writer out) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(out, "out");
    write(value, (pretty ? prettyMapper : mapper).createGenerator(nonClosing(out)));
  }

  private static void write(Object value, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      new ModelWriter(g).any(value);
    } catch (JacksonIOException e) {
      throw ioError(e);
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads an article from JSON text.
   *
   * @param json the document; not {@code null}
   * @return the article, never half-built
   * @throws ArticleJsonException for any bad input, with its kind, JSON Pointer, line and column
   */
  public Article read(String json) {
    return read(json, Article.class);
  }

  /**
   * Reads an article from UTF-8 (or UTF-16/32, detected) JSON bytes.
   *
   * @param json the document; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input
   */
  public Article read(byte[] json) {
    return read(json, Article.class);
  }

  /**
   * Reads an article from a stream, to its end; the stream is not closed.
   *
   * @param json the stream; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input, or {@link Kind#IO_ERROR} when the stream fails
   */
  public Article read(InputStream json) {
    return read(readAll(json), Article.class);
  }

  /**
   * Reads an article from a reader, to its end; the reader is not closed.
   *
   * @param json the reader; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input, or {@link Kind#IO_ERROR} when the reader fails
   */
  public Article read(Reader json) {
    return read(readAll(json), Article.class);
  }

  /**
   * Reads a Byline model value of the given type ({@code Article}, {@code Quote}, {@code Agent},
   * {@code Person}, {@code Organization}, {@code Attribution}, {@code Contributor}, {@code Media},
   * {@code Tag}, {@code RightsNotice}, {@code TextLocation}, {@code YearRange}) from JSON text.
   *
   * @param <T> the type
   * @param json the document; not {@code null}
   * @param type the model type; not {@code null}
   * @return the value
   * @throws ArticleJsonException for any bad input
   * @throws IllegalArgumentException if {@code type} is not a Byline model type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return parse(new Source(json, null), type);
  }

  /**
   * Reads a Byline model value of the given type from JSON bytes.
   *
   * @param <T> the type
   * @param json the document; not {@code null}
   * @param type the model type; not {@code null}
   * @return the value
   * @throws ArticleJsonException for any bad input
   */
  public <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return parse(new Source(null, json), type);
  }

  private record Source(String text, byte[] bytes) {
    JsonParser open(JsonMapper mapper) {
      return text != null ? mapper.createParser(text) : mapper.createParser(bytes);
    }
  }

  private <T> T parse(Source source, Class<T> type) {
    Objects.requireNonNull(type, "type");
    Object value;
    JsonParser p = null;
    boolean documentRead = false;
    try {
      p = source.open(mapper);
      ModelReader reader = new ModelReader(p, lenient);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ArticleJsonException(Kind.EMPTY_INPUT, "", 1, 1, "the input holds no JSON document", null, null);
      }
      if (first != JsonToken.START_OBJECT) {
        throw reader.fail(Kind.NOT_AN_OBJECT, "", "a document must be a JSON object; found " + first.asString());
      }
      value = reader.valueHere(type);
      documentRead = true;
      JsonToken after = p.nextToken();
      if (after != null) {
        throw reader.fail(Kind.TRAILING_CONTENT, "", "content follows the end of the document");
      }
    } catch (StreamConstraintsException e) {
      throw translate(Kind.LIMIT_EXCEEDED, e, p);
    } catch (JacksonIOException e) {
      throw ioError(e);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      Kind kind = message != null && message.startsWith("Duplicate Object property") ? Kind.DUPLICATE_PROPERTY
          : documentRead ? Kind.TRAILING_CONTENT : Kind.MALFORMED_JSON;
      throw translate(kind, e, p);
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (JacksonException ignored) {
          // nothing more to read
        }
      }
    }
    if (validate) {
      ValidationReport report = validator.validate(value);
      if (!report.isValid()) {
        throw invalidContent(source, report);
      }
    }
    return type.cast(value);
  }

  private ArticleJsonException translate(Kind kind, JacksonException e, JsonParser p) {
    String pointer = "";
    try {
      pointer = p == null ? "" : p.streamReadContext().pathAsPointer().toString();
    } catch (RuntimeException ignored) {
      // the parser may be unusable after the failure: the location below still says where
    }
    TokenStreamLocation at = e.getLocation();
    String message = e.getOriginalMessage();
    if (message != null) {
      int cut = message.indexOf('\n');
      message = cut < 0 ? message : message.substring(0, cut);
    }
    return new ArticleJsonException(kind, pointer, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
        kind == Kind.DUPLICATE_PROPERTY ? duplicateMessage(message) : String.valueOf(message), e, null);
  }

  private static String duplicateMessage(String jacksonMessage) {
    String prefix = "Duplicate Object property ";
    String name = jacksonMessage.startsWith(prefix) ? jacksonMessage.substring(prefix.length()) : "";
    return "property " + name + " appears twice";
  }

  private ArticleJsonException invalidContent(Source source, ValidationReport report) {
    Violation first = report.getViolations().get(0);
    String pointer = jsonPointer(first.getJsonPointer());
    int[] at = locate(source, pointer);
    StringBuilder message = new StringBuilder("the article is not valid: ");
    int i = 0;
    for (Violation v : report.getViolations()) {
      message.append(i++ == 0 ? "" : "; ").append(jsonPointer(v.getJsonPointer())).append(' ').append(v.getMessage())
          .append(" [").append(v.getCode()).append(']');
    }
    return new ArticleJsonException(Kind.INVALID_CONTENT, pointer, at[0], at[1], message.toString(), null, report);
  }

  /** The JSON Pointer of a model path: a location's span is flat in JSON. */
  static String jsonPointer(String modelPointer) {
    return modelPointer.replace("/location/span/", "/location/");
  }

  /** Finds the line and column of the value at {@code pointer} by reading the document again. */
  private int[] locate(Source source, String pointer) {
    try (JsonParser p = source.open(mapper)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.PROPERTY_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY
            && p.streamReadContext().pathAsPointer().toString().equals(pointer)) {
          TokenStreamLocation at = p.currentTokenLocation();
          return new int[] {at.getLineNr(), at.getColumnNr()};
        }
      }
    } catch (JacksonException e) {
      // the document read once already; nothing to locate
    }
    return new int[] {-1, -1};
  }

  private byte[] readAll(InputStream in) {
    Objects.requireNonNull(in, "json");
    try {
      long limit = maxDocumentBytes > 0 ? maxDocumentBytes : Integer.MAX_VALUE - 16;
      byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
      if (bytes.length > limit) {
        throw new ArticleJsonException(Kind.LIMIT_EXCEEDED, "", -1, -1,
            "the document is longer than the limit of " + limit + " bytes", null, null);
      }
      return bytes;
    } catch (IOException e) {
      throw new ArticleJsonException(Kind.IO_ERROR, "", -1, -1, "reading the stream failed: " + e.getMessage(), e, null);
    }
  }

  private String readAll(Reader in) {
    Objects.requireNonNull(in, "json");
    try {
      long limit = maxDocumentBytes > 0 ? maxDocumentBytes : Integer.MAX_VALUE - 16;
      StringBuilder b = new StringBuilder();
      char[] buffer = new char[8192];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        b.append(buffer, 0, n);
        if (b.length() > limit) {
          throw new ArticleJsonException(Kind.LIMIT_EXCEEDED, "", -1, -1,
              "the document is longer than the limit of " + limit + " chars", null, null);
        }
      }
      return b.toString();
    } catch (IOException e) {
      throw new ArticleJsonException(Kind.IO_ERROR, "", -1, -1, "reading the stream failed: " + e.getMessage(), e, null);
    }
  }

  private static ArticleJsonException ioError(JacksonIOException e) {
    return new ArticleJsonException(Kind.IO_ERROR, "", -1, -1, "the stream failed: " + e.getOriginalMessage(), e, null);
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static Writer nonClosing(Writer out) {
    return new java.io.FilterWriter(out) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** Configures an {@link ArticleJson}. Not thread-safe; the built facade is. */
  public static final class Builder {
    private boolean pretty;
    private boolean validate = true;
    private ArticleValidator validator = ArticleValidator.create();
    private Consumer<IgnoredProperty> lenient;
    private StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxDocumentLength(DEFAULT_MAX_DOCUMENT_BYTES)
            .maxNestingDepth(DEFAULT_MAX_NESTING_DEPTH)
            .maxStringLength(DEFAULT_MAX_STRING_LENGTH)
            .maxNumberLength(DEFAULT_MAX_NUMBER_LENGTH)
            .maxNameLength(DEFAULT_MAX_NAME_LENGTH)
            .build();

    private Builder() {}

    /**
     * Indented output (two spaces, one property per line) instead of compact.
     *
     * @param pretty whether to indent
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Whether reading validates the content (on by default). Off is for trusted input only.
     *
     * @param validate whether to validate after reading
     * @return this builder
     */
    public Builder validation(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * The validator reading uses, for example one with a fixed clock.
     *
     * @param validator the validator; not {@code null}
     * @return this builder
     */
    public Builder validator(ArticleValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * Lenient reading: unknown properties are skipped instead of failing the read, and each is
     * reported to {@code listener}, so nothing is dropped silently. Everything else stays strict.
     *
     * @param listener told of every skipped property; not {@code null}
     * @return this builder
     */
    public Builder lenient(Consumer<IgnoredProperty> listener) {
      this.lenient = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Strict reading (the default): an unknown property fails the read.
     *
     * @return this builder
     */
    public Builder strict() {
      this.lenient = null;
      return this;
    }

    /**
     * Limits on input: document size, nesting depth, string, number and name lengths.
     *
     * @param constraints the limits; not {@code null}
     * @return this builder
     */
    public Builder streamReadConstraints(StreamReadConstraints constraints) {
      this.constraints = Objects.requireNonNull(constraints, "constraints");
      return this;
    }

    /**
     * Builds the facade.
     *
     * @return an immutable, thread-safe facade
     */
    public ArticleJson build() {
      return new ArticleJson(this);
    }
  }

}
