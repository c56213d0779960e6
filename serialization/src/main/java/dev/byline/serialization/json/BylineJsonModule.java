package dev.byline.serialization.json;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Contributor;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.YearRange;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.internal.ModelReader;
import dev.byline.json.internal.ModelWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.util.AccessPattern;

/**
 * A Jackson 3 module that reads and writes every Byline model value in Byline's JSON format, for
 * use in your own {@code JsonMapper} — or the one your framework builds (Spring Boot 4 registers a
 * {@code JacksonModule} bean by itself):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new BylineJsonModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);
 * }</pre>
 *
 * <p>The module uses no annotations, mix-ins or default typing: it runs the format's one writer and
 * reader, the same as {@link ArticleJson}'s, so it writes the same bytes and reads a document the
 * same way: as strictly (unknown properties, nulls, wrong types fail), with {@code formatVersion}
 * required on every article, top level or embedded, and with the same error kind, JSON Pointer, line
 * and column. Its errors are Jackson exceptions, which frameworks answer with 400 Bad Request:
 * {@link BylineStreamReadException} for syntax and limits, {@link BylineDatabindException} for the
 * rest, each carrying the {@link dev.byline.json.ArticleJsonException} as its cause
 * ({@link dev.byline.json.ArticleJsonException#findIn(Throwable)} finds it in any chain of causes).
 *
 * <p>Where the facade and the module differ, the mapper decides: the module reads a value, the
 * mapper a document, so an empty input and content after the value are the mapper's to report
 * (Jackson's {@code MismatchedInputException}; Jackson 3 refuses trailing tokens by default);
 * a {@code null} where a Byline value is embedded in your own type is {@code null} there, as Jackson
 * does for every type, while a document that is just {@code null} is refused as not an object;
 * lenient reading and validation are the facade's ({@link ArticleJson}), so validate what you read.
 */
public final class BylineJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public BylineJsonModule() {
    super("byline");
    register(Article.class);
    register(Quote.class);
    register(Attribution.class);
    register(Agent.class);
    register(Person.class);
    register(Organization.class);
    register(Contributor.class);
    register(Media.class);
    register(Tag.class);
    register(RightsNotice.class);
    register(TextLocation.class);
    register(YearRange.class);
  }

  private <T> void register(Class<T> type) {
    addSerializer(type, new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext ctxt) {
        new ModelWriter(new JacksonSink(g)).any(value);
      }
    });
    addDeserializer(type, new ValueDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) {
        try {
          return type.cast(new ModelReader(new JacksonSource(p)).valueHere(type));
        } catch (ArticleJsonException e) {
          throw BylineDatabindException.of(p, e);
        }
      }

      /** A document that is {@code null} is not an article; an embedded {@code null} is Jackson's. */
      @Override
      public Object getNullValue(DeserializationContext ctxt) {
        JsonParser p = ctxt.getParser();
        return p != null && p.streamReadContext().inRoot() ? deserialize(p, ctxt) : null;
      }

      @Override
      public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
      }
    });
  }
}
