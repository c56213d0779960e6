package dev.byline.serialization.ninjs;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.Use;
import dev.byline.core.rights.OdrlPolicies;
import dev.byline.serialization.internal.Timestamps;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes one article as a ninjs item, and lists what the item does not carry back. */
final class NinjsWriter {
  static final String ODRL = "http://www.w3.org/ns/odrl/2/";
  static final String ABOUT = "about";
  static final String KEYWORD = "keyword";
  static final String PUBLISHER = "publisher";
  static final String WEB = "web";
  static final String HTML = "text/html";
  static final String PLAIN = "text/plain";
  static final String ORIGINAL = "original";
  static final String CAPTION = "caption";
  static final String CREDIT = "creditline";
  /** The entity arrays in the order a reader reads them, which is the order tags come back in. */
  static final List<String> ENTITY_ARRAYS = List.of("people", "organisations", "places", "subjects", "events");

  private final boolean camel;

  NinjsWriter(boolean camel) {
    this.camel = camel;
  }

  private String k(String name) {
    return camel ? name : name.toLowerCase(Locale.ROOT);
  }

  // ---- the document -----------------------------------------------------------------------------

  ObjectNode item(Article a) {
    ObjectNode o = NinjsTree.MAPPER.createObjectNode();
    String uri = a.getId().map(URI::toString).orElseGet(() -> contentUri(a.getHeadline(), body(a)));
    o.put("uri", uri);
    o.put("type", "text");
    o.put(k("representationType"), "full");
    // ninjs's date-time is RFC 3339: a year outside 0000-9999 is not written, an offset with seconds
    // is written as the same instant in UTC; losses() names both
    a.getPublished().flatMap(Timestamps::rfc3339).ifPresent(t -> o.put(k("firstCreated"), t));
    a.getModified().flatMap(Timestamps::rfc3339).ifPresent(t -> o.put(k("versionCreated"), t));
    a.getLanguage().ifPresent(l -> o.put("language", l));
    a.getDateline().ifPresent(d -> o.put("located", d));
    by(a).ifPresent(by -> o.put("by", by));
    ArrayNode headlines = o.putArray("headlines");
    headlines.addObject().put("role", "main").put("value", a.getHeadline());
    a.getSubheadline().ifPresent(s -> headlines.addObject().put("role", "sub").put("value", s));
    String body = body(a);
    if (body != null) {
      o.putArray("bodies").addObject().put("role", "main").put(k("contentType"), PLAIN).put("value", body);
    }
    for (Contributor c : a.getContributors()) {
      entity(o, c.getAgent() instanceof Person ? "people" : "organisations", c.getAgent().getName(),
          c.getRole().name().toLowerCase(Locale.ROOT), c.getAgent().getIdentifier());
    }
    a.getPublisher().ifPresent(p -> entity(o, "organisations", p.getName(), PUBLISHER, p.getIdentifier()));
    for (Tag t : a.getTags()) {
      entity(o, array(t), t.getLabel(), t.getKind().isPresent() ? ABOUT : KEYWORD, t.getScheme());
    }
    for (int i = 0; i < a.getMedia().size(); i++) {
      o.withArray("associations").add(association(a.getMedia().get(i), i, uri));
    }
    a.getUrl().ifPresent(u -> o.putArray("renditions").addObject().put("name", WEB).put("href", u.toString())
        .put(k("contentType"), HTML));
    a.getRights().ifPresent(r -> rights(o, r));
    return o;
  }

  /** The paragraphs as ninjs holds them: one text, a blank line between paragraphs; null for none. */
  static String body(Article a) {
    return a.getParagraphs().isEmpty() ? null : a.getBodyText();
  }

  /**
   * The authors' names, as ninjs's free-text {@code by}: people first, then organisations, the order
   * in which a reader gets the contributors back.
   */
  static Optional<String> by(Article a) {
    List<String> people = new ArrayList<>();
    List<String> organisations = new ArrayList<>();
    for (Contributor c : a.getContributors()) {
      if (c.getRole() == ContributorRole.AUTHOR) {
        (c.getAgent() instanceof Person ? people : organisations).add(c.getAgent().getName());
      }
    }
    people.addAll(organisations);
    return people.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", people));
  }

