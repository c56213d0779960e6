package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Reads and writes articles — and every other Byline model value — in Byline's JSON format on
 * Jackson 2: the same API, the same bytes and the same errors as the Jackson 3 binding's
 * {@code dev.byline.serialization.json.ArticleJson}, for applications whose line-up is Jackson 2
 * (jackson-databind 2.15 or later). See {@link JsonFormat} for the format.
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
 * one exception type, {@link ArticleJsonException}, which carries a {@link Kind kind}, the JSON
 * Pointer of the offending place, and its line and column. A read never returns a half-built value.
 *
 * <p><b>Validated by default.</b> An article that reads but breaks a content rule fails with
 * {@link Kind#INVALID_CONTENT}; its {@linkplain ArticleJsonException#getValidationReport() report}
 * lists every violation with its JSON Pointer. Switch validation off for trusted input with
 * {@link ArticleJsonBuilder#validation(boolean)}.
 *
 * <p><b>Limits.</b> Inputs are bounded by {@link JsonLimits}, with the same defaults as the Jackson 3
 * binding; exceeding one fails fast with {@link Kind#LIMIT_EXCEEDED}.
 *
 * <p>Immutable, thread-safe and cheap to share: build one and keep it.
 */
public final class ArticleJson {
  private static final ArticleJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final JsonMapper writer;
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
                    .build())
            // Lenient reading meets any names; Jackson's table of names degrades to quadratic time
            // on names whose hashes collide, so only strict reading (which refuses the first
            // unknown name) keeps it.
            .configure(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES, b.getLenientListener().isEmpty())
            .build();
    this.mapper = JsonMapper.builder(factory).addModule(new BylineJsonModule()).build();
    this.writer = b.isPretty() ? mapper.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build() : mapper;
    this.engine = new JsonEngine(new JsonEngine.Parsers() {
      @Override
      public TokenSource parse(String json) {
        try {
          return new JacksonSource(mapper.createParser(json));
        } catch (IOException e) {
          throw JsonEngine.ioError(e);
        }
      }

      @Override
      public TokenSource parse(byte[] json) {
        try {
          return new JacksonSource(mapper.createParser(json));
        } catch (IOException e) {
          // nothing is streamed from bytes in memory: the parser detects the encoding when it
          // opens, and bytes in none JSON allows fail here
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
   * The Jackson 2 mapper this facade uses, with the {@link BylineJsonModule} registered and the
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
    DocumentText out = new DocumentText();
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
    DocumentBytes out = new DocumentBytes();
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
    try {
      write(value, writer.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
    } catch (IOException e) {
      throw JsonEngine.ioError(e);
    }
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
    try {
      write(value, writer.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET));
    } catch (IOException e) {
      throw JsonEngine.ioError(e);
    }
  }

  private static void write(Object value, JsonGenerator generator) throws IOException {
    try (JsonGenerator g = generator) {
      JsonEngine.write(value, new JacksonSink(g));
    } catch (UncheckedIOException e) {
      throw e.getCause();
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
