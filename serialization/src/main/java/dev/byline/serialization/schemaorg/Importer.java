package dev.byline.serialization.schemaorg;

import dev.byline.Agent;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Limits;
import dev.byline.Media;
import dev.byline.MediaKind;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.YearRange;
import dev.byline.core.rights.RightsNotices;
import dev.byline.serialization.schemaorg.SchemaOrgNote.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the parts of an article from the JSON-LD blocks of a page or one block: resolves {@code @id}
 * references anywhere in the blocks, unwraps {@code @list} and {@code @set}, turns HTML into text by
 * {@link HtmlText}'s rule, reads dates by {@link DateText} and the date policy, and notes every value
 * it does not carry over. Linear in the size of the blocks.
 */
final class Importer {
  private static final Set<String> ARTICLE_TYPES = Set.of("BlogPosting", "LiveBlogPosting", "SocialMediaPosting");
  private static final Set<String> ORGANIZATION_TYPES = Set.of("Organization", "Corporation", "NGO",
      "NewsMediaOrganization", "EducationalOrganization", "GovernmentOrganization", "LocalBusiness",
      "MediaOrganization", "OnlineBusiness", "PerformingGroup", "SportsOrganization", "Project", "Brand");
  private static final String[] CONTRIBUTOR_PROPERTIES = {"author", "creator", "editor", "contributor", "translator"};

  final Notes notes;
  final List<Ld> roots;
  /** For each identifier, the fullest object defined with it (the most properties; the first of equals). */
  private final Map<String, Ld> definitions = new HashMap<>();
  /** Objects the import read properties of, in order: their unread properties are noted at the end. */
  private final Set<Ld> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<Ld> visitOrder = new ArrayList<>();
  /** Top-level and {@code @graph} nodes, in order. */
  private final List<Ld> nodes = new ArrayList<>();
  private final Set<Ld> noted = Collections.newSetFromMap(new IdentityHashMap<>());

  Importer(List<Ld> roots, Notes notes) {
    this.roots = roots;
    this.notes = notes;
    index();
  }

  // ---- the graph ------------------------------------------------------------------------------

  /** Lists top-level and graph nodes, and indexes every object with an {@code @id}, nested ones too. */
  private void index() {
    for (Ld root : roots) {
      List<Ld> tops = root.isArray() ? root.items() : List.of(root);
      for (Ld top : tops) {
        if (!top.isObject()) {
          continue;
        }
        nodes.add(top);
        Ld graph = top.peek("@graph");
        if (graph != null) {
          top.markRead("@graph");
          for (Ld n : graph.isArray() ? graph.items() : List.of(graph)) {
            if (n.isObject()) {
              nodes.add(n);
            }
          }
        }
      }
      Deque<Ld> todo = new ArrayDeque<>();
      todo.push(root);
      while (!todo.isEmpty()) {
        Ld n = todo.pop();
        if (n.isObject()) {
          String id = n.string("@id");
          if (id != null && n.size() > 1) {
            definitions.merge(id.strip(), n, (a, b) -> b.size() > a.size() ? b : a);
          }
          for (Ld v : n.fields().values()) {
            if (v.isObject() || v.isArray()) {
              todo.push(v);
            }
          }
        } else if (n.isArray()) {
          for (Ld v : n.items()) {
            if (v.isObject() || v.isArray()) {
              todo.push(v);
            }
          }
        }
      }
    }
  }

  /**
   * A value with references followed: an object with an {@code @id} stands for the fullest node
   * defined with that identifier anywhere in the blocks (itself included).
   */
  Ld deref(Ld v) {
    if (!v.isObject()) {
      return v;
    }
    String id = v.string("@id");
    if (id == null) {
      return v;
    }
    Ld defined = definitions.get(id.strip());
    return defined != null && defined.size() > v.size() ? defined : v;
  }

  /**
   * The values of a property: the elements of arrays, {@code @list} and {@code @set} (nested ones
   * too), references followed, {@code {"@value": …}} unwrapped; each object at most once (a cycle of
   * references ends).
   */
  List<Ld> values(Ld v) {
    List<Ld> out = new ArrayList<>();
    if (v != null) {
      collect(v, out, Collections.newSetFromMap(new IdentityHashMap<>()));
    }
    return out;
  }

