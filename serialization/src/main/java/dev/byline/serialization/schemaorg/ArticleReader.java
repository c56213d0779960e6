package dev.byline.serialization.schemaorg;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.Limits;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import dev.byline.core.validation.Violation;
import dev.byline.serialization.schemaorg.Importer.Placed;
import dev.byline.serialization.schemaorg.Importer.Shape;
import dev.byline.serialization.schemaorg.Importer.Stamp;
import dev.byline.serialization.schemaorg.SchemaOrgNote.Kind;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Puts an article together from the article node of the JSON-LD blocks and, for a page, the page's
 * meta tags for what the JSON-LD lacks; then keeps it valid: whatever Byline's validator would refuse
 * is left out, with a note naming the field and the rule.
 */
final class ArticleReader {
  private final Importer ld;
  private final Ld article;
  private final PageMeta meta;
  private final Notes notes;
  private final Map<String, FieldSource> sources = new LinkedHashMap<>();

  private Placed<String> headline;
  private Placed<String> subheadline;
  private Placed<URI> id;
  private Placed<URI> url;
  private Placed<String> language;
  private Placed<String> section;
  private Placed<String> dateline;
  private Placed<OffsetDateTime> published;
  private Placed<OffsetDateTime> modified;
  private List<Placed<Contributor>> contributors = new ArrayList<>();
  private Placed<Organization> publisher;
  private List<String> paragraphs = new ArrayList<>();
  private String paragraphsWhere;
  private List<Placed<Tag>> tags = new ArrayList<>();
  private List<Placed<Media>> media = new ArrayList<>();
  private Placed<RightsNotice> rights;

  ArticleReader(Importer ld, Ld article, PageMeta meta, Notes notes) {
    this.ld = ld;
    this.article = article;
    this.meta = meta;
    this.notes = notes;
  }

  SchemaOrgReading read() {
    Stamp ldPublished = null;
    Stamp ldModified = null;
    if (article != null) {
      ld.visit(article);
      readJsonLd();
      ldPublished = ld.stamp(article, "datePublished", "datePublished");
      ldModified = ld.stamp(article, "dateModified", "dateModified");
    }
    Stamp metaPublished = meta == null ? null : metaStamp("article:published_time");
    Stamp metaModified = meta == null ? null : metaStamp("article:modified_time");
    published = date(ldPublished, metaPublished, "published", ldModified, metaPublished, metaModified);
    modified = date(ldModified, metaModified, "modified", ldPublished, metaModified, metaPublished);
    if (meta != null) {
      readMeta();
    }
    if (headline == null) {
      throw new SchemaOrgException(SchemaOrgException.Kind.NO_HEADLINE, article == null
          ? "the page has no JSON-LD article and no og:title"
          : "the " + Importer.types(article) + " node has no usable headline or name"
              + (meta == null ? "" : ", and the page no usable og:title"), null);
    }
    if (ld != null) {
      ld.noteUnread();
    }
    if (meta != null) {
      noteMetaNotUsed();
    }
    return finish();
  }

  // ---- JSON-LD --------------------------------------------------------------------------------

