package dev.byline.spark;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.TextLocation;
import dev.byline.Use;
import dev.byline.YearRange;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import org.apache.spark.sql.catalyst.encoders.RowEncoder;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.ArraySeq;
import scala.reflect.ClassTag$;

/**
 * Converts between a Byline {@code Article} and a Spark SQL {@code Row} of {@link ArticleSchema#ARTICLE},
 * both ways, and gives the {@link #encoder() Encoder} for a {@code Dataset<Article>}.
 *
 * <pre>{@code
 * Row row = ArticleRows.toRow(article);
 * Article back = ArticleRows.fromRow(row);                       // equal to article
 *
 * Dataset<Article> articles = spark.createDataset(list, ArticleRows.encoder());
 * articles.write().parquet(path);                                  // columns of ArticleSchema.ARTICLE
 * Dataset<Article> again = spark.read().parquet(path).as(ArticleRows.encoder());
 * Dataset<Article> fromJson =
 *     spark.read().schema(ArticleSchema.ARTICLE).json(jsonLines).as(ArticleRows.encoder());
 * }</pre>
 *
 * <p><b>Exact.</b> {@code fromRow(toRow(a)).equals(a)} for every article, also through Parquet: text
 * is kept as given, timestamps keep their offset, quotation locations their code-point counts. The
 * row holds what Byline JSON holds and in the same form ({@link ArticleSchema}): an absent value or
 * an empty list is {@code null}, values with a default ({@code kind}, {@code role},
 * {@code allRightsReserved}) are always written, {@code formatVersion} is {@value ArticleSchema#FORMAT_VERSION}.
 * So a row made here equals the row Spark's own JSON reader makes from the article's Byline JSON.
 *
 * <p><b>Strict.</b> {@link #fromRow(Row)} reads rows positionally, in the column order of
 * {@link ArticleSchema}, and fails with {@link ArticleRowException} — kind and JSON Pointer — on a
 * row it cannot read; it never returns a half-built article. It builds what the row says and does
 * not run Byline's content rules: validate with {@code ArticleValidator} when the rows come from an
 * untrusted source (Byline's readers validate already). A {@code null} {@code formatVersion} is
 * accepted (a row made by hand), a {@code 1.x} too, another major version is refused.
 *
 * <p><b>The encoder</b> is not Java or Kryo serialisation: a {@code Dataset<Article>} is stored in the
 * columns of {@link ArticleSchema#ARTICLE} (Spark's {@code AgnosticEncoders.TransformingEncoder} over
 * the {@code RowEncoder} of the schema, with this class's conversion as its codec), so it can be
 * written to Parquet, queried with SQL ({@code quotes.attribution.source.name}) and read back as
 * articles. Stateless and thread-safe.
 */
public final class ArticleRows {
  // Column positions in ArticleSchema.ARTICLE and the nested structs.
  private static final int A_VERSION = 0;
  private static final int A_ID = 1;
  private static final int A_URL = 2;
  private static final int A_HEADLINE = 3;
  private static final int A_SUBHEADLINE = 4;
  private static final int A_LANGUAGE = 5;
  private static final int A_SECTION = 6;
  private static final int A_DATELINE = 7;
  private static final int A_PUBLISHED = 8;
  private static final int A_MODIFIED = 9;
  private static final int A_CONTRIBUTORS = 10;
  private static final int A_PUBLISHER = 11;
  private static final int A_PARAGRAPHS = 12;
  private static final int A_QUOTES = 13;
  private static final int A_MEDIA = 14;
  private static final int A_TAGS = 15;
  private static final int A_RIGHTS = 16;

  private static final String PERSON = "person";
  private static final String ORGANIZATION = "organization";

  private ArticleRows() {}

  /**
   * The encoder for a {@code Dataset<Article>}: articles stored in the columns of
   * {@link ArticleSchema#ARTICLE}, converted with {@link #toRow(Article)} and {@link #fromRow(Row)}.
   * Reading a dataset whose rows cannot be read fails the task with an {@link ArticleRowException}.
   *
   * @return the encoder
   */
  public static Encoder<Article> encoder() {
    return new AgnosticEncoders.TransformingEncoder<Article, Row>(
        ClassTag$.MODULE$.apply(Article.class),
        RowEncoder.encoderFor(ArticleSchema.ARTICLE),
        ArticleRows::codec,
        false);
  }

