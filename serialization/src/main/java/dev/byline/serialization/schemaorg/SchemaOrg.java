package dev.byline.serialization.schemaorg;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an article as the schema.org {@code NewsArticle} JSON-LD a publisher embeds in a page, and
 * reads the JSON-LD found in real pages back into an article.
 *
 * <h2>Export (schema.org release 30.0)</h2>
 *
 * <p>One {@code NewsArticle} object with {@code @context https://schema.org}: {@code @id},
 * {@code url}, {@code headline}, {@code alternativeHeadline}, {@code articleBody} (paragraphs joined by
 * a blank line), {@code inLanguage}, {@code articleSection}, {@code dateline}, {@code datePublished},
 * {@code dateModified}, {@code author} / {@code editor} / {@code translator} / {@code contributor}
 * by role ({@code Person} with {@code jobTitle}, {@code affiliation}, {@code sameAs}; or
 * {@code Organization}), {@code publisher}, {@code keywords} (every tag label), {@code image} /
 * {@code video} / {@code audio} as {@code ImageObject} / {@code VideoObject} / {@code AudioObject} with
 * {@code contentUrl}, {@code caption}, {@code creditText} and their own {@code copyrightNotice},
 * {@code copyrightHolder}, {@code copyrightYear} (the first year), {@code copyrightNotice},
 * {@code license}. Quotations are {@code Quotation} items in {@code hasPart}, each with {@code text},
 * and its speaker as both {@code creator} and {@code spokenByCharacter}.
 *
 * <h2>Import</h2>
 *
 * <p>The first node typed {@code Article}, {@code NewsArticle} or any type ending in "Article"
 * ({@code ReportageNewsArticle}, {@code AnalysisNewsArticle}, …), {@code BlogPosting} or
 * {@code LiveBlogPosting} — at the top level, in a top-level array or in {@code @graph}; types may be
 * arrays and may carry a {@code schema:} or IRI prefix. Authors and publishers may be strings,
 * objects, arrays or {@code @id} references to {@code @graph} nodes; images URLs, objects or arrays;
 * keywords a comma-separated string or an array; dates with an offset, or without one (read as UTC,
 * with a note). HTML entities and markup in text fields are decoded to plain text, with a note: the
 * one place where the import changes text, because the text in JSON-LD is HTML. {@code articleBody}
 * is split into paragraphs at line breaks. Values of an unexpected shape are skipped with a note;
 * nothing is guessed. The article is not validated.
 *
 * <p>Thread-safe; no state.
 */
public final class SchemaOrg {
  private static final JsonMapper MAPPER =
      JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(10_000_000).build())
          .build()).build();

  private SchemaOrg() {}

  // ---- export ---------------------------------------------------------------------------------

  /**
   * Writes an article as a schema.org {@code NewsArticle} in JSON-LD.
   *
   * @param article the article; not {@code null}
   * @return the JSON-LD object, compact
   */
  public static String write(Article article) {
    Objects.requireNonNull(article, "article");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "NewsArticle");
    article.getId().ifPresent(id -> o.put("@id", id.toString()));
    article.getUrl().ifPresent(u -> o.put("url", u.toString()));
    o.put("headline", article.getHeadline());
    article.getSubheadline().ifPresent(s -> o.put("alternativeHeadline", s));
    if (!article.getParagraphs().isEmpty()) {
      o.put("articleBody", article.getBodyText());
    }
    article.getLanguage().ifPresent(l -> o.put("inLanguage", l));
    article.getSection().ifPresent(s -> o.put("articleSection", s));
    article.getDateline().ifPresent(d -> o.put("dateline", d));
    article.getPublished().ifPresent(t -> o.put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t)));
    article.getModified().ifPresent(t -> o.put("dateModified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t)));
    for (Contributor c : article.getContributors()) {
      String property = switch (c.getRole()) {
        case AUTHOR -> "author";
        case EDITOR -> "editor";
        case TRANSLATOR -> "translator";
        default -> "contributor";
      };
      o.withArray(property).add(agent(c.getAgent()));
    }
    article.getPublisher().ifPresent(p -> o.set("publisher", agent(p)));
    for (Tag t : article.getTags()) {
      o.withArray("keywords").add(t.getLabel());
    }
    for (Media m : article.getMedia()) {
      String property = switch (m.getKind()) {
        case IMAGE -> "image";
        case VIDEO -> "video";
        case AUDIO -> "audio";
      };
      o.withArray(property).add(media(m));
    }
    article.getRights().ifPresent(r -> rights(o, r));
    for (Quote q : article.getQuotes()) {
      ObjectNode quotation = o.withArray("hasPart").addObject();
      quotation.put("@type", "Quotation");
      quotation.put("text", q.getText());
      q.getAttribution().getSource().ifPresent(s -> {
        quotation.set("creator", agent(s));
        if (s instanceof Person) {
          quotation.set("spokenByCharacter", agent(s));
        }
      });
    }
    return MAPPER.writeValueAsString(o);
  }

  private static ObjectNode agent(Agent agent) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@type", agent instanceof Person ? "Person" : "Organization");
    o.put("name", agent.getName());
    if (agent instanceof Person p) {
      p.getTitle().ifPresent(t -> o.put("jobTitle", t));
      p.getAffiliation().ifPresent(a -> o.set("affiliation", agent(a)));
    }
    agent.getIdentifier().ifPresent(i -> o.put("sameAs", i.toString()));
    return o;
  }

  private static ObjectNode media(Media m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@type", switch (m.getKind()) {
      case IMAGE -> "ImageObject";
      case VIDEO -> "VideoObject";
      case AUDIO -> "AudioObject";
    });
    m.getUrl().ifPresent(u -> o.put("contentUrl", u.toString()));
    m.getCaption().ifPresent(c -> o.put("caption", c));
    m.getCredit().ifPresent(c -> o.put("creditText", c));
    m.getRights().ifPresent(r -> rights(o, r));
    return o;
  }

  private static void rights(ObjectNode o, RightsNotice r) {
    r.getHolder().ifPresent(h -> o.putObject("copyrightHolder").put("@type", "Organization").put("name", h));
    r.getYears().ifPresent(y -> o.put("copyrightYear", y.getStart()));
    r.getText().ifPresent(t -> o.put("copyrightNotice", t));
    r.getLicense().ifPresent(l -> o.put("license", l.toString()));
  }

  // ---- import ---------------------------------------------------------------------------------

  /**
   * Imports the article in a JSON-LD block.
   *
   * @param jsonLd the block; not {@code null}
   * @return the article and notes on what the import decoded or left out
   * @throws SchemaOrgException with {@link SchemaOrgException.Kind#NOT_JSON},
   *     {@link SchemaOrgException.Kind#NO_ARTICLE} or {@link SchemaOrgException.Kind#NO_HEADLINE}
   */
  public static SchemaOrgReading read(String jsonLd) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    JsonNode root;
    try {
      root = MAPPER.readTree(jsonLd);
    } catch (JacksonException e) {
      throw new SchemaOrgException(SchemaOrgException.Kind.NOT_JSON, "not JSON: " + e.getOriginalMessage(), e);
    }
    return new Importer(root).read();
  }

  private static final class Importer {
    final JsonNode root;
    final Map<String, JsonNode> byId = new HashMap<>();
    final List<String> notes = new ArrayList<>();
    final Set<String> decoded = new LinkedHashSet<>();

    Importer(JsonNode root) {
      this.root = root;
    }

    List<JsonNode> nodes() {
      List<JsonNode> out = new ArrayList<>();
      if (root == null) {
        return out;
      }
      List<JsonNode> tops = new ArrayList<>();
      if (root.isArray()) {
        root.forEach(tops::add);
      } else {
        tops.add(root);
      }
      for (JsonNode top : tops) {
        if (!top.isObject()) {
          continue;
        }
        out.add(top);
        JsonNode graph = top.get("@graph");
        if (graph != null && graph.isArray()) {
          graph.forEach(n -> {
            if (n.isObject()) {
              out.add(n);
            }
          });
        } else if (graph != null && graph.isObject()) {
          out.add(graph);
        }
      }
      for (JsonNode n : out) {
        JsonNode id = n.get("@id");
        if (id != null && id.isString()) {
          byId.putIfAbsent(id.asString(), n);
        }
      }
      return out;
    }

    static List<String> types(JsonNode n) {
      List<String> out = new ArrayList<>();
      JsonNode t = n.get("@type");
      if (t == null) {
        return out;
      }
      List<JsonNode> values = new ArrayList<>();
      if (t.isArray()) {
        t.forEach(values::add);
      } else {
        values.add(t);
      }
      for (JsonNode v : values) {
        if (v.isString()) {
          String s = v.asString();
          int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
          out.add(s.substring(cut + 1));
        }
      }
      return out;
    }

    static boolean isArticle(JsonNode n) {
      for (String t : types(n)) {
        if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("LiveBlogPosting")) {
          return true;
        }
      }
      return false;
    }

    SchemaOrgReading read() {
      JsonNode article = null;
      for (JsonNode n : nodes()) {
        if (isArticle(n)) {
          article = n;
          break;
        }
      }
      if (article == null) {
        throw new SchemaOrgException(SchemaOrgException.Kind.NO_ARTICLE,
            "no node of an article type (Article, NewsArticle, BlogPosting, …)", null);
      }
      String headline = text(article, "headline");
      if (headline == null) {
        headline = text(article, "name");
      }
      if (headline == null || headline.isBlank()) {
        throw new SchemaOrgException(SchemaOrgException.Kind.NO_HEADLINE,
            "the " + types(article) + " node has no headline and no name", null);
      }
      Article.Builder b = Article.builder().headline(oneLine(headline));
      webUri(article, "@id").ifPresent(b::id);
      webUri(article, "url").ifPresent(b::url);
      String alternative = text(article, "alternativeHeadline");
      if (alternative != null && !alternative.isBlank()) {
        b.subheadline(oneLine(alternative));
      }
      String body = text(article, "articleBody");
      if (body != null) {
        for (String line : body.split("\\r?\\n")) {
          if (!line.isBlank()) {
            b.addParagraph(line.strip());
          }
        }
      }
      language(article).ifPresent(b::language);
      String section = text(article, "articleSection");
      if (section != null && !section.isBlank()) {
        b.section(oneLine(section));
      }
      String dateline = text(article, "dateline");
      if (dateline != null && !dateline.isBlank()) {
        b.dateline(oneLine(dateline));
      }
      date(article, "datePublished").ifPresent(b::published);
      date(article, "dateModified").ifPresent(b::modified);
      for (String property : new String[] {"author", "creator", "editor", "contributor", "translator"}) {
        ContributorRole role = switch (property) {
          case "editor" -> ContributorRole.EDITOR;
          case "contributor" -> ContributorRole.CONTRIBUTOR;
          case "translator" -> ContributorRole.TRANSLATOR;
          default -> ContributorRole.AUTHOR;
        };
        for (JsonNode v : values(article.get(property))) {
          Agent agent = agent(v, property);
          if (agent != null) {
            Contributor c = Contributor.of(agent, role);
            if (!b.build().getContributors().contains(c)) {
              b.addContributor(c);
            }
          }
        }
      }
      for (JsonNode v : values(article.get("publisher"))) {
        Agent agent = agent(v, "publisher");
        if (agent instanceof Organization o) {
          b.publisher(o);
          break;
        } else if (agent != null) {
          b.publisher(Organization.of(agent.getName()));
          break;
        }
      }
      Set<String> labels = new LinkedHashSet<>();
      for (JsonNode v : values(article.get("keywords"))) {
        String s = v.isString() ? v.asString() : v.isObject() ? text(v, "name") : null;
        if (s == null) {
          continue;
        }
        for (String part : (v.isString() ? s.split(",") : new String[] {s})) {
          String label = oneLine(decode(part, "keywords")).strip();
          if (!label.isEmpty()) {
            labels.add(label);
          }
        }
      }
      labels.forEach(l -> b.addTag(Tag.of(l)));
      for (String property : new String[] {"image", "video", "audio"}) {
        for (JsonNode v : values(article.get(property))) {
          media(v, property).ifPresent(b::addMedia);
        }
      }
      rights(article).ifPresent(b::rights);
      if (!decoded.isEmpty()) {
        notes.add("HTML entities or markup decoded to plain text in: " + String.join(", ", decoded));
      }
      return new SchemaOrgReading(b.build(), notes);
    }

    /** A value or the elements of an array; a reference {@code {"@id": …}} is followed into the graph. */
    List<JsonNode> values(JsonNode v) {
      List<JsonNode> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (v.isArray()) {
        v.forEach(e -> out.add(deref(e)));
      } else {
        out.add(deref(v));
      }
      return out;
    }

    JsonNode deref(JsonNode v) {
      if (v.isObject() && v.size() == 1 && v.get("@id") != null && v.get("@id").isString()) {
        JsonNode target = byId.get(v.get("@id").asString());
        return target != null ? target : v;
      }
      return v;
    }

    /** The first string value of a property (a string, the first string in an array, or an object's name / @value). */
    String text(JsonNode n, String property) {
      for (JsonNode v : values(n.get(property))) {
        String s = v.isString() ? v.asString()
            : v.isObject() && v.get("@value") != null && v.get("@value").isString() ? v.get("@value").asString() : null;
        if (s != null) {
          return decode(s, property);
        }
      }
      return null;
    }

    Agent agent(JsonNode v, String property) {
      if (v.isString()) {
        String name = oneLine(decode(v.asString(), property)).strip();
        if (name.isEmpty()) {
          return null;
        }
        if (name.startsWith("http://") || name.startsWith("https://")) {
          notes.add(property + ": \"" + name + "\" is a link, not a name: skipped");
          return null;
        }
        return Person.of(name);
      }
      if (!v.isObject()) {
        notes.add(property + ": a value of an unexpected shape skipped");
        return null;
      }
      String name = text(v, "name");
      if (name == null || name.isBlank()) {
        notes.add(property + ": an entry without a name skipped");
        return null;
      }
      name = oneLine(name).strip();
      java.util.Optional<URI> id = webUri(v, "sameAs").or(() -> webUri(v, "url"));
      boolean organization = types(v).stream().anyMatch(t -> t.endsWith("Organization") || t.equals("Corporation")
          || t.equals("NewsMediaOrganization") || t.equals("NGO"));
      if (organization) {
        Organization.Builder o = Organization.builder().name(name);
        id.ifPresent(o::identifier);
        return o.build();
      }
      Person.Builder p = Person.builder().name(name);
      String title = text(v, "jobTitle");
      if (title != null && !title.isBlank()) {
        p.title(oneLine(title).strip());
      }
      id.ifPresent(p::identifier);
      return p.build();
    }

    java.util.Optional<Media> media(JsonNode v, String property) {
      MediaKind kind = property.equals("video") ? MediaKind.VIDEO : property.equals("audio") ? MediaKind.AUDIO : MediaKind.IMAGE;
      Media.Builder m = Media.builder().kind(kind);
      if (v.isString()) {
        return uri(v.asString(), property).map(u -> m.url(u).build());
      }
      if (!v.isObject()) {
        notes.add(property + ": a value of an unexpected shape skipped");
        return java.util.Optional.empty();
      }
      webUri(v, "contentUrl").or(() -> webUri(v, "url")).ifPresent(m::url);
      String caption = text(v, "caption");
      if (caption != null && !caption.isBlank()) {
        m.caption(caption);
      }
      String credit = text(v, "creditText");
      if (credit != null && !credit.isBlank()) {
        m.credit(oneLine(credit).strip());
      }
      return java.util.Optional.of(m.build());
    }

    java.util.Optional<RightsNotice> rights(JsonNode n) {
      String notice = text(n, "copyrightNotice");
      Agent holder = values(n.get("copyrightHolder")).stream().map(v -> agent(v, "copyrightHolder"))
          .filter(Objects::nonNull).findFirst().orElse(null);
      JsonNode year = n.get("copyrightYear");
      java.util.Optional<URI> license = webUri(n, "license");
      if (notice == null && holder == null && year == null && license.isEmpty()) {
        return java.util.Optional.empty();
      }
      RightsNotice.Builder r = notice != null
          ? dev.byline.core.rights.RightsNotices.parse(notice).getNotice().toBuilder()
          : RightsNotice.builder();
      if (holder != null) {
        r.holder(holder.getName());
      }
      if (year != null && (year.isInt() || year.isString() && year.asString().matches("[0-9]{4}"))) {
        int y = year.isInt() ? year.asInt() : Integer.parseInt(year.asString());
        r.years(dev.byline.YearRange.of(y));
      }
      license.ifPresent(r::license);
      return java.util.Optional.of(r.build());
    }

    java.util.Optional<String> language(JsonNode n) {
      JsonNode v = n.get("inLanguage");
      if (v == null) {
        return java.util.Optional.empty();
      }
      String tag = v.isString() ? v.asString()
          : v.isObject() ? java.util.Optional.ofNullable(text(v, "alternateName")).orElse(text(v, "name")) : null;
      return tag == null || tag.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(tag.strip());
    }

    java.util.Optional<OffsetDateTime> date(JsonNode n, String property) {
      String s = text(n, property);
      if (s == null || s.isBlank()) {
        return java.util.Optional.empty();
      }
      s = s.strip();
      try {
        return java.util.Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        // try the forms found in pages: an offset without a colon, no offset, a date alone
      }
      try {
        return java.util.Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss][.SSS]Z")));
      } catch (DateTimeParseException e) {
        // next form
      }
      try {
        OffsetDateTime t = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        notes.add(property + ": no UTC offset given (\"" + s + "\"): read as UTC");
        return java.util.Optional.of(t);
      } catch (DateTimeParseException e) {
        // next form
      }
      try {
        OffsetDateTime t = LocalDate.parse(s).atStartOfDay().atOffset(ZoneOffset.UTC);
        notes.add(property + ": a date without a time (\"" + s + "\"): read as midnight UTC");
        return java.util.Optional.of(t);
      } catch (DateTimeParseException e) {
        notes.add(property + ": not a date (\"" + s + "\"): skipped");
        return java.util.Optional.empty();
      }
    }

    java.util.Optional<URI> webUri(JsonNode n, String property) {
      for (JsonNode v : values(n.get(property))) {
        if (v.isString()) {
          return uri(v.asString(), property);
        }
      }
      return java.util.Optional.empty();
    }

    java.util.Optional<URI> uri(String value, String property) {
      String s = value.strip();
      try {
        URI u = new URI(s);
        String scheme = u.getScheme();
        if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null) {
          return java.util.Optional.of(u);
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      notes.add(property + ": not an absolute web address (\"" + value + "\"): skipped");
      return java.util.Optional.empty();
    }

    /** Decodes HTML entities and drops markup; notes the property when anything changed. */
    String decode(String s, String property) {
      String d = Html.toText(s);
      if (!d.equals(s)) {
        decoded.add(property);
      }
      return d;
    }

    /** Joins the lines of a one-line field with single spaces (white space around each break goes). */
    static String oneLine(String s) {
      if (s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
        return s;
      }
      StringBuilder out = new StringBuilder(s.length());
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\r') {
          while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.setLength(out.length() - 1);
          }
          while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
          }
          if (out.length() > 0 && i < s.length()) {
            out.append(' ');
          }
          continue;
        }
        out.append(c);
        i++;
      }
      return out.toString();
    }
  }


}
