package dev.byline.serialization.ninjs;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.core.rights.OdrlPolicies;
import dev.byline.core.rights.RightsNotices;
import dev.byline.serialization.internal.Timestamps;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts articles to and from IPTC ninjs ("News in JSON"): writes 3.1 and 2.2, reads 3.1, 3.0, 2.2
 * and 2.1 (property names are matched without regard to case, which covers both spellings).
 *
 * <h2>Field mapping</h2>
 *
 * <table>
 *   <caption>Byline and ninjs</caption>
 *   <tr><th>Byline</th><th>ninjs 3.1 (2.2: the same in lower case)</th></tr>
 *   <tr><td>id (else url; else a name-based {@code urn:uuid:} of the headline and body)</td><td>{@code uri}</td></tr>
 *   <tr><td>—</td><td>{@code type: "text"}, {@code representationType: "full"}</td></tr>
 *   <tr><td>headline, subheadline</td><td>{@code headlines[]} with role {@code main}, {@code sub}</td></tr>
 *   <tr><td>paragraphs</td><td>{@code bodies[]{role: "main", contentType: "text/plain"}}, paragraphs joined by a blank line</td></tr>
 *   <tr><td>published, modified</td><td>{@code firstCreated}, {@code versionCreated}</td></tr>
 *   <tr><td>language, dateline</td><td>{@code language}, {@code located}</td></tr>
 *   <tr><td>contributors</td><td>{@code by} (the authors' names, written only) and {@code people[]} / {@code organisations[]} with {@code rel} the role (read back)</td></tr>
 *   <tr><td>publisher</td><td>{@code organisations[]{rel: "publisher"}}</td></tr>
 *   <tr><td>tags by kind</td><td>{@code subjects[]} (subject or no kind), {@code people[]}, {@code organisations[]}, {@code places[]}, {@code events[]}, each with {@code rel: "about"}; scheme as {@code uri}</td></tr>
 *   <tr><td>media</td><td>{@code associations[]} (type picture, video, audio) with caption and credit line in {@code descriptions[]} (roles {@code caption}, {@code creditline}), the URL as a rendition, and their own copyright</td></tr>
 *   <tr><td>rights</td><td>{@code copyrightHolder}, {@code copyrightNotice}, {@code usageTerms}, and {@code rightsInfo}: the licence as {@code linkedRights}, or else the notice as an ODRL 2.2 policy in {@code encodedRights}</td></tr>
 * </table>
 *
 * <h2>What is lost</h2>
 *
 * <p>Export: ninjs has no quotations, no section, no alternative text, no title or affiliation
 * of a person, and one {@code uri} (a URL next to an id is dropped); people come before
 * organisations, and a tag with no kind comes back as a subject. Each conversion lists its losses in
 * {@link NinjsResult#getLosses()}. Import: ninjs properties with no place in an article
 * (renditions of the item, urgency, pubStatus, genres, …) are listed the same way; a rights notice is
 * rebuilt from {@code copyrightNotice} by the notice reader, with {@code copyrightHolder},
 * {@code usageTerms} and a {@code linkedRights} licence on top — an {@code encodedRights} policy is
 * not read back. A body with markup only ({@code text/html}) is not decoded. An item with no
 * headline gets its {@code title}, {@code slugline} or, failing those, an empty headline, which
 * validation reports.
 *
 * <h2>Schema checking</h2>
 *
 * <p>{@link #read(String, NinjsSchemaCheck)} first checks the document against IPTC's schema for its
 * version, shipped in this jar ({@link #schema(NinjsVersion)}), with a validator the caller supplies,
 * and refuses a document that does not conform; {@link #read(String)} reads what it can of any ninjs.
 *
 * <p>Thread-safe; no state.
 */
public final class Ninjs {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String ODRL = "http://www.w3.org/ns/odrl/2/";

  /** The URI under which the ninjs schemas refer to the GeoJSON schema: register {@link #geoJsonSchema()} there. */
  public static final String GEOJSON_SCHEMA_URI = "https://geojson.org/schema/GeoJSON.json";

  private Ninjs() {}

  // ---- schemas --------------------------------------------------------------------------------

  /**
   * IPTC's official JSON Schema (2020-12) for ninjs 3.1 (also for 3.0 documents) or 2.2 (also for
   * 2.1), as shipped in this jar; CC BY 4.0, IPTC.
   *
   * @param version the version; 3.0 gives the 3.1 schema, 2.1 the 2.2 schema
   * @return the schema text
   */
  public static String schema(NinjsVersion version) {
    Objects.requireNonNull(version, "version");
    return resource("ninjs-schema_" + schemaVersion(version).getNumber() + ".json");
  }

  /**
   * The GeoJSON schema the ninjs schemas refer to ({@value #GEOJSON_SCHEMA_URI}), shipped so that
   * validation needs no network.
   *
   * @return the schema text
   */
  public static String geoJsonSchema() {
    return resource("GeoJSON-schema.json");
  }

  static NinjsVersion schemaVersion(NinjsVersion version) {
    return version.isCamelCase() ? NinjsVersion.V3_1 : NinjsVersion.V2_2;
  }

  private static String resource(String name) {
    try (java.io.InputStream in = Ninjs.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " in byline-serialization");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Tells which ninjs generation a document is written in: the version its {@code standard.version}
   * names, else 3.1 when any property name holds a capital letter ({@code versionCreated}), else 2.2
   * when it uses a 2.x lower-case name ({@code versioncreated}), else 3.1.
   *
   * @param json the document; not {@code null}
   * @return the detected version
   * @throws NinjsException when the text is not a JSON object
   */
  public static NinjsVersion detectVersion(String json) {
    return detect(tree(json));
  }

  private static NinjsVersion detect(JsonNode root) {
    JsonNode standard = root.get("standard");
    if (standard != null && standard.isObject() && standard.get("version") != null && standard.get("version").isString()) {
      for (NinjsVersion v : NinjsVersion.values()) {
        if (standard.get("version").asString().startsWith(v.getNumber())) {
          return v;
        }
      }
    }
    boolean[] camel = {false};
    boolean[] lowerMultiword = {false};
    scanNames(root, camel, lowerMultiword);
    if (camel[0]) {
      return NinjsVersion.V3_1;
    }
    return lowerMultiword[0] ? NinjsVersion.V2_2 : NinjsVersion.V3_1;
  }

  private static final Set<String> LOWER_CASE_2X = Set.of("versioncreated", "firstcreated", "contentcreated",
      "copyrightholder", "copyrightnotice", "usageterms", "rightsinfo", "representationtype", "pubstatus",
      "ednote", "infosources", "altids", "trustindicators", "embargoeduntil", "digitalsourcetype", "contenttype",
      "linkedrights", "encodedrights", "langid");

  private static void scanNames(JsonNode node, boolean[] camel, boolean[] lower) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        String name = e.getKey();
        if (!name.startsWith("@") && !name.equals(name.toLowerCase(Locale.ROOT))) {
          camel[0] = true;
        }
        if (LOWER_CASE_2X.contains(name)) {
          lower[0] = true;
        }
        scanNames(e.getValue(), camel, lower);
      }
    } else if (node.isArray()) {
      node.forEach(child -> scanNames(child, camel, lower));
    }
  }

  // ---- export ---------------------------------------------------------------------------------

  /**
   * Writes an article as a ninjs document.
   *
   * @param article the article; not {@code null}
   * @param version {@link NinjsVersion#V3_1} or {@link NinjsVersion#V2_2}
   * @return the JSON document and what ninjs could not carry
   * @throws IllegalArgumentException for a version Byline only reads
   */
  public static NinjsResult<String> write(Article article, NinjsVersion version) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(version, "version");
    if (!version.isWritable()) {
      throw new IllegalArgumentException("Byline writes ninjs 3.1 and 2.2, not " + version.getNumber());
    }
    Writer w = new Writer(version.isCamelCase());
    List<String> losses = new ArrayList<>();
    ObjectNode root = w.item(article, losses);
    return new NinjsResult<>(MAPPER.writeValueAsString(root), losses);
  }

  private static final class Writer {
    final boolean camel;

    Writer(boolean camel) {
      this.camel = camel;
    }

    String k(String name) {
      return camel ? name : name.toLowerCase(Locale.ROOT);
    }

    /** Writes a timestamp as ninjs's date-time (RFC 3339); what it cannot carry as given is a loss. */
    void timestamp(ObjectNode o, String name, OffsetDateTime t, String field, List<String> losses) {
      Optional<String> text = Timestamps.rfc3339(t);
      if (text.isEmpty()) {
        losses.add(field + ": the year " + t.getYear() + " is outside 0000-9999, which ninjs's date-time cannot carry");
        return;
      }
      if (!Timestamps.isRfc3339(t)) {
        losses.add(field + ": the UTC offset " + t.getOffset() + " has seconds, which ninjs's date-time cannot carry; "
            + "the same instant written in UTC");
      }
      o.put(name, text.get());
    }

    ObjectNode item(Article a, List<String> losses) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("uri", a.getId().or(a::getUrl).map(URI::toString).orElseGet(() -> contentUri(a)));
      if (a.getId().isPresent() && a.getUrl().isPresent()) {
        losses.add("url: ninjs has one uri, which holds the id");
      }
      o.put("type", "text");
      o.put(k("representationType"), "full");
      a.getPublished().ifPresent(t -> timestamp(o, k("firstCreated"), t, "published", losses));
      a.getModified().ifPresent(t -> timestamp(o, k("versionCreated"), t, "modified", losses));
      a.getLanguage().ifPresent(l -> o.put("language", l));
      a.getDateline().ifPresent(d -> o.put("located", d));
      List<String> authors = new ArrayList<>();
      for (Contributor c : a.getContributors()) {
        if (c.getRole() == ContributorRole.AUTHOR) {
          authors.add(c.getAgent().getName());
        }
      }
      if (!authors.isEmpty()) {
        o.put("by", String.join(", ", authors));
      }
      ArrayNode headlines = o.putArray("headlines");
      headlines.addObject().put("role", "main").put("value", a.getHeadline());
      a.getSubheadline().ifPresent(s -> headlines.addObject().put("role", "sub").put("value", s));
      if (!a.getParagraphs().isEmpty()) {
        o.putArray("bodies").addObject().put("role", "main").put(k("contentType"), "text/plain").put("value", a.getBodyText());
      }
      for (int i = 0; i < a.getContributors().size(); i++) {
        Contributor c = a.getContributors().get(i);
        entity(o, c.getAgent() instanceof Person ? "people" : "organisations", c.getAgent().getName(),
            c.getRole().name().toLowerCase(Locale.ROOT), c.getAgent().getIdentifier());
        if (c.getAgent() instanceof Person p && (p.getTitle().isPresent() || p.getAffiliation().isPresent())) {
          losses.add("contributors[" + i + "]: ninjs people have no title or affiliation");
        }
      }
      a.getPublisher().ifPresent(p -> entity(o, "organisations", p.getName(), "publisher", p.getIdentifier()));
      for (Tag t : a.getTags()) {
        String where = switch (t.getKind().orElse(TagKind.SUBJECT)) {
          case SUBJECT -> "subjects";
          case PERSON -> "people";
          case ORGANISATION -> "organisations";
          case PLACE -> "places";
          case EVENT -> "events";
        };
        entity(o, where, t.getLabel(), "about", t.getScheme());
      }
      for (int i = 0; i < a.getMedia().size(); i++) {
        o.withArray("associations").add(association(a.getMedia().get(i), i, losses));
      }
      a.getRights().ifPresent(r -> rights(o, r));
      if (!a.getQuotes().isEmpty()) {
        losses.add("quotes: " + a.getQuotes().size() + " quotations (ninjs has no quotations)");
      }
      a.getSection().ifPresent(s -> losses.add("section: ninjs has no section"));
      return o;
    }

    void entity(ObjectNode o, String array, String name, String rel, java.util.Optional<URI> uri) {
      ObjectNode e = o.withArray(array).addObject().put("name", name).put("rel", rel);
      uri.ifPresent(u -> e.put("uri", u.toString()));
    }

    ObjectNode association(Media m, int index, List<String> losses) {
      ObjectNode o = MAPPER.createObjectNode();
      o.put("name", index == 0 ? "lead" : "media-" + index);
      o.put("uri", m.getUrl().map(URI::toString).orElseGet(() -> "urn:uuid:" + UUID.nameUUIDFromBytes(
          ("media:" + index + ":" + m).getBytes(StandardCharsets.UTF_8))));
      o.put("type", switch (m.getKind()) {
        case IMAGE -> "picture";
        case VIDEO -> "video";
        case AUDIO -> "audio";
      });
      m.getCaption().ifPresent(c -> o.withArray("descriptions").addObject().put("role", "caption").put("value", c));
      m.getCredit().ifPresent(c -> o.withArray("descriptions").addObject().put("role", "creditline").put("value", c));
      m.getUrl().ifPresent(u -> o.withArray("renditions").addObject().put("name", "original").put("href", u.toString()));
      m.getRights().ifPresent(r -> rights(o, r));
      m.getAltText().ifPresent(x -> losses.add("media[" + index + "].altText: ninjs has no alternative text"));
      return o;
    }

    void rights(ObjectNode o, RightsNotice r) {
      r.getHolder().ifPresent(h -> o.put(k("copyrightHolder"), h));
      r.getText().ifPresent(t -> o.put(k("copyrightNotice"), t));
      r.getUsageTerms().ifPresent(t -> o.put(k("usageTerms"), t));
      ObjectNode info = o.putObject(k("rightsInfo"));
      if (r.getLicense().isPresent()) {
        info.put(k("linkedRights"), r.getLicense().get().toString());
      } else {
        info.put(k("langId"), ODRL);
        info.put(k("encodedRights"), OdrlPolicies.toJsonLd(r));
      }
    }

    static String contentUri(Article a) {
      String key = a.getHeadline() + "\n" + a.getBodyText();
      return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
  }

  // ---- import ---------------------------------------------------------------------------------

  /** ninjs properties the import maps; everything else is listed as lost. */
  private static final Set<String> MAPPED = Set.of("uri", "type", "representationtype", "firstcreated",
      "versioncreated", "language", "located", "by", "headlines", "bodies", "people", "organisations", "places",
      "subjects", "events", "associations", "copyrightholder", "copyrightnotice", "usageterms", "rightsinfo",
      "title", "slugline");

  /**
   * Reads a ninjs document (2.1, 2.2, 3.0 or 3.1) into an article.
   *
   * @param json the document; not {@code null}
   * @return the article, and the ninjs properties it has no place for
   * @throws NinjsException when the text is not a JSON object, or a mapped property has the wrong type
   */
  public static NinjsResult<Article> read(String json) {
    Objects.requireNonNull(json, "json");
    return read(tree(json));
  }

  /**
   * Reads a ninjs document after checking it against IPTC's schema for its version
   * ({@link #detectVersion(String)}): a document that does not conform is refused with every problem
   * the check reports.
   *
   * @param json the document; not {@code null}
   * @param check the schema validator to run; not {@code null}
   * @return the article, and the ninjs properties it has no place for
   * @throws NinjsException when the document does not conform, is not a JSON object, or a mapped
   *     property has the wrong type
   */
  public static NinjsResult<Article> read(String json, NinjsSchemaCheck check) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(check, "check");
    ObjectNode root = tree(json);
    NinjsVersion version = schemaVersion(detect(root));
    List<String> problems = check.problems(json, version);
    if (!problems.isEmpty()) {
      throw new NinjsException("", "the document does not conform to the ninjs " + version.getNumber() + " schema: "
          + String.join("; ", problems), null);
    }
    return read(root);
  }

  private static ObjectNode tree(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new NinjsException("", "not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new NinjsException("", "a ninjs document is a JSON object", null);
    }
    return (ObjectNode) root;
  }

  private static NinjsResult<Article> read(ObjectNode root) {
    List<String> losses = new ArrayList<>();
    Article article = new Reader(losses).item(root);
    return new NinjsResult<>(article, losses);
  }

  private static final class Reader {
    final List<String> losses;

    Reader(List<String> losses) {
      this.losses = losses;
    }

    static JsonNode get(ObjectNode o, String name) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        if (e.getKey().equalsIgnoreCase(name)) {
          return e.getValue();
        }
      }
      return null;
    }

    static String text(ObjectNode o, String name, String pointer) {
      JsonNode v = get(o, name);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isString()) {
        throw new NinjsException(pointer + "/" + name, "expected a string", null);
      }
      return v.asString();
    }

    static List<ObjectNode> objects(ObjectNode o, String name, String pointer) {
      JsonNode v = get(o, name);
      List<ObjectNode> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw new NinjsException(pointer + "/" + name, "expected an array", null);
      }
      int i = 0;
      for (JsonNode e : v) {
        if (!e.isObject()) {
          throw new NinjsException(pointer + "/" + name + "/" + i, "expected an object", null);
        }
        out.add((ObjectNode) e);
        i++;
      }
      return out;
    }

    Article item(ObjectNode o) {
      Article.Builder b = Article.builder();
      String headline = null;
      for (ObjectNode h : objects(o, "headlines", "")) {
        String role = text(h, "role", "/headlines");
        String value = text(h, "value", "/headlines");
        if (value == null) {
          continue;
        }
        if ("sub".equals(role)) {
          b.subheadline(value);
        } else if (headline == null) {
          headline = value; // the first headline that is not a subheadline
        }
      }
      if (headline == null) {
        headline = text(o, "title", "");
      }
      if (headline == null) {
        headline = text(o, "slugline", "");
      }
      if (headline == null) {
        headline = "";
        losses.add("headline: the item has none (no headlines, title or slugline)");
      }
      b.headline(headline);
      uri(text(o, "uri", ""), "/uri").ifPresent(b::id);
      time(text(o, "firstCreated", ""), "/firstCreated").ifPresent(b::published);
      time(text(o, "versionCreated", ""), "/versionCreated").ifPresent(b::modified);
      String language = text(o, "language", "");
      if (language != null) {
        b.language(language);
      }
      String located = text(o, "located", "");
      if (located != null) {
        b.dateline(located);
      }
      body(o, b);
      agents(o, b);
      media(o, b);
      rights(o).ifPresent(b::rights);
      for (Iterator<String> names = o.propertyNames().iterator(); names.hasNext(); ) {
        String name = names.next();
        if (!MAPPED.contains(name.toLowerCase(Locale.ROOT))) {
          losses.add(name + ": a ninjs property with no place in an article");
        }
      }
      return b.build();
    }

    void body(ObjectNode o, Article.Builder b) {
      String plain = null;
      boolean markupOnly = false;
      for (ObjectNode body : objects(o, "bodies", "")) {
        String type = text(body, "contentType", "/bodies");
        String value = text(body, "value", "/bodies");
        if (value == null) {
          continue;
        }
        if (type == null || type.equals("text/plain")) {
          if (plain == null) {
            plain = value;
          }
        } else {
          markupOnly = true;
        }
      }
      if (plain != null) {
        for (String p : plain.split("\n\n", -1)) {
          if (!p.isBlank()) {
            b.addParagraph(p);
          }
        }
      } else if (markupOnly) {
        losses.add("bodies: only a body with markup, which Byline does not decode");
      }
    }

    void agents(ObjectNode o, Article.Builder b) {
      for (String array : new String[] {"people", "organisations", "places", "subjects", "events"}) {
        for (ObjectNode e : objects(o, array, "")) {
          String name = text(e, "name", "/" + array);
          if (name == null) {
            losses.add(array + ": an entry without a name");
            continue;
          }
          String rel = text(e, "rel", "/" + array);
          java.util.Optional<URI> uri = uri(text(e, "uri", "/" + array), "/" + array);
          ContributorRole role = role(rel);
          boolean isAgentArray = array.equals("people") || array.equals("organisations");
          if (isAgentArray && "publisher".equals(rel) && array.equals("organisations")) {
            Organization.Builder org = Organization.builder().name(name);
            uri.ifPresent(org::identifier);
            b.publisher(org.build());
          } else if (isAgentArray && role != null) {
            Agent agent;
            if (array.equals("people")) {
              Person.Builder p = Person.builder().name(name);
              uri.ifPresent(p::identifier);
              agent = p.build();
            } else {
              Organization.Builder org = Organization.builder().name(name);
              uri.ifPresent(org::identifier);
              agent = org.build();
            }
            b.addContributor(Contributor.of(agent, role));
          } else {
            TagKind kind = switch (array) {
              case "people" -> TagKind.PERSON;
              case "organisations" -> TagKind.ORGANISATION;
              case "places" -> TagKind.PLACE;
              case "events" -> TagKind.EVENT;
              default -> TagKind.SUBJECT;
            };
            Tag.Builder t = Tag.builder().label(name).kind(kind);
            uri.ifPresent(t::scheme);
            b.addTag(t.build());
          }
        }
      }
      String by = text(o, "by", "");
      if (by != null && b.build().getContributors().isEmpty()) {
        losses.add("by: the free-text byline \"" + by + "\" is not split into people (no people[] with a role)");
      }
    }

    static ContributorRole role(String rel) {
      if (rel == null) {
        return null;
      }
      for (ContributorRole r : ContributorRole.values()) {
        if (r.name().equalsIgnoreCase(rel)) {
          return r;
        }
      }
      return null;
    }

    void media(ObjectNode o, Article.Builder b) {
      int i = 0;
      for (ObjectNode a : objects(o, "associations", "")) {
        String type = text(a, "type", "/associations/" + i);
        Media.Builder m = Media.builder().kind(
            "video".equals(type) ? MediaKind.VIDEO : "audio".equals(type) ? MediaKind.AUDIO : MediaKind.IMAGE);
        for (ObjectNode d : objects(a, "descriptions", "/associations/" + i)) {
          String role = text(d, "role", "/associations/" + i + "/descriptions");
          String value = text(d, "value", "/associations/" + i + "/descriptions");
          if (value == null) {
            continue;
          }
          if ("creditline".equals(role)) {
            m.credit(value);
          } else if ("caption".equals(role) || role == null) {
            m.caption(value);
          }
        }
        for (ObjectNode r : objects(a, "renditions", "/associations/" + i)) {
          String href = text(r, "href", "/associations/" + i + "/renditions");
          java.util.Optional<URI> url = uri(href, "/associations/" + i + "/renditions");
          if (url.isPresent() && ("original".equals(text(r, "name", "")) || m.build().getUrl().isEmpty())) {
            m.url(url.get());
          }
        }
        rights(a).ifPresent(m::rights);
        b.addMedia(m.build());
        i++;
      }
    }

    java.util.Optional<RightsNotice> rights(ObjectNode o) {
      String holder = text(o, "copyrightHolder", "");
      String notice = text(o, "copyrightNotice", "");
      String terms = text(o, "usageTerms", "");
      JsonNode info = get(o, "rightsInfo");
      String linked = info != null && info.isObject() ? text((ObjectNode) info, "linkedRights", "/rightsInfo") : null;
      if (holder == null && notice == null && terms == null && linked == null) {
        return java.util.Optional.empty();
      }
      RightsNotice.Builder r = notice != null ? RightsNotices.parse(notice).getNotice().toBuilder() : RightsNotice.builder();
      if (holder != null) {
        r.holder(holder);
      }
      if (terms != null) {
        r.usageTerms(terms);
      }
      uri(linked, "/rightsInfo/linkedRights").ifPresent(r::license);
      return java.util.Optional.of(r.build());
    }

    java.util.Optional<URI> uri(String value, String pointer) {
      if (value == null) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(new URI(value));
      } catch (URISyntaxException e) {
        losses.add(pointer + ": not a URI (\"" + value + "\")");
        return java.util.Optional.empty();
      }
    }

    java.util.Optional<OffsetDateTime> time(String value, String pointer) {
      if (value == null) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
      } catch (DateTimeParseException e) {
        losses.add(pointer + ": not a timestamp with an offset (\"" + value + "\")");
        return java.util.Optional.empty();
      }
    }
  }
}
