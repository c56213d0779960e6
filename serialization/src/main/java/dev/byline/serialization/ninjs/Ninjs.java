package dev.byline.serialization.ninjs;

import dev.byline.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
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
 *   <tr><td>id (else a name-based {@code urn:uuid:} of the headline and body, which reading takes for no id)</td><td>{@code uri}</td></tr>
 *   <tr><td>url</td><td>{@code renditions[]{name: "web", contentType: "text/html", href}}</td></tr>
 *   <tr><td>—</td><td>{@code type: "text"}, {@code representationType: "full"}</td></tr>
 *   <tr><td>headline, subheadline</td><td>{@code headlines[]} with role {@code main}, {@code sub}</td></tr>
 *   <tr><td>paragraphs</td><td>{@code bodies[]{role: "main", contentType: "text/plain"}}, paragraphs joined by a blank line</td></tr>
 *   <tr><td>published, modified</td><td>{@code firstCreated}, {@code versionCreated}</td></tr>
 *   <tr><td>language, dateline</td><td>{@code language}, {@code located}</td></tr>
 *   <tr><td>contributors</td><td>{@code people[]} / {@code organisations[]} with {@code rel} the role, and {@code by}, the authors' names (written only)</td></tr>
 *   <tr><td>publisher</td><td>{@code organisations[]{rel: "publisher"}}</td></tr>
 *   <tr><td>tags</td><td>by kind: {@code subjects[]}, {@code people[]}, {@code organisations[]}, {@code places[]}, {@code events[]} with {@code rel: "about"}; a tag without a kind: {@code subjects[]{rel: "keyword"}}; scheme as {@code uri}</td></tr>
 *   <tr><td>media</td><td>{@code associations[]} (type picture, video, audio) with caption and credit line in {@code descriptions[]} (roles {@code caption}, {@code creditline}), the URL as the rendition {@code original}, and their own rights as below</td></tr>
 *   <tr><td>rights</td><td>{@code copyrightNotice} (the text), {@code copyrightHolder}, {@code usageTerms}, and {@code rightsInfo}: the licence as {@code linkedRights}, or else the notice as an ODRL 2.2 policy in {@code encodedRights}</td></tr>
 * </table>
 *
 * <h2>What is lost</h2>
 *
 * <p>{@link #write(Article, NinjsVersion)} lists in {@link NinjsResult#getLosses()} every property of
 * the article that reading the document back would not bring back equal, one line each, starting
 * with the property's path: {@code "quotes: 9 quotations (ninjs has no quotations)"}. ninjs has no
 * quotations, no section, no alternative text, no title or affiliation of a person; it lists people
 * before organisations and tags by kind, so their order may change; its body is one text, so a
 * paragraph that is blank, holds a blank line, or starts or ends with a line break does not come back
 * as it was. A notice comes back as the notice reader ({@code RightsNotices}) reads
 * {@code copyrightNotice}, with {@code copyrightHolder}, {@code usageTerms} and {@code linkedRights} on
 * top: its years, uses and all-rights-reserved flag come back only as far as its text states them,
 * and each part that does not is listed ({@code "rights.years: …"}). An id that is the same as the
 * {@code urn:uuid:} Byline derives for an article without one is listed.
 *
 * <p>{@link #read(String)} lists every property and array entry of the document that the article
 * does not carry, starting with its JSON Pointer: properties with no place in an article (urgency,
 * pubStatus, genres, renditions other than the web page, …), headlines, bodies, descriptions and
 * renditions beyond the ones read, relations other than roles, {@code about} and {@code keyword}, a
 * free-text {@code by} that is not the structured people's names, an {@code encodedRights} policy
 * other than the one Byline would write for the notice (policies are not read back), a markup-only
 * body (not decoded), an association's own name and uri. An item with no headline gets its
 * {@code title}, {@code slugline} or, failing those, an empty headline, which validation reports.
 * A document Byline wrote is read back with no losses unless its notices lose parts.
 *
 * <h2>Errors and limits</h2>
 *
 * <p>A document that is not JSON, not an object, has a key twice in one object (or two spellings of
 * one mapped property), breaks a limit, or has a mapped property of the wrong JSON type fails with
 * {@link NinjsException}: its kind, a JSON Pointer that resolves to the place in the document, and the
 * line and column there. Limits: {@value #MAX_DOCUMENT_LENGTH} chars per document (and per string),
 * nesting depth {@value #MAX_NESTING_DEPTH}, {@value #MAX_NAME_LENGTH} chars per property name,
 * {@value #MAX_NUMBER_LENGTH} chars per number. Reading and writing are linear in the length of the
 * document and the article.
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
  /** The longest document read, in chars (64 MiB); also the longest string in it. */
  public static final int MAX_DOCUMENT_LENGTH = 64 * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest property name read, in chars. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest number read, in chars. */
  public static final int MAX_NUMBER_LENGTH = 100;

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
   * @throws NinjsException when the text is not a JSON object, has a duplicate key or breaks a limit
   */
  public static NinjsVersion detectVersion(String json) {
    Objects.requireNonNull(json, "json");
    return detect(NinjsTree.parse(json));
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
   * @return the JSON document, and every property of the article that reading it back would not
   *     bring back equal
   * @throws IllegalArgumentException for a version Byline only reads
   */
  public static NinjsResult<String> write(Article article, NinjsVersion version) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(version, "version");
    if (!version.isWritable()) {
      throw new IllegalArgumentException("Byline writes ninjs 3.1 and 2.2, not " + version.getNumber());
    }
    ObjectNode root = new NinjsWriter(version.isCamelCase()).item(article);
    return new NinjsResult<>(NinjsTree.MAPPER.writeValueAsString(root), NinjsWriter.losses(article));
  }

  // ---- import ---------------------------------------------------------------------------------

  /**
   * Reads a ninjs document (2.1, 2.2, 3.0 or 3.1) into an article.
   *
   * @param json the document; not {@code null}
   * @return the article, and every part of the document it does not carry
   * @throws NinjsException when the text is not JSON or not an object, has a duplicate key, breaks a
   *     limit, or a mapped property has the wrong type
   */
  public static NinjsResult<Article> read(String json) {
    Objects.requireNonNull(json, "json");
    return read(json, NinjsTree.parse(json));
  }

  /**
   * Reads a ninjs document after checking it against IPTC's schema for its version
   * ({@link #detectVersion(String)}): a document that does not conform is refused with every problem
   * the check reports.
   *
   * @param json the document; not {@code null}
   * @param check the schema validator to run; not {@code null}
   * @return the article, and every part of the document it does not carry
   * @throws NinjsException when the document does not conform, is not JSON or not an object, has a
   *     duplicate key, breaks a limit, or a mapped property has the wrong type
   */
  public static NinjsResult<Article> read(String json, NinjsSchemaCheck check) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(check, "check");
    ObjectNode root = NinjsTree.parse(json);
    NinjsVersion version = schemaVersion(detect(root));
    List<String> problems = check.problems(json, version);
    if (!problems.isEmpty()) {
      throw new NinjsException(NinjsException.Kind.NOT_CONFORMING, "", 1, 1,
          "the document does not conform to the ninjs " + version.getNumber() + " schema: " + String.join("; ", problems));
    }
    return read(json, root);
  }

  private static NinjsResult<Article> read(String json, ObjectNode root) {
    NinjsReader reader = new NinjsReader(json);
    Article article = reader.item(root);
    return new NinjsResult<>(article, reader.losses());
  }
}