  /**
   * The {@code uri} of an article with no id: a name-based UUID URN of its headline and body, so that
   * the same article always gets the same one and a reader can tell it from a real identifier.
   */
  static String contentUri(String headline, String body) {
    String key = headline + "\n" + (body == null ? "" : body);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code uri} of a media item with no URL: a name-based UUID URN of the item's uri and its place. */
  static String mediaUri(String itemUri, int index) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("media:" + index + ":" + itemUri).getBytes(StandardCharsets.UTF_8));
  }

  static String associationName(int index) {
    return index == 0 ? "lead" : "media-" + index;
  }

  static String array(Tag t) {
    return switch (t.getKind().orElse(TagKind.SUBJECT)) {
      case SUBJECT -> "subjects";
      case PERSON -> "people";
      case ORGANISATION -> "organisations";
      case PLACE -> "places";
      case EVENT -> "events";
    };
  }

  private void entity(ObjectNode o, String array, String name, String rel, Optional<URI> uri) {
    ObjectNode e = o.withArray(array).addObject().put("name", name).put("rel", rel);
    uri.ifPresent(u -> e.put("uri", u.toString()));
  }

  private ObjectNode association(Media m, int index, String itemUri) {
    ObjectNode o = NinjsTree.MAPPER.createObjectNode();
    o.put("name", associationName(index));
    o.put("uri", m.getUrl().map(URI::toString).orElseGet(() -> mediaUri(itemUri, index)));
    o.put("type", switch (m.getKind()) {
      case IMAGE -> "picture";
      case VIDEO -> "video";
      case AUDIO -> "audio";
    });
    m.getCaption().ifPresent(c -> o.withArray("descriptions").addObject().put("role", CAPTION).put("value", c));
    m.getCredit().ifPresent(c -> o.withArray("descriptions").addObject().put("role", CREDIT).put("value", c));
    m.getUrl().ifPresent(u -> o.withArray("renditions").addObject().put("name", ORIGINAL).put("href", u.toString()));
    m.getRights().ifPresent(r -> rights(o, r));
    return o;
  }

  private void rights(ObjectNode o, RightsNotice r) {
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

  // ---- what does not come back ------------------------------------------------------------------

  /** What reading the item back would not bring back equal, one line each, in the article's order. */
  static List<String> losses(Article a) {
    List<String> losses = new ArrayList<>();
    if (a.getId().isPresent() && a.getId().get().toString().equals(contentUri(a.getHeadline(), body(a)))) {
      losses.add("id: the same as the uri Byline derives from the headline and body of an article without an id,"
          + " which reading takes for no id");
    }
    a.getPublished().ifPresent(t -> timestamp(t, "published", losses));
    a.getModified().ifPresent(t -> timestamp(t, "modified", losses));
    a.getSection().ifPresent(s -> losses.add("section: ninjs has no section"));
    contributors(a, losses);
    paragraphs(a, losses);
    if (!a.getQuotes().isEmpty()) {
      losses.add("quotes: " + a.getQuotes().size() + " quotations (ninjs has no quotations)");
    }
    for (int i = 0; i < a.getMedia().size(); i++) {
      Media m = a.getMedia().get(i);
      String at = "media[" + i + "]";
      m.getAltText().ifPresent(x -> losses.add(at + ".altText: ninjs has no alternative text"));
      m.getRights().ifPresent(r -> rights(r, at + ".rights", losses));
    }
    List<Tag> grouped = new ArrayList<>();
    for (String array : ENTITY_ARRAYS) {
      a.getTags().stream().filter(t -> array(t).equals(array)).forEach(grouped::add);
    }
    if (!grouped.equals(a.getTags())) {
      losses.add("tags: ninjs lists tags by kind (people, organisations, places, subjects, events), so their order changes");
    }
    a.getRights().ifPresent(r -> rights(r, "rights", losses));
    return losses;
  }

  /** A timestamp ninjs's date-time (RFC 3339) cannot carry as given. */
  private static void timestamp(OffsetDateTime t, String field, List<String> losses) {
    if (Timestamps.rfc3339(t).isEmpty()) {
      losses.add(field + ": the year " + t.getYear() + " is outside 0000-9999, which ninjs's date-time cannot carry");
    } else if (!Timestamps.isRfc3339(t)) {
      losses.add(field + ": the UTC offset " + t.getOffset() + " has seconds, which ninjs's date-time cannot carry;"
          + " the same instant written in UTC");
    }
  }

  private static void contributors(Article a, List<String> losses) {
    List<Contributor> people = new ArrayList<>();
    List<Contributor> organisations = new ArrayList<>();
    List<Contributor> carried = new ArrayList<>();
    List<String> details = new ArrayList<>();
    for (int i = 0; i < a.getContributors().size(); i++) {
      Contributor c = a.getContributors().get(i);
      Contributor back = c;
      if (c.getAgent() instanceof Person p) {
        Person.Builder b = Person.builder().name(p.getName());
        p.getIdentifier().ifPresent(b::identifier);
        back = Contributor.of(b.build(), c.getRole());
        if (p.getTitle().isPresent() || p.getAffiliation().isPresent()) {
          details.add("contributors[" + i + "]: ninjs has no title or affiliation for a person");
        }
        people.add(back);
      } else {
        organisations.add(back);
      }
      carried.add(back);
    }
    people.addAll(organisations);
    if (!people.equals(carried)) {
      losses.add("contributors: ninjs lists people before organisations, so their order changes");
    }
    losses.addAll(details);
  }

  private static void paragraphs(Article a, List<String> losses) {
    String body = body(a);
    List<String> back = body == null ? List.of() : NinjsReader.paragraphs(body);
    if (back.equals(a.getParagraphs())) {
      return;
    }
    String why = ": ninjs holds the body as one text, paragraphs separated by a blank line; a paragraph that is"
        + " blank, holds a blank line, or starts or ends with a line break does not come back as it was";
    if (back.size() != a.getParagraphs().size()) {
      losses.add("paragraphs" + why);
      return;
    }
    for (int i = 0; i < back.size(); i++) {
      if (!back.get(i).equals(a.getParagraphs().get(i))) {
        losses.add("paragraphs[" + i + "]" + why);
      }
    }
  }

  /**
   * The parts of a notice that do not come back: ninjs carries its text, holder, usage terms and
   * licence, and a reader rebuilds the rest from the text with the notice reader.
   */
  private static void rights(RightsNotice r, String at, List<String> losses) {
    RightsNotice back = NinjsReader.rebuild(r.getText().orElse(null), r.getHolder().orElse(null),
        r.getUsageTerms().orElse(null), r.getLicense().orElse(null));
    if (back == null) {
      losses.add(at + ": ninjs carries a notice's text, holder, usage terms and licence, and this one has none of them");
      return;
    }
    part(losses, at, "text", r, back, RightsNotice::getText);
    part(losses, at, "holder", r, back, RightsNotice::getHolder);
    part(losses, at, "years", r, back, RightsNotice::getYears);
    part(losses, at, "allRightsReserved", r, back, RightsNotice::isAllRightsReserved);
    part(losses, at, "prohibitedUses", r, back, RightsNotice::getProhibitedUses);
    part(losses, at, "permittedUses", r, back, RightsNotice::getPermittedUses);
    part(losses, at, "license", r, back, RightsNotice::getLicense);
    part(losses, at, "usageTerms", r, back, RightsNotice::getUsageTerms);
  }

  private static void part(List<String> losses, String at, String name, RightsNotice r, RightsNotice back,
      Function<RightsNotice, Object> get) {
    Object was = get.apply(r);
    Object comes = get.apply(back);
    if (Objects.equals(was, comes)) {
      return;
    }
    boolean none = was.equals(Optional.empty()) || was.equals(Boolean.FALSE) || was instanceof Set<?> s && s.isEmpty();
    losses.add(at + "." + name + ": " + (none ? "none, but" : "ninjs has no place for it, and")
        + " the notice reader reads " + shown(comes) + " in copyrightNotice");
  }

  private static String shown(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(x -> "\"" + x + "\"").orElse("none");
    }
    if (value instanceof Set<?> s) {
      return s.isEmpty() ? "none" : s.stream().map(u -> ((Use) u).name().toLowerCase(Locale.ROOT)).toList().toString();
    }
    return value.toString();
  }
}
