package dev.byline.serialization.json;

import dev.byline.Article;
import dev.byline.json.ArticleJsonBuilder;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.JsonFormat;
import dev.byline.json.JsonLimits;
import dev.byline.json.internal.DocumentBytes;
import dev.byline.json.internal.DocumentText;
import dev.byline.json.internal.JsonEngine;
import dev.byline.json.internal.TokenSource;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes articles — and every other Byline model value — in Byline's JSON format, the
 * lossless form in which articles travel between systems (see the module's README for the format,
 * and {@link JsonFormat} for its version and JSON Schema).
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
 * <p><b>Limits.</b> Inputs are bounded by {@link JsonLimits}; the defaults are
 * {@value JsonLimits#DEFAULT_MAX_DOCUMENT_LENGTH} bytes (64 MiB) per document, nesting depth
 * {@value JsonLimits#DEFAULT_MAX_NESTING_DEPTH}, {@value JsonLimits#DEFAULT_MAX_STRING_LENGTH} chars
 * per string, {@value JsonLimits#DEFAULT_MAX_NUMBER_LENGTH} chars per number and
 * {@value JsonLimits#DEFAULT_MAX_NAME_LENGTH} chars per property name; set others with
 * {@link ArticleJsonBuilder#limits(JsonLimits)}. Exceeding one fails fast with
 * {@link ArticleJsonException.Kind#LIMIT_EXCEEDED}.
 *
 * <p>Immutable, thread-safe and cheap to share: build one and keep it.
 */
public final class ArticleJson {
  private static final ArticleJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final TokenStreamFactory factory;
  private final ObjectWriteContext writeContext;
  private final JsonEngine engine;

  private ArticleJson(Builder b) {
    JsonLimits limits = b.getLimits();
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(limits.getMaxNestingDepth())
                    .maxStringLength(limits.getMaxStringLength())
                    .maxNumberLength(limits.getMaxNumberLength())
                    // the format checks names itself, at the name, as on Jackson 2: Jackson's own
                    // check (50,000 chars by default) would place the failure at the token before
                    .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                    .build())
            // Lenient reading meets any names; Jackson's table of names degrades to quadratic time
            // on names whose hashes collide, so only strict reading (which refuses the first
            // unknown name) keeps it.
            .configure(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES, b.getLenientListener().isEmpty())
            .build();
    this.mapper = JsonMapper.builder(factory).addModule(new BylineJsonModule()).build();
    JsonMapper writer = b.isPretty() ? mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build() : mapper;
    this.factory = writer.tokenStreamFactory();
    this.writeContext = new WriteContext(writer);
    ReadContext readContext = new ReadContext(mapper);
    TokenStreamFactory readFactory = mapper.tokenStreamFactory();
    this.engine = new JsonEngine(new JsonEngine.Parsers() {
      @Override
      public TokenSource parse(String json) {
        return new JacksonSource(readFactory.createParser(readContext, json));
      }

      @Override
      public TokenSource parse(byte[] json) {
        try {
          return new JacksonSource(readFactory.createParser(readContext, json));
        } catch (JacksonException e) {
          // the parser detects the encoding when it opens: bytes in none JSON allows fail here
          throw JsonEngine.undecodable(e);
        }
      }
    }, b);
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
   * @return the JSON text, in canonical form (compact unless built {@link ArticleJsonBuilder#pretty(boolean) pretty})
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    DocumentText out = new DocumentText();
    write(value, factory.createGenerator(writeContext, out));
    return out.toString();
  }

  /**
   * Writes a value as UTF-8 JSON bytes.
   *
   * @param value the value; not {@code null}
   * @return the bytes
   */
  public byte[] writeBytes(Object value) {
    Objects.requireNonNull(value, "value");
    DocumentBytes out = new DocumentBytes();
    write(value, factory.createGenerator(writeContext, out, JsonEncoding.UTF8));
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
    write(value, factory.createGenerator(writeContext, out, JsonEncoding.UTF8));
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
    write(value, factory.createGenerator(writeContext, out));
  }

  private static void write(Object value, JsonGenerator generator) {
    try (JsonGenerator g = generator) {
      JsonEngine.write(value, new JacksonSink(g));
    } catch (JacksonIOException e) {
      throw JsonEngine.ioError(e);
    }
  }

  /**
   * What the format's reader needs to open a parser — the mapper's stream and format read features
   * and the factory with the facade's limits — without the deserialization context a mapper builds
   * per document (the format's reader reads tokens only and needs none).
   */
  private static final class ReadContext extends ObjectReadContext.Base {
    private final DeserializationConfig config;
    private final TokenStreamFactory factory;

    ReadContext(JsonMapper mapper) {
      this.config = mapper.deserializationConfig();
      this.factory = mapper.tokenStreamFactory();
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }

    @Override
    public StreamReadConstraints streamReadConstraints() {
      return factory.streamReadConstraints();
    }

    @Override
    public int getStreamReadFeatures(int defaults) {
      return config.getStreamReadFeatures();
    }

    @Override
    public int getFormatReadFeatures(int defaults) {
      return config.getFormatReadFeatures();
    }
  }

  /**
   * The settings a generator of the facade's mapper gets — its stream and format features, and its
   * pretty printer when indenting — without the serialization context a mapper builds per document
   * (the format's writer needs none), and without closing the caller's stream: closing the
   * generator flushes it.
   */
  private static final class WriteContext extends ObjectWriteContext.Base {
    private final SerializationConfig config;
    private final TokenStreamFactory factory;

    WriteContext(JsonMapper mapper) {
      this.config = mapper.serializationConfig();
      this.factory = mapper.tokenStreamFactory();
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
      return factory;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
      return config.getStreamWriteFeatures() & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }

    @Override
    public int getFormatWriteFeatures(int defaults) {
      return config.getFormatWriteFeatures();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return config.isEnabled(SerializationFeature.INDENT_OUTPUT);
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
      return hasPrettyPrinter() ? config.constructDefaultPrettyPrinter() : null;
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
    return engine.read(json, Article.class);
  }

  /**
   * Reads an article from UTF-8 (or UTF-16/32, detected) JSON bytes.
   *
   * @param json the document; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input
   */
  public Article read(byte[] json) {
    return engine.read(json, Article.class);
  }

  /**
   * Reads an article from a stream, to its end; the stream is not closed.
   *
   * @param json the stream; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input, or {@link Kind#IO_ERROR} when the stream fails
   */
  public Article read(InputStream json) {
    return engine.read(engine.readAll(json), Article.class);
  }

  /**
   * Reads an article from a reader, to its end; the reader is not closed.
   *
   * @param json the reader; not {@code null}
   * @return the article
   * @throws ArticleJsonException for any bad input, or {@link Kind#IO_ERROR} when the reader fails
   */
  public Article read(Reader json) {
    return engine.read(engine.readAll(json), Article.class);
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
    return engine.read(json, type);
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
    return engine.read(json, type);
  }

  /** Configures an {@link ArticleJson}: the settings of {@link ArticleJsonBuilder}. */
  public static final class Builder extends ArticleJsonBuilder<Builder, ArticleJson> {
    private Builder() {}

    @Override
    public ArticleJson build() {
      return new ArticleJson(this);
    }
  }
}
