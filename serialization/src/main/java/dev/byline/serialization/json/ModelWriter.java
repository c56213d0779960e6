package dev.byline.serialization.json;

import static dev.byline.serialization.json.JsonNames.MEDIA_KINDS;
import static dev.byline.serialization.json.JsonNames.QUOTE_KINDS;
import static dev.byline.serialization.json.JsonNames.ROLES;
import static dev.byline.serialization.json.JsonNames.TAG_KINDS;
import static dev.byline.serialization.json.JsonNames.USES;

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
import dev.byline.Use;
import dev.byline.YearRange;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values in the canonical form: the fixed property order below, absent optionals and
 * empty collections left out, defaults (quote kind, role, media kind, all-rights-reserved) always
 * written.
 */
final class ModelWriter {
  private final JsonGenerator g;

  ModelWriter(JsonGenerator g) {
    this.g = g;
  }

  void any(Object value) {
    if (value instanceof Article a) {
      article(a);
    } else if (value instanceof Quote q) {
      quote(q);
    } else if (value instanceof Attribution a) {
      attribution(a);
    } else if (value instanceof Agent a) {
      agent(a);
    } else if (value instanceof Contributor c) {
      contributor(c);
    } else if (value instanceof Media m) {
      media(m);
    } else if (value instanceof Tag t) {
      tag(t);
    } else if (value instanceof RightsNotice r) {
      rights(r);
    } else if (value instanceof TextLocation l) {
      location(l);
    } else if (value instanceof YearRange y) {
      years(y);
    } else {
      throw new IllegalArgumentException("not a Byline model value: " + value.getClass().getName());
    }
  }

  void article(Article a) {
    g.writeStartObject();
    g.writeStringProperty("formatVersion", ArticleJson.FORMAT_VERSION);
    uri("id", a.getId());
    uri("url", a.getUrl());
    g.writeStringProperty("headline", a.getHeadline());
    string("subheadline", a.getSubheadline());
    string("language", a.getLanguage());
    string("section", a.getSection());
    string("dateline", a.getDateline());
    time("published", a.getPublished());
    time("modified", a.getModified());
    list("contributors", a.getContributors(), this::contributor);
    if (a.getPublisher().isPresent()) {
      g.writeName("publisher");
      agent(a.getPublisher().get());
    }
    strings("paragraphs", a.getParagraphs());
    list("quotes", a.getQuotes(), this::quote);
    list("media", a.getMedia(), this::media);
    list("tags", a.getTags(), this::tag);
    if (a.getRights().isPresent()) {
      g.writeName("rights");
      rights(a.getRights().get());
    }
    g.writeEndObject();
  }

  void contributor(Contributor c) {
    g.writeStartObject();
    g.writeName("agent");
    agent(c.getAgent());
    g.writeStringProperty("role", ROLES.word(c.getRole()));
    g.writeEndObject();
  }

  void agent(Agent agent) {
    g.writeStartObject();
    if (agent instanceof Person p) {
      g.writeStringProperty("type", JsonNames.PERSON);
      g.writeStringProperty("name", p.getName());
      string("title", p.getTitle());
      if (p.getAffiliation().isPresent()) {
        g.writeName("affiliation");
        agent(p.getAffiliation().get());
      }
    } else {
      g.writeStringProperty("type", JsonNames.ORGANIZATION);
      g.writeStringProperty("name", agent.getName());
    }
    uri("identifier", agent.getIdentifier());
    g.writeEndObject();
  }

  void quote(Quote q) {
    g.writeStartObject();
    g.writeStringProperty("text", q.getText());
    g.writeStringProperty("kind", QUOTE_KINDS.word(q.getKind()));
    g.writeName("attribution");
    attribution(q.getAttribution());
    if (q.getLocation().isPresent()) {
      g.writeName("location");
      location(q.getLocation().get());
    }
    g.writeEndObject();
  }

  void attribution(Attribution a) {
    g.writeStartObject();
    if (a.getSource().isPresent()) {
      g.writeName("source");
      agent(a.getSource().get());
    }
    string("cue", a.getCue());
    string("context", a.getContext());
    g.writeEndObject();
  }

  void location(TextLocation l) {
    g.writeStartObject();
    if (l.getParagraph().isPresent()) {
      g.writeName("paragraph");
      g.writeNumber(l.getParagraph().getAsInt());
    }
    g.writeName("start");
    g.writeNumber(l.getSpan().getStart());
    g.writeName("end");
    g.writeNumber(l.getSpan().getEnd());
    g.writeEndObject();
  }

  void media(Media m) {
    g.writeStartObject();
    g.writeStringProperty("kind", MEDIA_KINDS.word(m.getKind()));
    uri("url", m.getUrl());
    string("caption", m.getCaption());
    string("altText", m.getAltText());
    string("credit", m.getCredit());
    if (m.getRights().isPresent()) {
      g.writeName("rights");
      rights(m.getRights().get());
    }
    g.writeEndObject();
  }

  void tag(Tag t) {
    g.writeStartObject();
    g.writeStringProperty("label", t.getLabel());
    if (t.getKind().isPresent()) {
      g.writeStringProperty("kind", TAG_KINDS.word(t.getKind().get()));
    }
    uri("scheme", t.getScheme());
    g.writeEndObject();
  }

  void rights(RightsNotice r) {
    g.writeStartObject();
    string("text", r.getText());
    string("holder", r.getHolder());
    if (r.getYears().isPresent()) {
      g.writeName("years");
      years(r.getYears().get());
    }
    g.writeBooleanProperty("allRightsReserved", r.isAllRightsReserved());
    uses("prohibitedUses", r.getProhibitedUses());
    uses("permittedUses", r.getPermittedUses());
    uri("license", r.getLicense());
    string("usageTerms", r.getUsageTerms());
    g.writeEndObject();
  }

  void years(YearRange y) {
    g.writeStartObject();
    g.writeName("start");
    g.writeNumber(y.getStart());
    g.writeName("end");
    g.writeNumber(y.getEnd());
    g.writeEndObject();
  }

  private <T> void list(String name, List<T> values, java.util.function.Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (T value : values) {
      element.accept(value);
    }
    g.writeEndArray();
  }

  private void uses(String name, Set<Use> uses) {
    if (uses.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (Use u : uses) {
      g.writeString(USES.word(u));
    }
    g.writeEndArray();
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String s : values) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private void uri(String name, Optional<URI> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private void time(String name, Optional<OffsetDateTime> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.get()));
    }
  }
}
