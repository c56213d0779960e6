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
import dev.byline.json.internal.ModelReader;
import dev.byline.json.internal.ModelWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes every Byline model value in Byline's JSON format, for
 * use in your own {@code JsonMapper}:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new BylineJsonModule()).build();
 * String json = mapper.writeValueAsString(article);
 * Article back = mapper.readValue(json, Article.class);
 * }</pre>
 *
 * <p>The module uses no annotations, mix-ins or default typing: hand-written serializers write the
 * canonical form, and the deserializers are as strict as {@link ArticleJson}'s (unknown properties,
 * nulls, wrong types fail). An article embedded in your own document needs no
 * {@code formatVersion}; a top-level one written by the module carries it. Errors surface as
 * Jackson's exception with an {@link dev.byline.json.ArticleJsonException} as its cause. Validation is not run by
 * the module: use {@link ArticleJson}, or validate what you read.
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
        ModelReader reader = new ModelReader(new JacksonSource(p), null);
        Object value = type == Article.class ? reader.articleHere(false) : reader.valueHere(type);
        return type.cast(value);
      }
    });
  }
}