  private void readJsonLd() {
    Ld h = ld.first(article, "headline", "headline");
    if (h != null) {
      String s = ld.text(h, h.where(), Shape.LINE, Limits.HEADLINE_MAX_LENGTH, "headline");
      headline = s == null ? null : new Placed<>(s, h.where());
    }
    Ld name = ld.first(article, "name", "headline");
    if (name != null && headline == null) {
      String s = ld.text(name, name.where(), Shape.LINE, Limits.HEADLINE_MAX_LENGTH, "headline");
      if (s != null) {
        headline = new Placed<>(s, name.where());
        notes.add(Kind.ASSUMED, name.where(), name.text, "headline: no usable headline; the article's name used as the headline");
      }
    } else if (name != null && !sameText(name.text, headline.value())) {
      notes.add(Kind.LEFT_OUT, name.where(), name.text, "name: differs from the headline, which the article keeps");
    }
    put("headline", headline);
    Ld alt = ld.first(article, "alternativeHeadline", "subheadline");
    Ld description = ld.first(article, "description", "subheadline");
    if (alt != null) {
      subheadline = line(alt, Limits.HEADLINE_MAX_LENGTH, "subheadline");
    }
    if (description != null && subheadline == null) {
      subheadline = line(description, Limits.HEADLINE_MAX_LENGTH, "subheadline");
      if (subheadline != null) {
        notes.add(Kind.ASSUMED, description.where(), null, "subheadline: no alternativeHeadline; the description used as the subheadline");
      }
    } else if (description != null && !sameText(description.text, subheadline.value())) {
      notes.add(Kind.LEFT_OUT, description.where(), description.text, "description: the article keeps the alternativeHeadline as its subheadline");
    }
    put("subheadline", subheadline);
    Ld atId = article.peek("@id");
    if (atId != null && atId.isString()) {
      URI u = ld.uri(atId.text, article.where("@id"), "@id");
      if (u != null && (u.isAbsolute())) {
        id = new Placed<>(u, article.where("@id"));
      } else if (u != null) {
        notes.add(Kind.LEFT_OUT, article.where("@id"), atId.text, "@id: a reference within the page, not an identifier of the article: left out");
      }
    }
    put("id", id);
    Ld u = ld.first(article, "url", "url");
    if (u != null) {
      URI w = ld.webUri(u.text, u.where(), "url");
      url = w == null ? null : new Placed<>(w, u.where());
    }
    Ld mainEntityOfPage = article.peek("mainEntityOfPage");
    if (url == null && mainEntityOfPage != null) {
      article.markRead("mainEntityOfPage");
      for (Ld m : mainEntityOfPage.isArray() ? mainEntityOfPage.items() : List.of(mainEntityOfPage)) {
        String raw = m.isString() ? m.text : m.isObject() ? (m.string("url") != null ? m.string("url") : m.string("@id")) : null;
        if (m.isObject()) {
          ld.visit(m);
          m.markRead("url");
        }
        if (raw != null && url == null) {
          URI w = ld.webUri(raw, m.where(), "url");
          if (w != null) {
            url = new Placed<>(w, m.where());
            notes.add(Kind.ASSUMED, m.where(), raw, "url: no url; the address of the page whose main entity the article is (mainEntityOfPage) used");
          }
        }
      }
    }
    put("url", url);
    String lang = ld.language(article);
    if (lang != null) {
      language = new Placed<>(lang, article.where("inLanguage"));
    }
    put("language", language);
    Ld sec = ld.first(article, "articleSection", "section");
    if (sec != null) {
      section = line(sec, Limits.SHORT_TEXT_MAX_LENGTH, "section");
    }
    put("section", section);
    Ld dl = ld.first(article, "dateline", "dateline");
    if (dl != null) {
      dateline = line(dl, Limits.SHORT_TEXT_MAX_LENGTH, "dateline");
    }
    put("dateline", dateline);
    contributors = ld.contributors(article);
    if (!contributors.isEmpty()) {
      sources.put("contributors", FieldSource.JSON_LD);
    }
    publisher = ld.publisher(article);
    put("publisher", publisher);
    Ld body = ld.first(article, "articleBody", "body");
    if (body != null) {
      paragraphs = ld.paragraphs(body, "articleBody");
      paragraphsWhere = body.where();
      if (!paragraphs.isEmpty()) {
        sources.put("paragraphs", FieldSource.JSON_LD);
      }
    }
    tags = ld.tags(article);
    if (!tags.isEmpty()) {
      sources.put("tags", FieldSource.JSON_LD);
    }
    media = ld.media(article);
    if (!media.isEmpty()) {
      sources.put("media", FieldSource.JSON_LD);
    }
    RightsNotice r = ld.rights(article, "article");
    if (r != null) {
      rights = new Placed<>(r, article.where());
      sources.put("rights", FieldSource.JSON_LD);
    }
  }

  private Placed<String> line(Ld v, int max, String field) {
    String s = ld.text(v, v.where(), Shape.LINE, max, field);
    return s == null ? null : new Placed<>(s, v.where());
  }

  private <T> void put(String field, Placed<T> value) {
    if (value != null) {
      sources.put(field, FieldSource.JSON_LD);
    }
  }

  private static boolean sameText(String raw, String kept) {
    return raw.strip().equals(kept) || HtmlText.toText(raw).text().strip().equals(kept);
  }

