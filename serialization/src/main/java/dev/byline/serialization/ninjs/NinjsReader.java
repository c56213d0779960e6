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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one ninjs item into an article. Every property and array entry of the document that the
 * article does not carry is listed as a loss under its JSON Pointer; a property Byline maps with the
 * wrong JSON type fails with its pointer, line and column.
 */
final class NinjsReader {
  private static final String NO_PLACE = "a ninjs property with no place in an article";

  private static final Set<String> ITEM = Set.of("uri", "type", "representationtype", "firstcreated", "versioncreated",
      "language", "located", "by", "headlines", "bodies", "people", "organisations", "places", "subjects", "events",
      "associations", "renditions", "copyrightholder", "copyrightnotice", "usageterms", "rightsinfo", "title",
      "slugline");
  private static final Set<String> ASSOCIATION = Set.of("name", "uri", "type", "descriptions", "renditions",
      "copyrightholder", "copyrightnotice", "usageterms", "rightsinfo");
  private static final Set<String> TEXT_ENTRY = Set.of("role", "contenttype", "value");
  private static final Set<String> ENTITY = Set.of("name", "rel", "uri");
  private static final Set<String> RENDITION = Set.of("name", "href", "contenttype");
  private static final Set<String> RIGHTS_INFO = Set.of("langid", "linkedrights", "encodedrights");

  private final String json;
  private final List<String> losses = new ArrayList<>();

  NinjsReader(String json) {
    this.json = json;
  }

  List<String> losses() {
    return losses;
  }