  private void collect(Ld v, List<Ld> out, Set<Ld> seen) {
    if (v.type == Ld.Type.NULL) {
      return;
    }
    if (v.isArray()) {
      for (Ld e : v.items()) {
        collect(e, out, seen);
      }
      return;
    }
    if (!v.isObject()) {
      out.add(v);
      return;
    }
    Ld d = deref(v);
    if (!seen.add(d)) {
      return;
    }
    Ld list = d.peek("@list") != null ? d.get("@list") : d.peek("@set") != null ? d.get("@set") : null;
    if (list != null) {
      collect(list, out, seen);
      return;
    }
    Ld value = d.peek("@value");
    if (value != null) {
      d.markRead("@value");
      d.markRead("@language");
      d.markRead("@type");
      out.add(value);
      return;
    }
    out.add(d);
  }

  static List<String> types(Ld n) {
    List<String> out = new ArrayList<>();
    Ld t = n.peek("@type");
    if (t == null) {
      return out;
    }
    for (Ld v : t.isArray() ? t.items() : List.of(t)) {
      if (v.isString()) {
        String s = v.text.strip();
        int cut = Math.max(s.lastIndexOf('/'), Math.max(s.lastIndexOf(':'), s.lastIndexOf('#')));
        out.add(s.substring(cut + 1));
      }
    }
    return out;
  }

  static boolean isArticle(Ld n) {
    for (String t : types(n)) {
      if (t.endsWith("Article") || ARTICLE_TYPES.contains(t)) {
        return true;
      }
    }
    return false;
  }

  static boolean isOrganization(Ld n) {
    for (String t : types(n)) {
      if (t.endsWith("Organization") || ORGANIZATION_TYPES.contains(t)) {
        return true;
      }
    }
    return false;
  }