  // ---- dates ----------------------------------------------------------------------------------

  private Stamp metaStamp(String key) {
    PageMeta.Entry e = meta.first(key);
    if (e == null) {
      return null;
    }
    return new Stamp(DateText.parse(e.content), e.content, e.where, key);
  }

  private Placed<OffsetDateTime> date(Stamp fromLd, Stamp fromMeta, String field, Stamp... others) {
    List<Stamp> context = new ArrayList<>();
    for (Stamp o : others) {
      if (o != null && o != fromMeta) {
        context.add(o);
      }
    }
    if (fromLd != null) {
      OffsetDateTime t = ld.resolve(fromLd, context);
      if (t != null) {
        sources.put(field, FieldSource.JSON_LD);
        if (fromMeta != null) {
          markMetaUsedIfSame(fromMeta, t);
        }
        return new Placed<>(t, fromLd.where());
      }
    }
    if (fromMeta != null) {
      Importer resolver = ld != null ? ld : new Importer(List.of(), notes);
      List<Stamp> metaContext = new ArrayList<>(context);
      if (fromLd != null) {
        metaContext.add(fromLd);
      }
      OffsetDateTime t = resolver.resolve(fromMeta, metaContext);
      markMetaUsed(fromMeta.where());
      if (t != null) {
        sources.put(field, FieldSource.ARTICLE_META);
        return new Placed<>(t, fromMeta.where());
      }
    }
    return null;
  }

  private void markMetaUsedIfSame(Stamp fromMeta, OffsetDateTime t) {
    DateText.Parsed p = fromMeta.parsed();
    if (p.kind() == DateText.Kind.INSTANT && p.local().atOffset(p.offset()).toInstant().equals(t.toInstant())) {
      markMetaUsed(fromMeta.where());
    }
  }

  private void markMetaUsed(String where) {
    for (PageMeta.Entry e : meta.entries) {
      if (e.where.equals(where)) {
        e.used = true;
      }
    }
  }

  // ---- page meta tags -------------------------------------------------------------------------