  /** How a JSON value is named in messages. */
  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    return node.isNull() ? "null" : node.asString();
  }

  /** The body text cut into paragraphs at blank lines; blank pieces are left out. */
  static List<String> paragraphs(String body) {
    List<String> out = new ArrayList<>();
    int start = 0;
    while (true) {
      int cut = body.indexOf("\n\n", start);
      String piece = cut < 0 ? body.substring(start) : body.substring(start, cut);
      if (!piece.isBlank()) {
        out.add(piece);
      }
      if (cut < 0) {
        return out;
      }
      start = cut + 2;
    }
  }

  /**
   * A notice from what ninjs carries: the notice reader's reading of {@code copyrightNotice}, with
   * {@code copyrightHolder}, {@code usageTerms} and the {@code linkedRights} licence on top; null when
   * there is none of them.
   */
  static RightsNotice rebuild(String notice, String holder, String terms, URI license) {
    if (notice == null && holder == null && terms == null && license == null) {
      return null;
    }
    RightsNotice.Builder r = notice != null ? RightsNotices.parse(notice).getNotice().toBuilder() : RightsNotice.builder();
    if (holder != null) {
      r.holder(holder);
    }
    if (terms != null) {
      r.usageTerms(terms);
    }
    if (license != null) {
      r.license(license);
    }
    return r.build();
  }

  // ---- objects ----------------------------------------------------------------------------------

  /** An object of the document: its pointer, its properties by lower-case name, which were read. */
  private final class Obj {
    final ObjectNode node;
    final String pointer;
    final Map<String, String> names = new HashMap<>();
    final Set<String> read = new HashSet<>();

    Obj(ObjectNode node, String pointer, Set<String> mapped) {
      this.node = node;
      this.pointer = pointer;
      for (String name : node.propertyNames()) {
        String lower = name.toLowerCase(Locale.ROOT);
        String earlier = names.putIfAbsent(lower, name);
        if (earlier != null && mapped.contains(lower)) {
          throw fail(NinjsException.Kind.DUPLICATE_PROPERTY, at(name),
              "\"" + earlier + "\" and \"" + name + "\" are the same ninjs property");
        }
      }
    }

    String at(String name) {
      return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The value of a property, matched without regard to case, marked as read; null when absent. */
    JsonNode get(String name) {
      String actual = names.get(name.toLowerCase(Locale.ROOT));
      if (actual == null) {
        return null;
      }
      read.add(actual);
      return node.get(actual);
    }

    String where(String name) {
      return at(names.getOrDefault(name.toLowerCase(Locale.ROOT), name));
    }

    String text(String name) {
      JsonNode v = get(name);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isString()) {
        throw wrongType(where(name), "a string", v);
      }
      return v.asString();
    }

    Obj object(String name, Set<String> mapped) {
      JsonNode v = get(name);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isObject()) {
        throw wrongType(where(name), "an object", v);
      }
      return new Obj((ObjectNode) v, where(name), mapped);
    }

    List<Obj> objects(String name, Set<String> mapped) {
      JsonNode v = get(name);
      List<Obj> out = new ArrayList<>();
      if (v == null || v.isNull()) {
        return out;
      }
      if (!v.isArray()) {
        throw wrongType(where(name), "an array", v);
      }
      String array = where(name);
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (!e.isObject()) {
          throw wrongType(array + "/" + i, "an object", e);
        }
        out.add(new Obj((ObjectNode) e, array + "/" + i, mapped));
      }
      return out;
    }

    /** Lists every property not read as lost. */
    void rest(String why) {
      for (String name : node.propertyNames()) {
        if (!read.contains(name)) {
          losses.add(at(name) + ": " + why);
        }
      }
    }
  }

  private NinjsException wrongType(String pointer, String expected, JsonNode found) {
    return fail(NinjsException.Kind.WRONG_TYPE, pointer, "expected " + expected + ", found " + describe(found));
  }

  private NinjsException fail(NinjsException.Kind kind, String pointer, String message) {
    int[] at = NinjsTree.locate(json, pointer, kind == NinjsException.Kind.DUPLICATE_PROPERTY);
    return new NinjsException(kind, pointer, at[0], at[1], message);
  }

  // ---- the item -----------------------------------------------------------------------------------

  Article item(ObjectNode root) {
    Obj o = new Obj(root, "", ITEM);
    Article.Builder b = Article.builder();
    String headline = headlines(o, b);
    String title = o.text("title");
    String slugline = o.text("slugline");
    String from = "headlines";
    if (headline == null && title != null) {
      headline = title;
      from = "title";
    } else if (headline == null && slugline != null) {
      headline = slugline;
      from = "slugline";
    }
    if (title != null && !from.equals("title")) {
      losses.add(o.where("title") + ": the article's headline comes from " + from);
    }
    if (slugline != null && !from.equals("slugline")) {
      losses.add(o.where("slugline") + ": the article's headline comes from " + from);
    }
    if (headline == null) {
      headline = "";
      losses.add("headline: the item has none (no headlines, title or slugline); the article's headline is empty");
    }
    b.headline(headline);
    String body = body(o, b);
    String uri = o.text("uri");
    if (uri != null && !uri.equals(NinjsWriter.contentUri(headline, body))) {
      uri(uri, o.where("uri")).ifPresent(b::id);
    }
    String type = o.text("type");
    if (type != null && !type.equals("text")) {
      losses.add(o.where("type") + ": a \"" + type + "\" item read as a text article");
    }
    String representation = o.text("representationType");
    if (representation != null && !representation.equals("full")) {
      losses.add(o.where("representationType") + ": a \"" + representation + "\" representation read as the full article");
    }
    time(o.text("firstCreated"), o.where("firstCreated")).ifPresent(b::published);
    time(o.text("versionCreated"), o.where("versionCreated")).ifPresent(b::modified);
    Optional.ofNullable(o.text("language")).ifPresent(b::language);
    Optional.ofNullable(o.text("located")).ifPresent(b::dateline);
    entities(o, b);
    String by = o.text("by");
    if (by != null && !Optional.of(by).equals(NinjsWriter.by(b.build()))) {
      losses.add(o.where("by") + ": the free-text byline \"" + by + "\" is not split into people (only people[] and"
          + " organisations[] with a role are contributors)");
    }
    int i = 0;
    for (Obj a : o.objects("associations", ASSOCIATION)) {
      b.addMedia(association(a, i++, uri));
    }
    boolean web = false;
    for (Obj r : o.objects("renditions", RENDITION)) {
      if (!web && NinjsWriter.WEB.equals(r.text("name")) && NinjsWriter.HTML.equals(r.text("contentType"))) {
        web = true;
        uri(r.text("href"), r.where("href")).ifPresent(b::url);
        r.rest("a property of the item's web page with no place in an article");
      } else {
        losses.add(r.pointer + ": a rendition of the item (only its web page, named \"web\", is its url)");
      }
    }
    rights(o).ifPresent(b::rights);
    o.rest(NO_PLACE);
    return b.build();
  }

  /** The main headline (role main, else the first that is not a subheadline) and the subheadline. */
  private String headlines(Obj o, Article.Builder b) {
    List<Obj> all = o.objects("headlines", TEXT_ENTRY);
    int main = -1;
    for (int pass = 0; pass < 2 && main < 0; pass++) {
      for (int i = 0; i < all.size() && main < 0; i++) {
        String role = all.get(i).text("role");
        if (all.get(i).text("value") != null && (pass == 0 ? "main".equals(role) : !"sub".equals(role))) {
          main = i;
        }
      }
    }
    String headline = null;
    boolean sub = false;
    for (int i = 0; i < all.size(); i++) {
      Obj h = all.get(i);
      String role = h.text("role");
      String value = h.text("value");
      String type = h.text("contentType");
      if (value == null) {
        losses.add(h.pointer + ": a headline without a value");
      } else if (i == main) {
        headline = value;
      } else if ("sub".equals(role) && !sub) {
        b.subheadline(value);
        sub = true;
      } else {
        losses.add(h.pointer + ": another headline (an article has one headline and one subheadline)");
        continue;
      }
      if (value != null && type != null && !type.equals(NinjsWriter.PLAIN)) {
        losses.add(h.where("contentType") + ": \"" + type + "\", read as plain text");
      }
      h.rest(NO_PLACE);
    }
    return headline;
  }

  /** The paragraphs from the first plain-text body (role main first); returns its text, or null. */
  private String body(Obj o, Article.Builder b) {
    List<Obj> all = o.objects("bodies", TEXT_ENTRY);
    int chosen = -1;
    for (int pass = 0; pass < 2 && chosen < 0; pass++) {
      for (int i = 0; i < all.size() && chosen < 0; i++) {
        Obj body = all.get(i);
        String type = body.text("contentType");
        boolean plain = type == null || type.equals(NinjsWriter.PLAIN);
        if (plain && body.text("value") != null && (pass == 1 || "main".equals(body.text("role")))) {
          chosen = i;
        }
      }
    }
    String text = null;
    for (int i = 0; i < all.size(); i++) {
      Obj body = all.get(i);
      if (i == chosen) {
        text = body.text("value");
        body.text("role");
        body.text("contentType");
        body.rest(NO_PLACE);
        b.paragraphs(paragraphs(text));
      } else {
        String type = body.text("contentType");
        losses.add(body.pointer + ": another body" + (type != null && !type.equals(NinjsWriter.PLAIN)
            ? " (\"" + type + "\", which Byline does not decode)" : " (the article has the first plain-text one)"));
      }
    }
    return text;
  }

  private void entities(Obj o, Article.Builder b) {
    boolean publisher = false;
    for (String array : NinjsWriter.ENTITY_ARRAYS) {
      for (Obj e : o.objects(array, ENTITY)) {
        String name = e.text("name");
        String rel = e.text("rel");
        Optional<URI> uri = uri(e.text("uri"), e.where("uri"));
        if (name == null) {
          losses.add(e.pointer + ": an entry without a name");
          continue;
        }
        ContributorRole role = role(rel);
        boolean agents = array.equals("people") || array.equals("organisations");
        if (array.equals("organisations") && NinjsWriter.PUBLISHER.equals(rel) && !publisher) {
          Organization.Builder org = Organization.builder().name(name);
          uri.ifPresent(org::identifier);
          b.publisher(org.build());
          publisher = true;
        } else if (agents && role != null) {
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
          Tag.Builder t = Tag.builder().label(name);
          boolean keyword = array.equals("subjects") && NinjsWriter.KEYWORD.equals(rel);
          if (!keyword) {
            t.kind(switch (array) {
              case "people" -> TagKind.PERSON;
              case "organisations" -> TagKind.ORGANISATION;
              case "places" -> TagKind.PLACE;
              case "events" -> TagKind.EVENT;
              default -> TagKind.SUBJECT;
            });
          }
          uri.ifPresent(t::scheme);
          b.addTag(t.build());
          if (rel != null && !keyword && !rel.equals(NinjsWriter.ABOUT)) {
            losses.add(e.where("rel") + ": the relation \"" + rel + "\" (read as a tag)");
          }
        }
        e.rest(NO_PLACE);
      }
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

  private Media association(Obj a, int index, String itemUri) {
    String type = a.text("type");
    Media.Builder m = Media.builder().kind(
        "video".equals(type) ? MediaKind.VIDEO : "audio".equals(type) ? MediaKind.AUDIO : MediaKind.IMAGE);
    if (type != null && !type.equals("picture") && !type.equals("video") && !type.equals("audio")) {
      losses.add(a.where("type") + ": a \"" + type + "\" association read as an image");
    }
    boolean caption = false;
    boolean credit = false;
    for (Obj d : a.objects("descriptions", TEXT_ENTRY)) {
      String role = d.text("role");
      String value = d.text("value");
      String contentType = d.text("contentType");
      if (value != null && NinjsWriter.CREDIT.equals(role) && !credit) {
        m.credit(value);
        credit = true;
      } else if (value != null && (NinjsWriter.CAPTION.equals(role) || role == null) && !caption) {
        m.caption(value);
        caption = true;
      } else {
        losses.add(d.pointer + ": a description that is not the media item's first caption or credit line");
        continue;
      }
      if (contentType != null && !contentType.equals(NinjsWriter.PLAIN)) {
        losses.add(d.where("contentType") + ": \"" + contentType + "\", read as plain text");
      }
      d.rest(NO_PLACE);
    }
    List<Obj> renditions = a.objects("renditions", RENDITION);
    int original = -1;
    for (int i = 0; i < renditions.size() && original < 0; i++) {
      if (NinjsWriter.ORIGINAL.equals(renditions.get(i).text("name")) && renditions.get(i).text("href") != null) {
        original = i;
      }
    }
    for (int i = 0; i < renditions.size() && original < 0; i++) {
      if (renditions.get(i).text("href") != null) {
        original = i;
      }
    }
    for (int i = 0; i < renditions.size(); i++) {
      Obj r = renditions.get(i);
      if (i == original) {
        uri(r.text("href"), r.where("href")).ifPresent(m::url);
        r.text("name");
        r.rest("a property of the media file with no place in a media item");
      } else {
        losses.add(r.pointer + ": another rendition (a media item has one URL)");
      }
    }
    rights(a).ifPresent(m::rights);
    Media media = m.build();
    String name = a.text("name");
    if (name != null && !name.equals(NinjsWriter.associationName(index))) {
      losses.add(a.where("name") + ": the association's name \"" + name + "\"");
    }
    String uri = a.text("uri");
    boolean derived = uri != null && (media.getUrl().map(URI::toString).filter(uri::equals).isPresent()
        || itemUri != null && uri.equals(NinjsWriter.mediaUri(itemUri, index)));
    if (uri != null && !derived) {
      losses.add(a.where("uri") + ": the association's own identifier (a media item has none)");
    }
    a.rest("a property of an association with no place in a media item");
    return media;
  }

  private Optional<RightsNotice> rights(Obj o) {
    String holder = o.text("copyrightHolder");
    String notice = o.text("copyrightNotice");
    String terms = o.text("usageTerms");
    Obj info = o.object("rightsInfo", RIGHTS_INFO);
    URI license = null;
    String encoded = null;
    String language = null;
    if (info != null) {
      license = uri(info.text("linkedRights"), info.where("linkedRights")).orElse(null);
      encoded = info.text("encodedRights");
      language = info.text("langId");
      info.rest("a rights property with no place in a notice");
    }
    RightsNotice r = rebuild(notice, holder, terms, license);
    if (language != null && encoded == null) {
      losses.add(info.where("langId") + ": a rights expression language with no expression");
    }
    if (encoded != null && (r == null || !encoded.equals(OdrlPolicies.toJsonLd(r)))) {
      losses.add(info.where("encodedRights") + ": a rights expression" + (language != null ? " in " + language : "")
          + " that Byline does not read" + (r == null ? "" : " (the notice is rebuilt from copyrightNotice)"));
    }
    return Optional.ofNullable(r);
  }

  private Optional<URI> uri(String value, String pointer) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(value));
    } catch (URISyntaxException e) {
      losses.add(pointer + ": not a URI (\"" + value + "\")");
      return Optional.empty();
    }
  }

  private Optional<OffsetDateTime> time(String value, String pointer) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException e) {
      losses.add(pointer + ": not a timestamp with an offset (\"" + value + "\")");
      return Optional.empty();
    }
  }
}