  /** The article nodes: top-level and {@code @graph} ones first, then those a top node names as its {@code mainEntity}. */
  List<Ld> articleNodes() {
    List<Ld> out = new ArrayList<>();
    for (Ld n : nodes) {
      if (isArticle(n)) {
        out.add(n);
      }
    }
    if (out.isEmpty()) {
      Set<Ld> seen = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Ld n : nodes) {
        for (Ld e : values(n.peek("mainEntity"))) {
          if (e.isObject() && isArticle(e) && seen.add(e)) {
            out.add(e);
          }
        }
      }
    }
    return out;
  }

  /** Marks a top-level node as already noted, so that it gets no "not imported" note of its own. */
  void visitNothing(Ld n) {
    noted.add(n);
  }

  /** Marks an object as one whose unread properties are to be noted. */
  void visit(Ld n) {
    if (n.isObject() && visited.add(n)) {
      visitOrder.add(n);
    }
  }

  /** Notes the properties of visited objects the import did not read, and the nodes it never visited. */
  void noteUnread() {
    for (Ld n : visitOrder) {
      for (Map.Entry<String, Ld> e : n.fields().entrySet()) {
        String k = e.getKey();
        if (!n.wasRead(k) && !k.equals("@context") && !k.equals("@type") && !k.equals("@id")) {
          notes.add(Kind.NOT_CARRIED_OVER, n.where(k), sample(e.getValue()),
              "schema.org " + k + (types(n).isEmpty() ? "" : " of " + String.join("/", types(n)))
                  + ": Byline's model has no place for it");
        }
      }
    }
    for (Ld n : nodes) {
      if (!visited.contains(n) && !noted.contains(n) && !(n.peek("@graph") != null && onlyContextAndGraph(n))) {
        List<String> t = types(n);
        notes.add(Kind.NOT_CARRIED_OVER, n.where(), n.string("name"),
            "a " + (t.isEmpty() ? "node" : String.join("/", t) + " node") + " that is not the article and that the "
                + "article's imported properties do not use: not imported");
      }
    }
  }

  private static boolean onlyContextAndGraph(Ld n) {
    for (String k : n.fields().keySet()) {
      if (!k.equals("@context") && !k.equals("@graph") && !k.equals("@id")) {
        return false;
      }
    }
    return true;
  }

  /** A short text for a note about a whole value: a string itself, else its JSON type. */
  static String sample(Ld v) {
    return switch (v.type) {
      case STRING, NUMBER, BOOLEAN -> v.text;
      case OBJECT -> v.string("name") != null ? v.string("name") : v.string("@id");
      default -> null;
    };
  }

  // ---- text -----------------------------------------------------------------------------------

  enum Shape {
    /** One line: breaks joined with a space. */
    LINE,
    /** Several lines allowed (caption, notice): every kind of break becomes a line feed. */
    LINES
  }

  /** The strings among a property's values, in order. */
  List<Ld> strings(Ld n, String property) {
    List<Ld> out = new ArrayList<>();
    for (Ld v : values(n.get(property))) {
      if (v.isString()) {
        out.add(v);
      } else if (v.type == Ld.Type.NUMBER) {
        out.add(v);
      }
    }
    return out;
  }

  /** The first string of a property, the others noted as not carried over. */
  Ld first(Ld n, String property, String field) {
    List<Ld> all = values(n.get(property));
    Ld chosen = null;
    for (Ld v : all) {
      if (chosen == null && (v.isString() || v.type == Ld.Type.NUMBER)) {
        chosen = v;
      } else if (chosen != null && (v.isString() || v.type == Ld.Type.NUMBER)) {
        notes.add(Kind.LEFT_OUT, v.where(), v.text, "a further " + property + ": the article has one " + field);
      } else if (v.type != Ld.Type.NULL) {
        notes.add(Kind.LEFT_OUT, v.where(), sample(v), property + ": not text, left out");
      }
    }
    return chosen;
  }

  /**
   * Turns a JSON-LD string into the text of a field by the HTML-to-text rule, and notes what changed.
   * Returns {@code null} for a value that is blank or longer than {@code max}, with a note.
   */
  String text(Ld v, String where, Shape shape, int max, String field) {
    return text(v.text, where, shape, max, field);
  }

  /** The HTML-to-text rule and the removal of control characters; what changed is added to {@code changes}. */
  private static String decoded(String raw, List<String> changes, String htmlChange) {
    HtmlText.Result r = HtmlText.toText(raw);
    String s = r.text();
    if (r.html() && !s.equals(raw)) {
      changes.add(r.passes() > 1 ? "HTML escaped twice decoded to text" : htmlChange);
    }
    String cleaned = TextRules.removeControls(s);
    if (!cleaned.equals(s)) {
      changes.add("control characters removed");
    }
    return cleaned;
  }

  String text(String raw, String where, Shape shape, int max, String field) {
    List<String> changes = new ArrayList<>(2);
    String s = decoded(raw, changes, "HTML decoded to text");
    if (shape == Shape.LINE) {
      String joined = TextRules.oneLine(s);
      if (!joined.equals(s.strip())) {
        changes.add("line breaks joined with a space");
      }
      s = joined;
    } else {
      String lf = TextRules.lineFeeds(s);
      if (!lf.equals(s)) {
        changes.add("line breaks written as line feeds");
      }
      s = lf.strip();
    }
    if (TextRules.isBlank(s)) {
      if (!raw.isEmpty()) {
        notes.add(Kind.LEFT_OUT, where, raw, field + ": blank, left out");
      } else {
        notes.add(Kind.LEFT_OUT, where, raw, field + ": empty, left out");
      }
      return null;
    }
    if (s.length() > max) {
      notes.add(Kind.LEFT_OUT, where, raw, field + ": longer than " + max + " characters, the model's limit: left out");
      return null;
    }
    if (!changes.isEmpty()) {
      notes.add(Kind.TEXT_CHANGED, where, raw, field + ": " + String.join("; ", changes));
    }
    return s;
  }

  /** The paragraphs of a body, by the HTML-to-text rule; blank-looking ones dropped with a note. */
  List<String> paragraphs(Ld v, String field) {
    String raw = v.text;
    String where = v.where();
    List<String> changes = new ArrayList<>(3);
    String s = decoded(raw, changes, "HTML decoded to text, block elements and <br> as paragraph breaks");
    List<String> out = new ArrayList<>();
    int blankLooking = 0;
    int tooLong = 0;
    for (String line : TextRules.lines(s)) {
      String p = line.strip();
      if (p.isEmpty()) {
        continue;
      }
      if (TextRules.isBlank(p)) {
        blankLooking++;
        continue;
      }
      if (p.length() > Limits.PARAGRAPH_MAX_LENGTH) {
        tooLong++;
        continue;
      }
      out.add(p);
    }
    if (blankLooking > 0) {
      changes.add(blankLooking + " paragraph(s) holding only spaces such as no-break spaces dropped");
    }
    if (!changes.isEmpty()) {
      notes.add(Kind.TEXT_CHANGED, where, raw, field + ": " + String.join("; ", changes));
    }
    if (tooLong > 0) {
      notes.add(Kind.LEFT_OUT, where, null, field + ": " + tooLong + " paragraph(s) longer than "
          + Limits.PARAGRAPH_MAX_LENGTH + " characters, the model's limit: left out");
    }
    return out;
  }

  /** A web address or identifier: character references decoded (as in an HTML attribute), with a note. */
  URI uri(String raw, String where, String field) {
    String s = raw.strip();
    String decoded = HtmlText.decodeReferences(s);
    try {
      URI u = new URI(decoded);
      if (!decoded.equals(s)) {
        notes.add(Kind.TEXT_CHANGED, where, raw, field + ": HTML character references decoded (&amp; to &)");
      }
      return u;
    } catch (URISyntaxException e) {
      notes.add(Kind.LEFT_OUT, where, raw, field + ": not a URI (" + e.getReason() + "): left out");
      return null;
    }
  }

  /** A web address: absolute {@code http} or {@code https} with a host; anything else left out with a note. */
  URI webUri(String raw, String where, String field) {
    URI u = uri(raw, where, field);
    if (u == null) {
      return null;
    }
    String scheme = u.getScheme();
    if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null
        && !u.getHost().isEmpty()) {
      return u;
    }
    notes.add(Kind.LEFT_OUT, where, raw, field + ": not an absolute http or https address: left out");
    return null;
  }

  // ---- agents ---------------------------------------------------------------------------------

  /** Agents already read from nodes: a node referenced many times is read (and noted) once. */
  private final Map<Ld, java.util.Optional<Agent>> agents = new IdentityHashMap<>();

  /** An agent from a string or a Person / Organization node; {@code null} with a note when it has no name. */
  Agent agent(Ld v, String field) {
    if (v.isObject()) {
      java.util.Optional<Agent> known = agents.get(v);
      if (known == null) {
        known = java.util.Optional.ofNullable(readAgent(v, field));
        agents.put(v, known);
      }
      return known.orElse(null);
    }
    return readAgent(v, field);
  }

  private Agent readAgent(Ld v, String field) {
    if (v.isString()) {
      String name = text(v, v.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, field);
      if (name == null) {
        return null;
      }
      if (name.regionMatches(true, 0, "http://", 0, 7) || name.regionMatches(true, 0, "https://", 0, 8)) {
        notes.add(Kind.LEFT_OUT, v.where(), v.text, field + ": a web address, not a name: left out");
        return null;
      }
      return Person.of(name);
    }
    if (!v.isObject()) {
      notes.add(Kind.LEFT_OUT, v.where(), v.text, field + ": neither a name nor a Person or Organization: left out");
      return null;
    }
    visit(v);
    String name = agentName(v, field);
    if (name == null) {
      return null;
    }
    URI identifier = null;
    for (String property : new String[] {"sameAs", "url"}) {
      for (Ld s : strings(v, property)) {
        if (identifier == null && s.isString()) {
          identifier = webUri(s.text, s.where(), field + " identifier");
        } else {
          notes.add(Kind.LEFT_OUT, s.where(), s.text, field + ": a further identifier; the model keeps one");
        }
      }
    }
    if (identifier == null) {
      // identifier: a URI that is not a web address (urn:isni:…, a tag: URI); read only when sameAs and url give none
      for (Ld s : strings(v, "identifier")) {
        if (identifier != null) {
          notes.add(Kind.LEFT_OUT, s.where(), s.text, field + ": a further identifier; the model keeps one");
          continue;
        }
        URI u = uri(s.text, s.where(), field + " identifier");
        if (u != null && u.isAbsolute()) {
          identifier = u;
        } else if (u != null) {
          notes.add(Kind.LEFT_OUT, s.where(), s.text, field + ": identifier is not an absolute URI: left out");
        }
      }
    }
    if (isOrganization(v)) {
      Organization.Builder o = Organization.builder().name(name);
      if (identifier != null) {
        o.identifier(identifier);
      }
      return o.build();
    }
    Person.Builder p = Person.builder().name(name);
    Ld title = first(v, "jobTitle", "job title");
    if (title != null) {
      String t = text(title, title.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, field + " job title");
      if (t != null) {
        p.title(t);
      }
    }
    for (Ld a : values(v.get("affiliation"))) {
      Agent org = agent(a, field + " affiliation");
      if (org != null) {
        p.affiliation(org instanceof Organization o ? o : Organization.of(org.getName()));
        break;
      }
    }
    if (identifier != null) {
      p.identifier(identifier);
    }
    return p.build();
  }

  private String agentName(Ld v, String field) {
    List<Ld> names = strings(v, "name");
    String name = null;
    for (Ld n : names) {
      if (name == null) {
        name = text(n, n.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, field + " name");
      } else {
        notes.add(Kind.LEFT_OUT, n.where(), n.text, field + ": a further name of the same " + (isOrganization(v)
            ? "organisation" : "person") + "; the model keeps one name");
      }
    }
    if (name != null) {
      return name;
    }
    Ld given = first(v, "givenName", "given name");
    Ld family = first(v, "familyName", "family name");
    if (given != null || family != null) {
      String joined = ((given == null ? "" : given.text.strip()) + " " + (family == null ? "" : family.text.strip())).strip();
      String n = text(joined, v.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, field + " name");
      if (n != null) {
        notes.add(Kind.ASSUMED, v.where(), joined, field + ": no name; givenName and familyName joined as the name");
      }
      return n;
    }
    notes.add(Kind.LEFT_OUT, v.where(), sample(v), field + ": an entry without a name: left out");
    return null;
  }

  /**
   * The byline: author, creator, editor, contributor, translator. The same person or organisation
   * named twice in one role (an author repeated as creator) is one contributor: the details the
   * second mention adds (identifier, job title, affiliation) complete the first; mentions whose
   * details conflict stay two contributors.
   */
  List<Placed<Contributor>> contributors(Ld article) {
    Map<String, Integer> byName = new HashMap<>();
    List<Placed<Contributor>> out = new ArrayList<>();
    for (String property : CONTRIBUTOR_PROPERTIES) {
      ContributorRole role = switch (property) {
        case "editor" -> ContributorRole.EDITOR;
        case "contributor" -> ContributorRole.CONTRIBUTOR;
        case "translator" -> ContributorRole.TRANSLATOR;
        default -> ContributorRole.AUTHOR;
      };
      for (Ld v : values(article.get(property))) {
        Agent agent = agent(v, property);
        if (agent == null) {
          continue;
        }
        String key = role + "\u0000" + (agent instanceof Person ? "p" : "o") + "\u0000" + agent.getName();
        Integer at = byName.get(key);
        Agent merged = at == null ? null : merge(out.get(at).value().getAgent(), agent);
        if (merged != null) {
          out.set(at, new Placed<>(Contributor.of(merged, role), out.get(at).where()));
        } else {
          byName.putIfAbsent(key, out.size());
          out.add(new Placed<>(Contributor.of(agent, role), v.where()));
        }
      }
    }
    return out;
  }

  /** Two mentions of one agent as one, or {@code null} when their details conflict. */
  private static Agent merge(Agent first, Agent second) {
    if (!compatible(first.getIdentifier(), second.getIdentifier())) {
      return null;
    }
    if (first instanceof Person a && second instanceof Person b) {
      if (!compatible(a.getTitle(), b.getTitle()) || !compatible(a.getAffiliation(), b.getAffiliation())) {
        return null;
      }
      return a.toBuilder().identifier(a.getIdentifier().or(b::getIdentifier)).title(a.getTitle().or(b::getTitle))
          .affiliation(a.getAffiliation().or(b::getAffiliation)).build();
    }
    Organization a = (Organization) first;
    return Organization.builder().name(a.getName()).identifier(a.getIdentifier().or(second::getIdentifier)).build();
  }

  private static <T> boolean compatible(java.util.Optional<T> a, java.util.Optional<T> b) {
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  Placed<Organization> publisher(Ld article) {
    Placed<Organization> out = null;
    for (Ld v : values(article.get("publisher"))) {
      if (out != null) {
        notes.add(Kind.LEFT_OUT, v.where(), sample(v), "a further publisher: the article has one");
        continue;
      }
      Agent agent = agent(v, "publisher");
      if (agent instanceof Organization o) {
        out = new Placed<>(o, v.where());
      } else if (agent != null) {
        notes.add(Kind.ASSUMED, v.where(), agent.getName(), "publisher: a person, read as the publishing organisation");
        out = new Placed<>(Organization.of(agent.getName()), v.where());
      }
    }
    return out;
  }

  // ---- tags -----------------------------------------------------------------------------------

  /** Keywords: a comma-separated string, an array of strings, or DefinedTerm nodes; a label kept once. */
  List<Placed<Tag>> tags(Ld article) {
    Map<String, Placed<Tag>> labels = new java.util.LinkedHashMap<>();
    for (Ld v : values(article.get("keywords"))) {
      if (v.isString()) {
        boolean split = v.parent == null || !v.parent.isArray();
        for (String part : split ? v.text.split(",", -1) : new String[] {v.text}) {
          if (part.isBlank()) {
            continue;
          }
          addTag(labels, part, v);
        }
      } else if (v.isObject()) {
        visit(v);
        Ld name = first(v, "name", "name");
        if (name != null && name.isString()) {
          addTag(labels, name.text, name);
        } else {
          notes.add(Kind.LEFT_OUT, v.where(), null, "keywords: an entry without a name: left out");
        }
      } else {
        notes.add(Kind.LEFT_OUT, v.where(), v.text, "keywords: not text, left out");
      }
    }
    return new ArrayList<>(labels.values());
  }

  private void addTag(Map<String, Placed<Tag>> labels, String part, Ld v) {
    String label = text(part, v.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, "keyword");
    if (label == null) {
      return;
    }
    if (labels.containsKey(label)) {
      notes.add(Kind.LEFT_OUT, v.where(), label, "keyword: repeats an earlier keyword; kept once (tag labels are unique)");
      return;
    }
    labels.put(label, new Placed<>(Tag.of(label), v.where()));
  }

  // ---- media and rights -----------------------------------------------------------------------

  List<Placed<Media>> media(Ld article) {
    List<Placed<Media>> out = new ArrayList<>();
    for (String property : new String[] {"image", "video", "audio"}) {
      MediaKind kind = property.equals("video") ? MediaKind.VIDEO : property.equals("audio") ? MediaKind.AUDIO : MediaKind.IMAGE;
      for (Ld v : values(article.get(property))) {
        Media m = mediaItem(v, kind, property);
        if (m != null) {
          out.add(new Placed<>(m, v.where()));
        }
      }
    }
    return out;
  }

  Media mediaItem(Ld v, MediaKind kind, String property) {
    Media.Builder m = Media.builder().kind(kind);
    if (v.isString()) {
      URI u = webUri(v.text, v.where(), property);
      return u == null ? null : m.url(u).build();
    }
    if (!v.isObject()) {
      notes.add(Kind.LEFT_OUT, v.where(), v.text, property + ": neither an address nor a media object: left out");
      return null;
    }
    visit(v);
    boolean any = false;
    Ld url = first(v, "contentUrl", property + " address");
    if (url == null) {
      url = first(v, "url", property + " address");
    } else {
      for (Ld other : strings(v, "url")) {
        if (!other.text.strip().equals(url.text.strip())) {
          notes.add(Kind.LEFT_OUT, other.where(), other.text, property + ": url besides contentUrl; the model keeps one address");
        }
      }
    }
    if (url != null) {
      URI u = webUri(url.text, url.where(), property + " address");
      if (u != null) {
        m.url(u);
        any = true;
      }
    }
    Ld caption = first(v, "caption", "caption");
    String captionFrom = "caption";
    if (caption == null) {
      caption = first(v, "description", "caption");
      captionFrom = "description";
    }
    if (caption != null) {
      String c = text(caption, caption.where(), Shape.LINES, Limits.MEDIUM_TEXT_MAX_LENGTH, property + " caption");
      if (c != null) {
        m.caption(c);
        any = true;
        if (captionFrom.equals("description")) {
          notes.add(Kind.ASSUMED, caption.where(), null, property + ": no caption; its description used as the caption");
        }
      }
    }
    Ld credit = first(v, "creditText", "credit");
    List<String> photographers = new ArrayList<>();
    List<Ld> photographerValues = new ArrayList<>();
    for (String p : new String[] {"author", "creator"}) {
      for (Ld a : values(v.get(p))) {
        Agent agent = agent(a, property + " " + p);
        if (agent != null && !photographers.contains(agent.getName())) {
          photographers.add(agent.getName());
          photographerValues.add(a);
        }
      }
    }
    String creditText = null;
    if (credit != null) {
      creditText = text(credit, credit.where(), Shape.LINE, Limits.SHORT_TEXT_MAX_LENGTH, property + " credit");
      if (creditText != null) {
        for (int i = 0; i < photographers.size(); i++) {
          if (!creditText.contains(photographers.get(i))) {
            notes.add(Kind.LEFT_OUT, photographerValues.get(i).where(), photographers.get(i), property
                + ": the photographer is not in the credit line, which the model holds as given (creditText)");
          }
        }
      }
    } else if (!photographers.isEmpty()) {
      String joined = String.join(", ", photographers);
      if (joined.length() <= Limits.SHORT_TEXT_MAX_LENGTH) {
        creditText = joined;
        notes.add(Kind.ASSUMED, photographerValues.get(0).where(), joined,
            property + ": no creditText; the photographer's name used as the credit line");
      } else {
        notes.add(Kind.LEFT_OUT, photographerValues.get(0).where(), joined, property + ": the photographers' names are "
            + "longer than " + Limits.SHORT_TEXT_MAX_LENGTH + " characters, the limit of a credit line: left out");
      }
    }
    if (creditText != null) {
      m.credit(creditText);
      any = true;
    }
    RightsNotice r = rights(v, property);
    if (r != null) {
      m.rights(r);
      any = true;
    }
    if (!any) {
      notes.add(Kind.LEFT_OUT, v.where(), sample(v), property
          + ": nothing the model can carry (no address, caption, credit or rights): no media item created");
      return null;
    }
    return m.build();
  }

  /** The rights of a node: copyrightNotice, copyrightHolder, copyrightYear, license; {@code null} if none. */
  RightsNotice rights(Ld n, String field) {
    Ld notice = first(n, "copyrightNotice", "copyright notice");
    String text = notice == null ? null
        : text(notice, notice.where(), Shape.LINES, Limits.MEDIUM_TEXT_MAX_LENGTH, field + " copyright notice");
    String holder = null;
    for (Ld h : values(n.get("copyrightHolder"))) {
      Agent a = agent(h, field + " copyright holder");
      if (a != null && holder == null) {
        holder = a.getName();
      } else if (a != null) {
        notes.add(Kind.LEFT_OUT, h.where(), a.getName(), field + ": a further copyright holder; the model keeps one");
      }
    }
    Integer year = null;
    Ld y = first(n, "copyrightYear", "copyright year");
    if (y != null) {
      String s = y.text.strip();
      if (s.matches("[0-9]{1,9}")) {
        year = Integer.parseInt(s);
      } else {
        notes.add(Kind.LEFT_OUT, y.where(), y.text, field + ": copyrightYear is not a year: left out");
      }
    }
    URI license = null;
    for (Ld l : values(n.get("license"))) {
      String raw = l.isString() ? l.text : l.isObject() ? (l.string("url") != null ? l.string("url") : l.string("@id")) : null;
      if (l.isObject()) {
        visit(l);
        l.markRead("url");
      }
      if (raw == null) {
        notes.add(Kind.LEFT_OUT, l.where(), sample(l), field + ": a license without an address: left out");
      } else if (license == null) {
        license = webUri(raw, l.where(), field + " license");
      } else {
        notes.add(Kind.LEFT_OUT, l.where(), raw, field + ": a further license; the model keeps one");
      }
    }
    if (text == null && holder == null && year == null && license == null) {
      return null;
    }
    RightsNotice fromText = text != null ? RightsNotices.parse(text).getNotice() : null;
    RightsNotice.Builder r = fromText != null ? fromText.toBuilder() : RightsNotice.builder();
    if (holder != null) {
      r.holder(holder);
    }
    if (year != null) {
      // copyrightYear is one year; a notice whose years start there ("© 2019-2023") keeps its range
      int first = year;
      if (fromText == null || fromText.getYears().filter(range -> range.getStart() == first).isEmpty()) {
        r.years(YearRange.of(year));
      }
    }
    if (license != null) {
      r.license(license);
    }
    return r.build();
  }

  // ---- dates ----------------------------------------------------------------------------------

  /** A date read from a page, before the policy for values without a zone is applied. */
  record Stamp(DateText.Parsed parsed, String raw, String where, String field) {}

  Stamp stamp(Ld n, String property, String field) {
    Ld v = first(n, property, field);
    if (v == null) {
      return null;
    }
    return new Stamp(DateText.parse(v.text), v.text, v.where(), field);
  }

  /**
   * Applies the date policy: a stated zone is kept; an ambiguous abbreviation takes the meaning that
   * matches an offset stated by another date of the page; a time without a zone takes the offset
   * another date of the page states; a value without a time of day, or with no such other date, or
   * unreadable, is left out. Each with a note.
   */
  OffsetDateTime resolve(Stamp s, List<Stamp> others) {
    if (s == null) {
      return null;
    }
    DateText.Parsed p = s.parsed();
    switch (p.kind()) {
      case INSTANT -> {
        OffsetDateTime t = p.local().atOffset(p.offset());
        if (p.remark() != null) {
          notes.add(Kind.ASSUMED, s.where(), s.raw(), s.field() + ": " + p.remark());
        }
        if (p.offset().getTotalSeconds() % 60 != 0) {
          notes.add(Kind.TEXT_CHANGED, s.where(), s.raw(), s.field() + ": the UTC offset " + p.offset()
              + " has seconds, which RFC 3339 timestamps cannot carry: the same instant kept in UTC");
          return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        return t;
      }
      case AMBIGUOUS -> {
        Stamp context = context(others);
        if (context != null && p.candidates().contains(context.parsed().offset())) {
          notes.add(Kind.ASSUMED, s.where(), s.raw(), s.field() + ": the zone " + p.zone() + " has several meanings; "
              + context.parsed().offset() + " read, the offset " + context.field() + " states");
          return p.local().atOffset(context.parsed().offset());
        }
        notes.add(Kind.LEFT_OUT, s.where(), s.raw(), s.field() + ": the zone " + p.zone() + " has several meanings "
            + p.candidates() + " and no other date of the page tells which: left out");
        return null;
      }
      case LOCAL -> {
        Stamp context = context(others);
        if (context != null) {
          notes.add(Kind.ASSUMED, s.where(), s.raw(), s.field() + ": no time zone; the offset "
              + context.parsed().offset() + " that " + context.field() + " states is assumed");
          return p.local().atOffset(context.parsed().offset());
        }
        notes.add(Kind.LEFT_OUT, s.where(), s.raw(), s.field()
            + ": no time zone, and no other date of the page states one: left out (not read as UTC)");
        return null;
      }
      case DATE_ONLY -> {
        notes.add(Kind.LEFT_OUT, s.where(), s.raw(), s.field()
            + ": a date without a time of day is not an instant: left out (not read as midnight)");
        return null;
      }
      default -> {
        notes.add(Kind.LEFT_OUT, s.where(), s.raw(), s.field() + ": not a date in a form the import reads: left out");
        return null;
      }
    }
  }

  /** The first of the other dates that states a whole-minute offset itself. */
  private static Stamp context(List<Stamp> others) {
    for (Stamp o : others) {
      if (o != null && o.parsed().kind() == DateText.Kind.INSTANT && o.parsed().offset().getTotalSeconds() % 60 == 0) {
        return o;
      }
    }
    return null;
  }

  // ---- language -------------------------------------------------------------------------------

  /** The language tag of {@code inLanguage}: a string or a Language node; {@code null} with a note. */
  String language(Ld article) {
    List<Ld> vs = values(article.get("inLanguage"));
    for (int i = 0; i < vs.size(); i++) {
      Ld v = vs.get(i);
      if (i > 0) {
        notes.add(Kind.LEFT_OUT, v.where(), sample(v), "inLanguage: a further language; the article has one");
        continue;
      }
      if (v.isString()) {
        return languageTag(v.text, v.where(), "inLanguage");
      }
      if (v.isObject()) {
        visit(v);
        Set<String> tags = new LinkedHashSet<>();
        for (String p : new String[] {"alternateName", "name", "identifier", "inLanguage"}) {
          for (Ld s : strings(v, p)) {
            if (s.isString() && TextRules.looksLikeLanguageTag(s.text.strip())) {
              tags.add(s.text.strip().replace('_', '-').toLowerCase(Locale.ROOT));
            }
          }
        }
        if (tags.size() == 1) {
          String only = null;
          for (String p : new String[] {"alternateName", "name", "identifier", "inLanguage"}) {
            for (Ld s : strings(v, p)) {
              if (only == null && s.isString() && TextRules.looksLikeLanguageTag(s.text.strip())) {
                only = languageTag(s.text, s.where(), "inLanguage");
              }
            }
          }
          return only;
        }
        notes.add(Kind.LEFT_OUT, v.where(), sample(v), tags.isEmpty()
            ? "inLanguage: a Language node without a language tag: left out"
            : "inLanguage: a Language node naming several different tags " + tags + ": left out");
        return null;
      }
    }
    return null;
  }

  /** A language tag as written; an underscore read as a hyphen ({@code en_US}) with a note. */
  String languageTag(String raw, String where, String field) {
    String s = raw.strip();
    if (s.indexOf('_') >= 0 && TextRules.looksLikeLanguageTag(s)) {
      String fixed = s.replace('_', '-');
      notes.add(Kind.ASSUMED, where, raw, field + ": a locale written with underscores read as the language tag " + fixed);
      return fixed;
    }
    if (s.isEmpty()) {
      notes.add(Kind.LEFT_OUT, where, raw, field + ": empty, left out");
      return null;
    }
    return s;
  }

  /** A value with where it came from, for notes about it later. */
  record Placed<T>(T value, String where) {}
}