  private void readMeta() {
    Importer text = ld != null ? ld : new Importer(List.of(), notes);
    if (headline == null) {
      headline = metaLine(text, "og:title", Limits.HEADLINE_MAX_LENGTH, "headline");
      metaSource("headline", headline, "og:title");
    }
    if (subheadline == null) {
      subheadline = metaLine(text, "og:description", Limits.HEADLINE_MAX_LENGTH, "subheadline");
      if (subheadline != null) {
        notes.add(Kind.ASSUMED, subheadline.where(), null, "subheadline: the page's description used as the subheadline");
      }
      metaSource("subheadline", subheadline, "og:description");
    }
    if (url == null) {
      PageMeta.Entry e = meta.first("og:url");
      if (e != null) {
        e.used = true;
        URI u = text.webUri(e.content, e.where, "url");
        if (u != null) {
          url = new Placed<>(u, e.where);
          sources.put("url", FieldSource.OPEN_GRAPH);
        }
      }
    }
    if (language == null) {
      PageMeta.Entry e = meta.first("og:locale");
      if (e != null) {
        e.used = true;
        String tag = text.languageTag(e.content, e.where, "og:locale");
        if (tag != null) {
          language = new Placed<>(tag, e.where);
          sources.put("language", FieldSource.OPEN_GRAPH);
        }
      }
    }
    if (section == null) {
      section = metaLine(text, "article:section", Limits.SHORT_TEXT_MAX_LENGTH, "section");
      metaSource("section", section, "article:section");
    }
    if (contributors.isEmpty()) {
      Set<Contributor> seenAuthors = new HashSet<>();
      for (PageMeta.Entry e : meta.all("article:author")) {
        e.used = true;
        String name = text.text(e.content, e.where, Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, "article:author");
        if (name == null) {
          continue;
        }
        if (name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8)) {
          notes.add(Kind.LEFT_OUT, e.where, e.content, "article:author: a link to a profile page, not a name: left out");
          continue;
        }
        Contributor c = Contributor.author(Person.of(name));
        if (seenAuthors.add(c)) {
          contributors.add(new Placed<>(c, e.where));
        }
      }
      if (!contributors.isEmpty()) {
        sources.put("contributors", FieldSource.ARTICLE_META);
      }
    }
    if (publisher == null) {
      Placed<String> site = metaLine(text, "og:site_name", Limits.SHORT_TEXT_MAX_LENGTH, "publisher");
      if (site != null) {
        publisher = new Placed<>(Organization.of(site.value()), site.where());
        sources.put("publisher", FieldSource.OPEN_GRAPH);
      }
    }
    if (tags.isEmpty()) {
      Set<String> seen = new HashSet<>();
      for (PageMeta.Entry e : meta.all("article:tag")) {
        e.used = true;
        String label = text.text(e.content, e.where, Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, "article:tag");
        if (label != null && seen.add(label)) {
          tags.add(new Placed<>(Tag.of(label), e.where));
        } else if (label != null) {
          notes.add(Kind.LEFT_OUT, e.where, label, "article:tag: repeats an earlier tag; kept once (tag labels are unique)");
        }
      }
      if (!tags.isEmpty()) {
        sources.put("tags", FieldSource.ARTICLE_META);
      }
    }
    if (media.isEmpty()) {
      readMetaImages(text);
      if (!media.isEmpty()) {
        sources.put("media", FieldSource.OPEN_GRAPH);
      }
    }
  }

  private void readMetaImages(Importer text) {
    Media.Builder current = null;
    String where = null;
    for (PageMeta.Entry e : meta.entries) {
      if (e.key.equals("og:image") || e.key.equals("og:image:url")) {
        if (current != null) {
          media.add(new Placed<>(current.build(), where));
        }
        e.used = true;
        current = null;
        URI u = text.webUri(e.content, e.where, e.key);
        if (u != null) {
          current = Media.builder().kind(MediaKind.IMAGE).url(u);
          where = e.where;
        }
      } else if (e.key.equals("og:image:alt") && current != null) {
        e.used = true;
        String alt = text.text(e.content, e.where, Shape.LINES, Limits.MEDIUM_TEXT_MAX_LENGTH, "og:image:alt");
        if (alt != null) {
          current.altText(alt);
        }
      }
    }
    if (current != null) {
      media.add(new Placed<>(current.build(), where));
    }
  }

  private Placed<String> metaLine(Importer text, String key, int max, String field) {
    PageMeta.Entry e = meta.first(key);
    if (e == null) {
      return null;
    }
    e.used = true;
    String s = text.text(e.content, e.where, Shape.LINE, max, field);
    return s == null ? null : new Placed<>(s, e.where);
  }

  private void metaSource(String field, Placed<String> value, String key) {
    if (value != null) {
      sources.put(field, key.startsWith("og:") ? FieldSource.OPEN_GRAPH : FieldSource.ARTICLE_META);
    }
  }

  /** Notes the og: and article: tags the article does not carry: unsupported ones, and ones whose field came from JSON-LD with another value. */
  private void noteMetaNotUsed() {
    Map<String, String> field = Map.ofEntries(Map.entry("og:title", "headline"), Map.entry("og:description", "subheadline"),
        Map.entry("og:url", "url"), Map.entry("og:locale", "language"), Map.entry("article:section", "section"),
        Map.entry("article:author", "contributors"), Map.entry("og:site_name", "publisher"),
        Map.entry("article:tag", "tags"), Map.entry("og:image", "media"), Map.entry("og:image:url", "media"),
        Map.entry("og:image:alt", "media"), Map.entry("article:published_time", "published"),
        Map.entry("article:modified_time", "modified"));
    Set<String> kept = keptValues();
    for (PageMeta.Entry e : meta.entries) {
      if (e.used) {
        continue;
      }
      String f = field.get(e.key);
      if (f == null) {
        notes.add(Kind.NOT_CARRIED_OVER, e.where, e.content, e.key + ": Byline's model has no place for it");
      } else if (!kept.contains(HtmlText.toText(e.content).text().strip())) {
        notes.add(Kind.LEFT_OUT, e.where, e.content, e.key + ": the article's " + f + " comes from the JSON-LD");
      }
    }
  }

  /** The texts the article keeps, to tell a meta tag that repeats one of them from one that differs. */
  private Set<String> keptValues() {
    Set<String> kept = new HashSet<>();
    Function<Placed<?>, String> s = p -> p == null ? null : String.valueOf(p.value());
    for (Placed<?> p : new Placed<?>[] {headline, subheadline, url, language, section}) {
      if (p != null) {
        kept.add(s.apply(p));
      }
    }
    if (language != null) {
      kept.add(language.value().replace('-', '_'));
    }
    if (publisher != null) {
      kept.add(publisher.value().getName());
    }
    contributors.forEach(c -> kept.add(c.value().getAgent().getName()));
    tags.forEach(t -> kept.add(t.value().getLabel()));
    media.forEach(m -> {
      m.value().getUrl().ifPresent(u -> kept.add(u.toString()));
      m.value().getAltText().ifPresent(kept::add);
      m.value().getCaption().ifPresent(kept::add);
    });
    return kept;
  }

  // ---- keeping the article valid --------------------------------------------------------------

  private SchemaOrgReading finish() {
    contributors = cap(contributors, Limits.MAX_ITEMS, "contributors");
    tags = cap(tags, Limits.MAX_ITEMS, "tags");
    media = cap(media, Limits.MAX_ITEMS, "media");
    if (paragraphs.size() > Limits.MAX_PARAGRAPHS) {
      notes.add(Kind.LEFT_OUT, paragraphsWhere, null, "articleBody: " + (paragraphs.size() - Limits.MAX_PARAGRAPHS)
          + " paragraphs after the first " + Limits.MAX_PARAGRAPHS + ", the model's limit, left out");
      paragraphs = new ArrayList<>(paragraphs.subList(0, Limits.MAX_PARAGRAPHS));
    }
    if (published != null && modified != null && modified.value().isBefore(published.value())) {
      notes.add(Kind.LEFT_OUT, modified.where(), modified.value().toString(), "modified: earlier than the publication time "
          + published.value() + ": left out to keep the article valid");
      modified = null;
      sources.remove("modified");
    }
    ArticleValidator validator = ArticleValidator.create();
    Article a = build();
    ValidationReport report = validator.validate(a);
    if (!report.isValid()) {
      isolate(validator);
      a = build();
      report = validator.validate(a);
      for (Violation v : report.getViolations()) {
        notes.add(Kind.LEFT_OUT, v.getPath(), v.getInvalidValue(), "still invalid after the import's checks: " + v.getMessage()
            + " [" + v.getCode() + "]");
      }
    }
    Map<String, FieldSource> ordered = new LinkedHashMap<>();
    for (String f : new String[] {"headline", "subheadline", "id", "url", "language", "section", "dateline", "published",
        "modified", "contributors", "publisher", "paragraphs", "tags", "media", "rights"}) {
      if (sources.containsKey(f) && has(a, f)) {
        ordered.put(f, sources.get(f));
      }
    }
    return new SchemaOrgReading(a, notes.list, ordered);
  }

  private static boolean has(Article a, String field) {
    return switch (field) {
      case "subheadline" -> a.getSubheadline().isPresent();
      case "id" -> a.getId().isPresent();
      case "url" -> a.getUrl().isPresent();
      case "language" -> a.getLanguage().isPresent();
      case "section" -> a.getSection().isPresent();
      case "dateline" -> a.getDateline().isPresent();
      case "published" -> a.getPublished().isPresent();
      case "modified" -> a.getModified().isPresent();
      case "contributors" -> !a.getContributors().isEmpty();
      case "publisher" -> a.getPublisher().isPresent();
      case "paragraphs" -> !a.getParagraphs().isEmpty();
      case "tags" -> !a.getTags().isEmpty();
      case "media" -> !a.getMedia().isEmpty();
      case "rights" -> a.getRights().isPresent();
      default -> true;
    };
  }

  private <T> List<Placed<T>> cap(List<Placed<T>> list, int max, String field) {
    if (list.size() <= max) {
      return list;
    }
    notes.add(Kind.LEFT_OUT, list.get(max).where(), null, field + ": " + (list.size() - max) + " after the first " + max
        + ", the model's limit, left out");
    return new ArrayList<>(list.subList(0, max));
  }

  private Article build() {
    Article.Builder b = Article.builder().headline(headline.value());
    if (subheadline != null) {
      b.subheadline(subheadline.value());
    }
    if (id != null) {
      b.id(id.value());
    }
    if (url != null) {
      b.url(url.value());
    }
    if (language != null) {
      b.language(language.value());
    }
    if (section != null) {
      b.section(section.value());
    }
    if (dateline != null) {
      b.dateline(dateline.value());
    }
    if (published != null) {
      b.published(published.value());
    }
    if (modified != null) {
      b.modified(modified.value());
    }
    contributors.forEach(c -> b.addContributor(c.value()));
    if (publisher != null) {
      b.publisher(publisher.value());
    }
    b.paragraphs(paragraphs);
    tags.forEach(t -> b.addTag(t.value()));
    media.forEach(m -> b.addMedia(m.value()));
    if (rights != null) {
      b.rights(rights.value());
    }
    return b.build();
  }

  /**
   * Finds what makes the article invalid by validating its parts one by one, and leaves each invalid
   * part out (or, for a media item, a person or a rights notice, the invalid property of it) with a
   * note naming the rule.
   */
  private void isolate(ArticleValidator validator) {
    Article base = Article.builder().headline("H").build();
    subheadline = checkField(validator, subheadline, "subheadline", v -> base.toBuilder().subheadline(v).build());
    id = checkField(validator, id, "id", v -> base.toBuilder().id(v).build());
    url = checkField(validator, url, "url", v -> base.toBuilder().url(v).build());
    language = checkField(validator, language, "language", v -> base.toBuilder().language(v).build());
    section = checkField(validator, section, "section", v -> base.toBuilder().section(v).build());
    dateline = checkField(validator, dateline, "dateline", v -> base.toBuilder().dateline(v).build());
    published = checkField(validator, published, "published", v -> base.toBuilder().published(v).build());
    modified = checkField(validator, modified, "modified", v -> base.toBuilder().modified(v).build());
    if (!validator.validate(base.toBuilder().paragraphs(paragraphs).build()).isValid()) {
      List<String> kept = new ArrayList<>();
      for (String p : paragraphs) {
        ValidationReport r = validator.validate(base.toBuilder().addParagraph(p).build());
        if (r.isValid()) {
          kept.add(p);
        } else {
          notes.add(Kind.LEFT_OUT, paragraphsWhere, p, "a paragraph left out to keep the article valid: " + describe(r));
        }
      }
      paragraphs = kept;
    }
    contributors = checkList(validator, contributors, "contributor", this::repairContributor);
    if (publisher != null) {
      Placed<Organization> p = publisher;
      Organization fixed = repair(validator, p.value(), "publisher", p.where(),
          List.of(o -> o.getIdentifier().isPresent() ? Organization.builder().name(o.getName()).build() : null));
      publisher = fixed == null ? null : new Placed<>(fixed, p.where());
    }
    tags = checkList(validator, tags, "tag", (t, where) -> repair(validator, t, "tag", where, List.of()));
    media = checkList(validator, media, "media item", this::repairMedia);
    if (rights != null) {
      Placed<RightsNotice> r = rights;
      RightsNotice fixed = repair(validator, r.value(), "rights", r.where(), rightsRepairs());
      rights = fixed == null ? null : new Placed<>(fixed, r.where());
    }
    ValidationReport whole = validator.validate(build());
    if (!whole.isValid() && published != null && modified != null) {
      notes.add(Kind.LEFT_OUT, modified.where(), modified.value().toString(), "modified: left out to keep the article valid: "
          + describe(whole));
      modified = null;
    }
  }

  private interface Repair<T> {
    T apply(T value, String where);
  }

  private <T> Placed<T> checkField(ArticleValidator validator, Placed<T> value, String field, Function<T, Article> probe) {
    if (value == null) {
      return null;
    }
    ValidationReport r = validator.validate(probe.apply(value.value()));
    if (r.isValid()) {
      return value;
    }
    notes.add(Kind.LEFT_OUT, value.where(), String.valueOf(value.value()), field + ": left out to keep the article valid: "
        + describe(r));
    return null;
  }

  private <T> List<Placed<T>> checkList(ArticleValidator validator, List<Placed<T>> list, String field, Repair<T> repair) {
    List<Placed<T>> out = new ArrayList<>(list.size());
    for (Placed<T> p : list) {
      T fixed = repair.apply(p.value(), p.where());
      if (fixed != null) {
        out.add(fixed == p.value() ? p : new Placed<>(fixed, p.where()));
      }
    }
    return out;
  }

  /**
   * The value if valid; else the first repaired form (an optional property dropped) that is valid,
   * with a note; else {@code null}, with a note.
   */
  private <T> T repair(ArticleValidator validator, T value, String field, String where, List<UnaryOperator<T>> repairs) {
    ValidationReport r = validator.validate(value);
    if (r.isValid()) {
      return value;
    }
    T current = value;
    for (UnaryOperator<T> fix : repairs) {
      T next = fix.apply(current);
      if (next == null) {
        continue;
      }
      ValidationReport nr = validator.validate(next);
      if (nr.getViolations().size() < r.getViolations().size()) {
        current = next;
        if (nr.isValid()) {
          notes.add(Kind.LEFT_OUT, where, null, field + ": a property left out to keep the article valid: " + describe(r));
          return current;
        }
        r = nr;
      }
    }
    notes.add(Kind.LEFT_OUT, where, null, field + ": left out to keep the article valid: " + describe(r));
    return null;
  }

  private Contributor repairContributor(Contributor c, String where) {
    ArticleValidator validator = ArticleValidator.create();
    if (c.getAgent() instanceof Person p) {
      List<UnaryOperator<Person>> fixes = List.of(
          x -> x.getIdentifier().isPresent() ? x.toBuilder().identifier(java.util.Optional.empty()).build() : null,
          x -> x.getAffiliation().isPresent() ? x.toBuilder().affiliation(java.util.Optional.empty()).build() : null,
          x -> x.getTitle().isPresent() ? x.toBuilder().title(java.util.Optional.empty()).build() : null);
      Person fixed = repair(validator, p, "contributor", where, fixes);
      return fixed == null ? null : fixed == p ? c : Contributor.of(fixed, c.getRole());
    }
    Organization o = (Organization) c.getAgent();
    Organization fixed = repair(validator, o, "contributor", where,
        List.of(x -> x.getIdentifier().isPresent() ? Organization.builder().name(x.getName()).build() : null));
    return fixed == null ? null : fixed == o ? c : Contributor.of(fixed, c.getRole());
  }

  private Media repairMedia(Media m, String where) {
    List<UnaryOperator<Media>> fixes = new ArrayList<>();
    fixes.add(x -> x.getRights().isPresent() ? x.toBuilder().rights(java.util.Optional.empty()).build() : null);
    fixes.add(x -> x.getUrl().isPresent() ? x.toBuilder().url(java.util.Optional.empty()).build() : null);
    fixes.add(x -> x.getCaption().isPresent() ? x.toBuilder().caption(java.util.Optional.empty()).build() : null);
    fixes.add(x -> x.getAltText().isPresent() ? x.toBuilder().altText(java.util.Optional.empty()).build() : null);
    fixes.add(x -> x.getCredit().isPresent() ? x.toBuilder().credit(java.util.Optional.empty()).build() : null);
    Media fixed = repair(ArticleValidator.create(), m, "media item", where, fixes);
    if (fixed != null && fixed.getUrl().isEmpty() && fixed.getCaption().isEmpty() && fixed.getAltText().isEmpty()
        && fixed.getCredit().isEmpty() && fixed.getRights().isEmpty()) {
      notes.add(Kind.LEFT_OUT, where, null, "media item: nothing valid left in it: no media item created");
      return null;
    }
    return fixed;
  }

  private static List<UnaryOperator<RightsNotice>> rightsRepairs() {
    return List.of(
        x -> x.getYears().isPresent() ? x.toBuilder().years(java.util.Optional.empty()).build() : null,
        x -> x.getLicense().isPresent() ? x.toBuilder().license(java.util.Optional.empty()).build() : null,
        x -> !x.getPermittedUses().isEmpty() ? x.toBuilder().permittedUses(List.of()).build() : null);
  }

  private static String describe(ValidationReport r) {
    List<String> parts = new ArrayList<>();
    for (Violation v : r.getViolations()) {
      parts.add(v.getMessage() + " [" + v.getCode() + "]");
      if (parts.size() == 3) {
        break;
      }
    }
    return String.join("; ", parts);
  }
}
