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
import java.util.function.BiConsumer;
import dev.byline.json.JsonFormat;

/**
 * The format's one writer: writes model values to a {@link TokenSink} in the canonical form: the fixed property order below, absent optionals and
 * empty collections left out, defaults (quote kind, role, media kind, all-rights-reserved) always
 * written.
 */
public final class ModelWriter {
  private final TokenSink g;
  private char[] time;

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
    list("contributors", a.getContributors(), ModelWriter::contributor);
    if (a.getPublisher().isPresent()) {
      g.name("publisher");
      agent(a.getPublisher().get());
    }
    strings("paragraphs", a.getParagraphs());
    list("quotes", a.getQuotes(), ModelWriter::quote);
    list("media", a.getMedia(), ModelWriter::media);
    list("tags", a.getTags(), ModelWriter::tag);
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

  /** Writes a list; {@code element} is an unbound method reference, so no object is made per call. */
  private <T> void list(String name, List<T> values, BiConsumer<ModelWriter, T> element) {
    if (values.isEmpty()) {
      return;
    }
    g.name(name);
    g.startArray();
    for (T value : values) {
      element.accept(this, value);
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
      OffsetDateTime t = value.get();
      int year = t.getYear();
      if (year < 0 || year > 9999) {
        // a sign and more digits: rare enough for the formatter itself
        property(name, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
        return;
      }
      if (time == null) {
        time = new char[TIME_LENGTH];
      }
      g.name(name);
      g.string(time, 0, isoOffsetDateTime(t, time));
    }
  }

  /** The longest timestamp {@link #isoOffsetDateTime} writes: {@code 2024-01-31T23:59:59.123456789+05:30:15}. */
  static final int TIME_LENGTH = 38;

  /**
   * Writes a timestamp of a year in 0000–9999 as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}
   * formats it — seconds always, a fraction only when not zero and without trailing zeros, the
   * offset as its id ({@code Z}, {@code +05:30}, {@code -00:30:15}) — without building a string.
   *
   * @return the number of characters written
   */
  static int isoOffsetDateTime(OffsetDateTime t, char[] out) {
    digits(out, 0, t.getYear(), 4);
    out[4] = '-';
    digits(out, 5, t.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, t.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, t.getHour(), 2);
    out[13] = ':';
    digits(out, 14, t.getMinute(), 2);
    out[16] = ':';
    digits(out, 17, t.getSecond(), 2);
    int at = 19;
    int nano = t.getNano();
    if (nano != 0) {
      int width = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        width--;
      }
      out[at++] = '.';
      digits(out, at, nano, width);
      at += width;
    }
    String offset = t.getOffset().getId();
    offset.getChars(0, offset.length(), out, at);
    return at + offset.length();
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
