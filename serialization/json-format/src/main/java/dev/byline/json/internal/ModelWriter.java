package dev.byline.json.internal;

import static dev.byline.json.internal.JsonNames.MEDIA_KINDS;
import static dev.byline.json.internal.JsonNames.QUOTE_KINDS;
import static dev.byline.json.internal.JsonNames.ROLES;
import static dev.byline.json.internal.JsonNames.TAG_KINDS;
import static dev.byline.json.internal.JsonNames.USES;
import static dev.byline.json.internal.JsonProperty.*;

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
import dev.byline.TagKind;
import dev.byline.TextLocation;
import dev.byline.Use;
import dev.byline.YearRange;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
    property(FORMAT_VERSION, JsonFormat.FORMAT_VERSION);
    uri(ID, a.getId());
    uri(URL, a.getUrl());
    property(HEADLINE, a.getHeadline());
    string(SUBHEADLINE, a.getSubheadline());
    string(LANGUAGE, a.getLanguage());
    string(SECTION, a.getSection());
    string(DATELINE, a.getDateline());
    time(PUBLISHED, a.getPublished());
    time(MODIFIED, a.getModified());
    list(CONTRIBUTORS, a.getContributors(), ModelWriter::contributor);
    object(PUBLISHER, a.getPublisher(), ModelWriter::agent);
    strings(PARAGRAPHS, a.getParagraphs());
    list(QUOTES, a.getQuotes(), ModelWriter::quote);
    list(MEDIA, a.getMedia(), ModelWriter::media);
    list(TAGS, a.getTags(), ModelWriter::tag);
    object(RIGHTS, a.getRights(), ModelWriter::rights);
    g.endObject();
  }

  void contributor(Contributor c) {
    g.startObject();
    g.name(AGENT);
    agent(c.getAgent());
    property(ROLE, ROLES.word(c.getRole()));
    g.endObject();
  }

  void agent(Agent agent) {
    g.startObject();
    if (agent instanceof Person p) {
      property(TYPE, JsonNames.PERSON);
      property(NAME, p.getName());
      string(TITLE, p.getTitle());
      object(AFFILIATION, p.getAffiliation(), ModelWriter::agent);
    } else {
      property(TYPE, JsonNames.ORGANIZATION);
      property(NAME, agent.getName());
    }
    uri(IDENTIFIER, agent.getIdentifier());
    g.endObject();
  }

  void quote(Quote q) {
    g.startObject();
    property(TEXT, q.getText());
    property(KIND, QUOTE_KINDS.word(q.getKind()));
    g.name(ATTRIBUTION);
    attribution(q.getAttribution());
    object(LOCATION, q.getLocation(), ModelWriter::location);
    g.endObject();
  }

  void attribution(Attribution a) {
    g.startObject();
    object(SOURCE, a.getSource(), ModelWriter::agent);
    string(CUE, a.getCue());
    string(CONTEXT, a.getContext());
    g.endObject();
  }

  void location(TextLocation l) {
    g.startObject();
    OptionalInt paragraph = l.getParagraph();
    if (paragraph.isPresent()) {
      g.name(PARAGRAPH);
      g.number(paragraph.getAsInt());
    }
    g.name(START);
    g.number(l.getSpan().getStart());
    g.name(END);
    g.number(l.getSpan().getEnd());
    g.endObject();
  }

  void media(Media m) {
    g.startObject();
    property(KIND, MEDIA_KINDS.word(m.getKind()));
    uri(URL, m.getUrl());
    string(CAPTION, m.getCaption());
    string(ALT_TEXT, m.getAltText());
    string(CREDIT, m.getCredit());
    object(RIGHTS, m.getRights(), ModelWriter::rights);
    g.endObject();
  }

  void tag(Tag t) {
    g.startObject();
    property(LABEL, t.getLabel());
    Optional<TagKind> kind = t.getKind();
    if (kind.isPresent()) {
      property(KIND, TAG_KINDS.word(kind.get()));
    }
    uri(SCHEME, t.getScheme());
    g.endObject();
  }

  void rights(RightsNotice r) {
    g.startObject();
    string(TEXT, r.getText());
    string(HOLDER, r.getHolder());
    object(YEARS, r.getYears(), ModelWriter::years);
    g.name(ALL_RIGHTS_RESERVED);
    g.bool(r.isAllRightsReserved());
    uses(PROHIBITED_USES, r.getProhibitedUses());
    uses(PERMITTED_USES, r.getPermittedUses());
    uri(LICENSE, r.getLicense());
    string(USAGE_TERMS, r.getUsageTerms());
    g.endObject();
  }

  void years(YearRange y) {
    g.startObject();
    g.name(START);
    g.number(y.getStart());
    g.name(END);
    g.number(y.getEnd());
    g.endObject();
  }

  /** Writes a list; {@code element} is an unbound method reference, so no object is made per call. */
  private <T> void list(JsonProperty name, List<T> values, BiConsumer<ModelWriter, T> element) {
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

  /** Writes an optional object; {@code writer} is an unbound method reference, as for {@link #list}. */
  private <T> void object(JsonProperty name, Optional<T> value, BiConsumer<ModelWriter, T> writer) {
    if (value.isPresent()) {
      g.name(name);
      writer.accept(this, value.get());
    }
  }

  private void uses(JsonProperty name, Set<Use> uses) {
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

  private void strings(JsonProperty name, List<String> values) {
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

  private void property(JsonProperty name, String value) {
    g.name(name);
    g.string(value);
  }

  private void string(JsonProperty name, Optional<String> value) {
    if (value.isPresent()) {
      property(name, value.get());
    }
  }

  private void uri(JsonProperty name, Optional<URI> value) {
    if (value.isPresent()) {
      property(name, value.get().toString());
    }
  }

  private void time(JsonProperty name, Optional<OffsetDateTime> value) {
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
