package dev.byline.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
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
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 module that reads and writes every Byline model value in Byline's JSON format, for
 * use in your own {@code ObjectMapper} — or the one your framework builds (Spring Boot 3 registers a
 * {@code com.fasterxml.jackson.databind.Module} bean by itself):
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new BylineJsonModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);
 * }</pre>
 *
 * <p>It runs the format's one writer and reader, the same as the Jackson 3 binding's and
 * {@link ArticleJson}'s: the same bytes out, the same documents refused with the same error kind,
 * JSON Pointer, line and column, {@code formatVersion} required on every article, top level or
 * embedded. Its errors are Jackson 2 exceptions that frameworks answer with 400 Bad Request:
 * {@link BylineJsonParseException} for syntax and limits, {@link BylineJsonMappingException} for the
 * rest, each carrying the {@link ArticleJsonException} as its cause
 * ({@link ArticleJsonException#findIn(Throwable)} finds it in any chain of causes).
 *
 * <p>Where the facade and the module differ, the mapper decides: an empty input and content after
 * the value are the mapper's to report (Jackson 2 accepts trailing tokens unless
 * {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS} is on); a {@code null} where a Byline value
 * is embedded in your own type is {@code null} there, while a document that is just {@code null} is
 * refused as not an object; lenient reading and validation are the facade's.
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
    addSerializer(type, new JsonSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
        try {
          new ModelWriter(new JacksonSink(g)).any(value);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
    });
    addDeserializer(type, new JsonDeserializer<T>() {
      @Override
      public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
          return type.cast(new ModelReader(new JacksonSource(p)).valueHere(type));
        } catch (ArticleJsonException e) {
          throw BylineJsonMappingException.of(p, e);
        }
      }

      /** A document that is {@code null} is not an article; an embedded {@code null} is Jackson's. */
      @Override
      public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        JsonParser p = ctxt.getParser();
        if (p == null || !p.getParsingContext().inRoot()) {
          return null;
        }
        try {
          return deserialize(p, ctxt);
        } catch (JsonMappingException e) {
          throw e;
        } catch (IOException e) {
          throw JsonMappingException.from(p, e.getMessage(), e);
        }
      }

      @Override
      public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
      }
    });
  }
}
