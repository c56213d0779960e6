package dev.byline.json.internal;

import static dev.byline.json.internal.JsonNames.MEDIA_KINDS;
import static dev.byline.json.internal.JsonNames.QUOTE_KINDS;
import static dev.byline.json.internal.JsonNames.ROLES;
import static dev.byline.json.internal.JsonNames.TAG_KINDS;
import static dev.byline.json.internal.JsonNames.USES;

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
import dev.byline.json.JsonFormat;

/**
 * The format's one writer: writes model values to a {@link TokenSink} in the canonical form: the fixed property order below, absent optionals and
 * empty collections left out, defaults (quote kind, role, media kind, all-rights-reserved) always
 * written.
 */
public final class ModelWriter {
  private final TokenSink g;

  /**
   * Creates a writer.
   *
   * @param sink where the tokens go
   */
  public ModelWriter(TokenSink sink) {
    this.g = sink;
  }

  /**
   * Writes any Byline model value.
   *
   * @param value the value
   * @throws IllegalArgumentException if {@code value} is not a Byline model value
   */
  public void any(Object value) {
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
    g.startObject();
    property("formatVersion", JsonFormat.FORMAT_VERSION);
    uri("id", a.getId());
    uri("url", a.getUrl());
    property("headline", a.getHeadline());
    string("subheadline", a.getSubheadline());
    string("language", a.getLanguage());
    string("section", a.getSection());
    string("dateline", a.getDateline());
    time("published", a.getPublished());
    time("modified", a.getModified());
    list("contributors", a.getContributors(), this::contributor);
    if (a.getPublisher().isPresent()) {
      g.name("publisher");
      agent(a.getPublisher().get());
    }
    strings("paragraphs", a.getParagraphs());
    list("quotes", a.getQuotes(), this::quote);
    list("media", a.getMedia(), this::media);
    list("tags", a.getTags(), this::tag);
    if (a.getRights().isPresent()) {
      g.name("rights");
      rights(a.getRights().get());
    }
    g.endObject();
  }

  void contributor(Contributor c) {
    g.startObject();
    g.name("agent");
    agent(c.getAgent());
    property("role", ROLES.word(c.getRole()));
    g.endObject();
  }

  void agent(Agent agent) {
    g.startObject();
    if (agent instanceof Person p) {
      property("type", JsonNames.PERSON);
      property("name", p.getName());
      string("title", p.getTitle());
      if (p.getAffiliation().isPresent()) {
        g.name("affiliation");
        agent(p.getAffiliation().get());
      }
    } else {
      property("type", JsonNames.ORGANIZATION);
      property("name", agent.getName());
    }
    uri("identifier", agent.getIdentifier());
    g.endObject();
  }

  void quote(Quote q) {
    g.startObject();
    property("text", q.getText());
    property("kind", QUOTE_KINDS.word(q.getKind()));
    g.name("attribution");
    attribution(q.getAttribution());
    if (q.getLocation().isPresent()) {
      g.name("location");
      location(q.getLocation().get());
    }
    g.endObject();
  }

  void attribution(Attribution a) {
    g.startObject();
    if (a.getSource().isPresent()) {
      g.name("source");
      agent(a.getSource().get());
    }
    string("cue", a.getCue());
    string("context", a.getContext());
    g.endObject();
  }

  void location(TextLocation l) {
    g.startObject();
    if (l.getParagraph().isPresent()) {
      g.name("paragraph");
      g.number(l.getParagraph().getAsInt());
    }
    g.name("start");
    g.number(l.getSpan().getStart());
    g.name("end");
    g.number(l.getSpan().getEnd());
    g.endObject();
  }

  void media(Media m) {
    g.startObject();
    property("kind", MEDIA_KINDS.word(m.getKind()));
    uri("url", m.getUrl());
    string("caption", m.getCaption());
    string("altText", m.getAltText());
    string("credit", m.getCredit());
    if (m.getRights().isPresent()) {
      g.name("rights");
      rights(m.getRights().get());
    }
    g.endObject();
  }

  void tag(Tag t) {
    g.startObject();
    property("label", t.getLabel());
    if (t.getKind().isPresent()) {
      property("kind", TAG_KINDS.word(t.getKind().get()));
    }
    uri("scheme", t.getScheme());
    g.endObject();
  }

  void rights(RightsNotice r) {
    g.startObject();
    string("text", r.getText());
    string("holder", r.getHolder());
    if (r.getYears().isPresent()) {
      g.name("years");
      years(r.getYears().get());
    }
    g.name("allRightsReserved");
    g.bool(r.isAllRightsReserved());
    uses("prohibitedUses", r.getProhibitedUses());
    uses("permittedUses", r.getPermittedUses());
    uri("license", r.getLicense());
    string("usageTerms", r.getUsageTerms());
    g.endObject();
  }

  void years(YearRange y) {
    g.startObject();
    g.name("start");
    g.number(y.getStart());
    g.name("end");
    g.number(y.getEnd());
    g.endObject();
  }

  private <T> void list(String name, List<T> values, java.util.function.Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.name(name);
    g.startArray();
    for (T value : values) {
      element.accept(value);
    }
    g.endArray();
  }

  private void uses(String name, Set<Use> uses) {
    if (uses.isEmpty()) {
      return;
    }
    g.name(name);
    g.startArray();
    for (Use u : uses) {
      g.string(USES.word(u));
    }
    g.endArray();
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.name(name);
    g.startArray();
    for (String s : values) {
      g.string(s);
    }
    g.endArray();
  }

  private void property(String name, String value) {
    g.name(name);
    g.string(value);
  }

  private void string(String name, Optional<String> value) {
    if (value.isPresent()) {
      property(name, value.get());
    }
  }

  private void uri(String name, Optional<URI> value) {
    if (value.isPresent()) {
      property(name, value.get().toString());
    }
  }

  private void time(String name, Optional<OffsetDateTime> value) {
    if (value.isPresent()) {
      property(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value.get()));
    }
  }
}