  /**
   * The articles of a table that holds the columns of {@link ArticleSchema#ARTICLE} among others —
   * the {@code articles} table {@link BylineJob} writes, or Parquet written from a
   * {@code Dataset<Article>}: those columns are selected by name and read with {@link #encoder()}.
   *
   * @param table the table; not {@code null}
   * @return the articles
   */
  public static Dataset<Article> articles(Dataset<Row> table) {
    Objects.requireNonNull(table, "table");
    String[] names = ArticleSchema.ARTICLE.fieldNames();
    Column[] columns = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      columns[i] = table.col(names[i]);
    }
    return table.select(columns).as(encoder());
  }

  private static Codec<Article, Row> codec() {
    return new ArticleCodec();
  }

  /** The encoder's codec: this class's two conversions. */
  private static final class ArticleCodec implements Codec<Article, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Row encode(Article article) {
      return toRow(article);
    }

    @Override
    public Article decode(Row row) {
      return fromRow(row);
    }
  }

  // ---- Article -> Row -------------------------------------------------------------------------

  /**
   * Converts an article to a row of {@link ArticleSchema#ARTICLE}. The row carries its schema, so
   * {@code row.getAs("headline")} works.
   *
   * @param article the article; not {@code null}
   * @return the row
   */
  public static Row toRow(Article article) {
    Objects.requireNonNull(article, "article");
    Object[] v = new Object[ArticleSchema.ARTICLE.size()];
    v[A_VERSION] = ArticleSchema.FORMAT_VERSION;
    v[A_ID] = uri(article.getId());
    v[A_URL] = uri(article.getUrl());
    v[A_HEADLINE] = article.getHeadline();
    v[A_SUBHEADLINE] = article.getSubheadline().orElse(null);
    v[A_LANGUAGE] = article.getLanguage().orElse(null);
    v[A_SECTION] = article.getSection().orElse(null);
    v[A_DATELINE] = article.getDateline().orElse(null);
    v[A_PUBLISHED] = article.getPublished().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null);
    v[A_MODIFIED] = article.getModified().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse(null);
    v[A_CONTRIBUTORS] = seq(article.getContributors(), ArticleRows::contributorRow);
    v[A_PUBLISHER] = article.getPublisher().map(ArticleRows::organizationRow).orElse(null);
    v[A_PARAGRAPHS] = seq(article.getParagraphs(), Function.identity());
    v[A_QUOTES] = seq(article.getQuotes(), ArticleRows::quoteRow);
    v[A_MEDIA] = seq(article.getMedia(), ArticleRows::mediaRow);
    v[A_TAGS] = seq(article.getTags(), ArticleRows::tagRow);
    v[A_RIGHTS] = article.getRights().map(ArticleRows::rightsRow).orElse(null);
    return new GenericRowWithSchema(v, ArticleSchema.ARTICLE);
  }

  private static Row contributorRow(Contributor c) {
    return row(ArticleSchema.CONTRIBUTOR, agentRow(c.getAgent()), word(c.getRole()));
  }

  private static Row agentRow(Agent agent) {
    if (agent instanceof Person) {
      Person p = (Person) agent;
      return row(ArticleSchema.AGENT, PERSON, p.getName(), p.getTitle().orElse(null),
          p.getAffiliation().map(ArticleRows::organizationRow).orElse(null), uri(p.getIdentifier()));
    }
    return row(ArticleSchema.AGENT, ORGANIZATION, agent.getName(), null, null, uri(agent.getIdentifier()));
  }

  private static Row organizationRow(Organization o) {
    return row(ArticleSchema.ORGANIZATION, ORGANIZATION, o.getName(), uri(o.getIdentifier()));
  }

  private static Row quoteRow(Quote q) {
    Attribution a = q.getAttribution();
    Row attribution = row(ArticleSchema.ATTRIBUTION, a.getSource().map(ArticleRows::agentRow).orElse(null),
        a.getCue().orElse(null), a.getContext().orElse(null));
    Row location = q.getLocation().map(l -> row(ArticleSchema.LOCATION,
        l.getParagraph().isPresent() ? (Object) l.getParagraph().getAsInt() : null,
        l.getSpan().getStart(), l.getSpan().getEnd())).orElse(null);
    return row(ArticleSchema.QUOTE, q.getText(), word(q.getKind()), attribution, location);
  }

  private static Row mediaRow(Media m) {
    return row(ArticleSchema.MEDIA, word(m.getKind()), uri(m.getUrl()), m.getCaption().orElse(null),
        m.getAltText().orElse(null), m.getCredit().orElse(null), m.getRights().map(ArticleRows::rightsRow).orElse(null));
  }

  private static Row tagRow(Tag t) {
    return row(ArticleSchema.TAG, t.getLabel(), t.getKind().map(ArticleRows::word).orElse(null), uri(t.getScheme()));
  }

  private static Row rightsRow(RightsNotice r) {
    return row(ArticleSchema.RIGHTS,
        r.getText().orElse(null),
        r.getHolder().orElse(null),
        r.getYears().map(y -> row(ArticleSchema.YEARS, y.getStart(), y.getEnd())).orElse(null),
        r.isAllRightsReserved(),
        seq(r.getProhibitedUses(), ArticleRows::word),
        seq(r.getPermittedUses(), ArticleRows::word),
        uri(r.getLicense()),
        r.getUsageTerms().orElse(null));
  }

  private static Row row(StructType schema, Object... values) {
    return new GenericRowWithSchema(values, schema);
  }

  private static <T> ArraySeq<Object> seq(Collection<T> values, Function<? super T, ?> element) {
    if (values.isEmpty()) {
      return null;
    }
    Object[] out = new Object[values.size()];
    int i = 0;
    for (T value : values) {
      out[i++] = element.apply(value);
    }
    return ArraySeq.unsafeWrapArray(out);
  }

  private static String uri(Optional<URI> uri) {
    return uri.map(URI::toString).orElse(null);
  }

  /**
   * The format's word for an enum value: lower case, hyphenated ({@code COMMERCIAL_USE} is
   * {@code "commercial-use"}).
   *
   * @param value the value; not {@code null}
   * @return the word
   */
  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // ---- Row -> Article -------------------------------------------------------------------------

  /**
   * Converts a row of {@link ArticleSchema#ARTICLE} — made by {@link #toRow(Article)}, read from
   * Parquet, or loaded by Spark's JSON reader from Byline JSON — back to an article.
   *
   * @param row the row, with the columns of {@link ArticleSchema#ARTICLE} in that order; not {@code null}
   * @return the article, never half-built
   * @throws ArticleRowException when the row has another shape, lacks the headline or another
   *     required value, or holds a value the model does not know; with the JSON Pointer of the place
   */
  public static Article fromRow(Row row) {
    Objects.requireNonNull(row, "row");
    return new Reader().article(row);
  }

  /** Reads one row; holds nothing but the methods, so that the pointer is built only on failure. */
  private static final class Reader {
    Article article(Row row) {
      shape(row, ArticleSchema.ARTICLE, "");
      String version = string(row, A_VERSION, "", "formatVersion");
      if (version != null && !version.matches("1\\.[0-9]+")) {
        throw new ArticleRowException(
            version.matches("[1-9][0-9]*\\.[0-9]+") ? ArticleRowException.Kind.UNSUPPORTED_VERSION : ArticleRowException.Kind.INVALID_VALUE,
            "/formatVersion", "format version \"" + version + "\" is not 1.x");
      }
      Article.Builder b = Article.builder();
      uri(row, A_ID, "", "id").ifPresent(b::id);
      uri(row, A_URL, "", "url").ifPresent(b::url);
      b.headline(required(row, A_HEADLINE, "", "headline"));
      optional(row, A_SUBHEADLINE, "", "subheadline").ifPresent(b::subheadline);
      optional(row, A_LANGUAGE, "", "language").ifPresent(b::language);
      optional(row, A_SECTION, "", "section").ifPresent(b::section);
      optional(row, A_DATELINE, "", "dateline").ifPresent(b::dateline);
      time(row, A_PUBLISHED, "published").ifPresent(b::published);
      time(row, A_MODIFIED, "modified").ifPresent(b::modified);
      List<Row> contributors = rows(row, A_CONTRIBUTORS, "", "contributors");
      for (int i = 0; i < contributors.size(); i++) {
        b.addContributors(contributor(contributors.get(i), "/contributors/" + i));
      }
      Row publisher = struct(row, A_PUBLISHER, "", "publisher");
      if (publisher != null) {
        b.publisher(organization(publisher, "/publisher"));
      }
      List<Object> paragraphs = list(row, A_PARAGRAPHS, "", "paragraphs");
      for (int i = 0; i < paragraphs.size(); i++) {
        b.addParagraphs(element(paragraphs.get(i), String.class, "/paragraphs/" + i));
      }
      List<Row> quotes = rows(row, A_QUOTES, "", "quotes");
      for (int i = 0; i < quotes.size(); i++) {
        b.addQuotes(quote(quotes.get(i), "/quotes/" + i));
      }
      List<Row> media = rows(row, A_MEDIA, "", "media");
      for (int i = 0; i < media.size(); i++) {
        b.addMedia(media(media.get(i), "/media/" + i));
      }
      List<Row> tags = rows(row, A_TAGS, "", "tags");
      for (int i = 0; i < tags.size(); i++) {
        b.addTags(tag(tags.get(i), "/tags/" + i));
      }
      Row rights = struct(row, A_RIGHTS, "", "rights");
      if (rights != null) {
        b.rights(rights(rights, "/rights"));
      }
      return build(b::build, "");
    }

    Contributor contributor(Row row, String at) {
      shape(row, ArticleSchema.CONTRIBUTOR, at);
      Row agent = struct(row, 0, at, "agent");
      if (agent == null) {
        throw missing(at, "agent");
      }
      Contributor.Builder b = Contributor.builder().agent(agent(agent, at + "/agent"));
      word(row, 1, at, "role", ContributorRole.class).ifPresent(b::role);
      return build(b::build, at);
    }

    Agent agent(Row row, String at) {
      shape(row, ArticleSchema.AGENT, at);
      String type = required(row, 0, at, "type");
      String name = required(row, 1, at, "name");
      Optional<URI> identifier = uri(row, 4, at, "identifier");
      if (PERSON.equals(type)) {
        Person.Builder b = Person.builder().name(name);
        optional(row, 2, at, "title").ifPresent(b::title);
        Row affiliation = struct(row, 3, at, "affiliation");
        if (affiliation != null) {
          b.affiliation(organization(affiliation, at + "/affiliation"));
        }
        identifier.ifPresent(b::identifier);
        return build(b::build, at);
      }
      if (ORGANIZATION.equals(type)) {
        if (!row.isNullAt(2) || !row.isNullAt(3)) {
          throw new ArticleRowException(ArticleRowException.Kind.INVALID_VALUE, at + (row.isNullAt(2) ? "/affiliation" : "/title"),
              "an organization has no title or affiliation");
        }
        Organization.Builder b = Organization.builder().name(name);
        identifier.ifPresent(b::identifier);
        return build(b::build, at);
      }
      throw new ArticleRowException(ArticleRowException.Kind.UNKNOWN_VALUE, at + "/type",
          "agent type \"" + type + "\" is neither \"person\" nor \"organization\"");
    }

    Organization organization(Row row, String at) {
      shape(row, ArticleSchema.ORGANIZATION, at);
      String type = required(row, 0, at, "type");
      if (!ORGANIZATION.equals(type)) {
        throw new ArticleRowException(ArticleRowException.Kind.UNKNOWN_VALUE, at + "/type",
            "agent type \"" + type + "\" where only \"organization\" is allowed");
      }
      Organization.Builder b = Organization.builder().name(required(row, 1, at, "name"));
      uri(row, 2, at, "identifier").ifPresent(b::identifier);
      return build(b::build, at);
    }

    Quote quote(Row row, String at) {
      shape(row, ArticleSchema.QUOTE, at);
      Quote.Builder b = Quote.builder().text(required(row, 0, at, "text"));
      word(row, 1, at, "kind", QuoteKind.class).ifPresent(b::kind);
      Row attribution = struct(row, 2, at, "attribution");
      if (attribution == null) {
        throw missing(at, "attribution");
      }
      b.attribution(attribution(attribution, at + "/attribution"));
      Row location = struct(row, 3, at, "location");
      if (location != null) {
        b.location(location(location, at + "/location"));
      }
      return build(b::build, at);
    }

    Attribution attribution(Row row, String at) {
      shape(row, ArticleSchema.ATTRIBUTION, at);
      Attribution.Builder b = Attribution.builder();
      Row source = struct(row, 0, at, "source");
      if (source != null) {
        b.source(agent(source, at + "/source"));
      }
      optional(row, 1, at, "cue").ifPresent(b::cue);
      optional(row, 2, at, "context").ifPresent(b::context);
      return build(b::build, at);
    }

    TextLocation location(Row row, String at) {
      shape(row, ArticleSchema.LOCATION, at);
      Integer paragraph = integer(row, 0, at, "paragraph");
      Integer start = integer(row, 1, at, "start");
      Integer end = integer(row, 2, at, "end");
      if (start == null) {
        throw missing(at, "start");
      }
      if (end == null) {
        throw missing(at, "end");
      }
      return build(() -> paragraph == null ? TextLocation.inHeadline(start, end) : TextLocation.inParagraph(paragraph, start, end), at);
    }

    Media media(Row row, String at) {
      shape(row, ArticleSchema.MEDIA, at);
      Media.Builder b = Media.builder();
      word(row, 0, at, "kind", MediaKind.class).ifPresent(b::kind);
      uri(row, 1, at, "url").ifPresent(b::url);
      optional(row, 2, at, "caption").ifPresent(b::caption);
      optional(row, 3, at, "altText").ifPresent(b::altText);
      optional(row, 4, at, "credit").ifPresent(b::credit);
      Row rights = struct(row, 5, at, "rights");
      if (rights != null) {
        b.rights(rights(rights, at + "/rights"));
      }
      return build(b::build, at);
    }

    Tag tag(Row row, String at) {
      shape(row, ArticleSchema.TAG, at);
      Tag.Builder b = Tag.builder().label(required(row, 0, at, "label"));
      word(row, 1, at, "kind", TagKind.class).ifPresent(b::kind);
      uri(row, 2, at, "scheme").ifPresent(b::scheme);
      return build(b::build, at);
    }

    RightsNotice rights(Row row, String at) {
      shape(row, ArticleSchema.RIGHTS, at);
      RightsNotice.Builder b = RightsNotice.builder();
      optional(row, 0, at, "text").ifPresent(b::text);
      optional(row, 1, at, "holder").ifPresent(b::holder);
      Row years = struct(row, 2, at, "years");
      if (years != null) {
        String y = at + "/years";
        shape(years, ArticleSchema.YEARS, y);
        Integer start = integer(years, 0, y, "start");
        Integer end = integer(years, 1, y, "end");
        if (start == null) {
          throw missing(y, "start");
        }
        if (end == null) {
          throw missing(y, "end");
        }
        b.years(build(() -> YearRange.of(start, end), y));
      }
      Object reserved = row.get(3);
      if (reserved != null) {
        b.allRightsReserved(element(reserved, Boolean.class, at + "/allRightsReserved"));
      }
      b.prohibitedUses(uses(row, 4, at, "prohibitedUses"));
      b.permittedUses(uses(row, 5, at, "permittedUses"));
      uri(row, 6, at, "license").ifPresent(b::license);
      optional(row, 7, at, "usageTerms").ifPresent(b::usageTerms);
      return build(b::build, at);
    }

    private Set<Use> uses(Row row, int i, String at, String name) {
      List<Object> words = list(row, i, at, name);
      Set<Use> uses = EnumSet.noneOf(Use.class);
      for (int k = 0; k < words.size(); k++) {
        String where = at + "/" + name + "/" + k;
        if (!uses.add(word(Use.class, element(words.get(k), String.class, where), where))) {
          throw new ArticleRowException(ArticleRowException.Kind.INVALID_VALUE, where, "use \"" + words.get(k) + "\" repeated");
        }
      }
      return uses;
    }

    // ---- cells --------------------------------------------------------------------------------

    private static void shape(Row row, StructType schema, String at) {
      if (row.length() != schema.size()) {
        throw new ArticleRowException(ArticleRowException.Kind.WRONG_SHAPE, at,
            "a struct of " + schema.size() + " columns (" + String.join(", ", schema.fieldNames()) + ") expected, "
                + row.length() + " found");
      }
    }

    private static <T> T element(Object value, Class<T> type, String at) {
      if (value == null) {
        throw new ArticleRowException(ArticleRowException.Kind.NULL_ELEMENT, at, "null where a value is required");
      }
      if (!type.isInstance(value)) {
        throw new ArticleRowException(ArticleRowException.Kind.WRONG_SHAPE, at,
            type.getSimpleName() + " expected, " + value.getClass().getName() + " found");
      }
      return type.cast(value);
    }

    private static <T> T cell(Row row, int i, Class<T> type, String at, String name) {
      Object value = row.get(i);
      if (value == null) {
        return null;
      }
      if (!type.isInstance(value)) {
        throw new ArticleRowException(ArticleRowException.Kind.WRONG_SHAPE, at + "/" + name,
            type.getSimpleName() + " expected, " + value.getClass().getName() + " found");
      }
      return type.cast(value);
    }

    private static String string(Row row, int i, String at, String name) {
      return cell(row, i, String.class, at, name);
    }

    private static Integer integer(Row row, int i, String at, String name) {
      return cell(row, i, Integer.class, at, name);
    }

    private static Row struct(Row row, int i, String at, String name) {
      return cell(row, i, Row.class, at, name);
    }

    private static Optional<String> optional(Row row, int i, String at, String name) {
      return Optional.ofNullable(string(row, i, at, name));
    }

    private static String required(Row row, int i, String at, String name) {
      String value = string(row, i, at, name);
      if (value == null) {
        throw missing(at, name);
      }
      return value;
    }

    private static ArticleRowException missing(String at, String name) {
      return new ArticleRowException(ArticleRowException.Kind.MISSING_VALUE, at + "/" + name, "required value \"" + name + "\" is null");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Row row, int i, String at, String name) {
      Object value = row.get(i);
      if (value == null) {
        return List.of();
      }
      if (value instanceof scala.collection.Seq) {
        return scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<Object>) value);
      }
      if (value instanceof List) {
        return (List<Object>) value;
      }
      throw new ArticleRowException(ArticleRowException.Kind.WRONG_SHAPE, at + "/" + name,
          "an array expected, " + value.getClass().getName() + " found");
    }

    private static List<Row> rows(Row row, int i, String at, String name) {
      List<Object> values = list(row, i, at, name);
      List<Row> rows = new ArrayList<>(values.size());
      for (int k = 0; k < values.size(); k++) {
        rows.add(element(values.get(k), Row.class, at + "/" + name + "/" + k));
      }
      return rows;
    }

    private static Optional<URI> uri(Row row, int i, String at, String name) {
      String value = string(row, i, at, name);
      if (value == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(new URI(value));
      } catch (URISyntaxException e) {
        throw new ArticleRowException(ArticleRowException.Kind.INVALID_VALUE, at + "/" + name,
            "not a URI: " + e.getReason() + " at index " + e.getIndex());
      }
    }

    private static Optional<OffsetDateTime> time(Row row, int i, String name) {
      String value = string(row, i, "", name);
      if (value == null) {
        return Optional.empty();
      }
      try {
        if (value.length() < 20 || value.charAt(10) != 'T' || value.charAt(16) != ':') {
          throw new DateTimeParseException("seconds are required", value, 0);
        }
        return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        throw new ArticleRowException(ArticleRowException.Kind.INVALID_VALUE, "/" + name,
            "not an ISO-8601 timestamp with an offset and seconds (such as 2022-01-10T15:30:00+01:00): \"" + value + "\"");
      }
    }

    /** The optional word of an enum in field {@code i}, as its JSON word ("full", "photo"). */
    private static <E extends Enum<E>> Optional<E> word(Row row, int i, String at, String name, Class<E> type) {
      return optional(row, i, at, name).map(w -> word(type, w, at + "/" + name));
    }

    private static <E extends Enum<E>> E word(Class<E> type, String word, String at) {
      for (E e : type.getEnumConstants()) {
        if (ArticleRows.word(e).equals(word)) {
          return e;
        }
      }
      StringBuilder allowed = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        allowed.append(allowed.length() == 0 ? "" : ", ").append('"').append(ArticleRows.word(e)).append('"');
      }
      throw new ArticleRowException(ArticleRowException.Kind.UNKNOWN_VALUE, at,
          "unknown word \"" + word + "\"; one of " + allowed + " expected");
    }

    private static <T> T build(java.util.function.Supplier<T> builder, String at) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ArticleRowException(ArticleRowException.Kind.INVALID_VALUE, at, String.valueOf(e.getMessage()));
      }
    }
  }
}
