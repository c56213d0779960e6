package dev.byline.core.validation.internal;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Contributor;
import dev.byline.Limits;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.TextSpan;
import dev.byline.YearRange;
import jakarta.validation.ConstraintTarget;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates Byline's own value types without the validation engine's generic machinery: a walk
 * over the model that calls the same rules as the constraint validators ({@link TextRules},
 * {@link UriRules}, {@link ValueRules}, {@link TagLabels}, {@link QuotesInText}) and reports what
 * they find as the engine would — same paths, codes, messages and values — with every rule capped
 * at {@link Limits#MAX_REPORTED_VIOLATIONS} entries.
 *
 * <p>It is built from the engine's own metadata: each constraint the walk checks is taken from
 * the descriptors Hibernate Validator reads from the model (so {@code @Size} limits and message
 * templates come from there), and {@link #create} gives up — returns {@code null}, and the caller
 * keeps the engine — when the metadata holds a constraint the walk does not check or lacks one it
 * does, as when XML mappings change the model's constraints.
 *
 * <p>Cost: each text is scanned once per rule that reads all of it (control characters, line breaks
 * on single-line fields; neither when the caller knows from reading the text that it holds no such
 * character, see {@link AfterReading}), each located quotation compares its own length once its part is indexed,
 * and unlocated quotations take one pass over the text; no allocation for valid values but one small
 * object per quotation, tag, media item and contributor. Memory beyond the report is proportional
 * to the tags (their labels' hash table) and to the unlocated quotations' text.
 */
public final class FastValidator {
  private final Messages messages;
  private final Clock clock;
  private final Map<Class<?>, String> handled;

  private final TextRule headline;
  private final TextRule subheadline;
  private final TextRule section;
  private final TextRule dateline;
  private final TextRule paragraph;
  private final ConstraintDescriptor<?> articleId;
  private final ConstraintDescriptor<?> articleUrl;
  private final ConstraintDescriptor<?> language;
  private final ConstraintDescriptor<?> published;
  private final ConstraintDescriptor<?> modified;
  private final ConstraintDescriptor<?> quotesMatchText;
  private final ConstraintDescriptor<?> chronologicalDates;
  private final ConstraintDescriptor<?> contributorsSize;
  private final ConstraintDescriptor<?> paragraphsSize;
  private final ConstraintDescriptor<?> quotesSize;
  private final ConstraintDescriptor<?> mediaSize;
  private final ConstraintDescriptor<?> tagsSize;
  private final ConstraintDescriptor<?> tagsUnique;
  private final TextRule quoteText;
  private final TextRule cue;
  private final TextRule context;
  private final TextRule personName;
  private final TextRule personTitle;
  private final ConstraintDescriptor<?> personIdentifier;
  private final TextRule organizationName;
  private final ConstraintDescriptor<?> organizationIdentifier;
  private final ConstraintDescriptor<?> locationParagraph;
  private final ConstraintDescriptor<?> spanOrder;
  private final ConstraintDescriptor<?> spanStart;
  private final ConstraintDescriptor<?> mediaUrl;
  private final TextRule caption;
  private final TextRule altText;
  private final TextRule credit;
  private final ConstraintDescriptor<?> consistentRights;
  private final TextRule noticeText;
  private final TextRule holder;
  private final ConstraintDescriptor<?> license;
  private final TextRule usageTerms;
  private final ConstraintDescriptor<?> yearRange;
  private final TextRule tagLabel;
  private final ConstraintDescriptor<?> tagScheme;

  private FastValidator(Sites s, Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
    this.handled = s.handled;
    headline = s.text("Article.headline", true, true);
    subheadline = s.text("Article.subheadline<>", true, true);
    section = s.text("Article.section<>", true, true);
    dateline = s.text("Article.dateline<>", true, true);
    paragraph = s.text("Article.paragraphs<>", true, false);
    articleId = s.take("Article.id<>@IdentifierUri");
    articleUrl = s.take("Article.url<>@WebUri");
    language = s.take("Article.language<>@LanguageTag");
    published = s.take("Article.published<>@Rfc3339Timestamp");
    modified = s.take("Article.modified<>@Rfc3339Timestamp");
    quotesMatchText = s.take("Article@QuotesMatchText");
    chronologicalDates = s.take("Article@ChronologicalDates");
    contributorsSize = s.size("Article.contributors@Size");
    paragraphsSize = s.size("Article.paragraphs@Size");
    quotesSize = s.size("Article.quotes@Size");
    mediaSize = s.size("Article.media@Size");
    tagsSize = s.size("Article.tags@Size");
    tagsUnique = s.take("Article.tags@UniqueTagLabels");
    s.cascade("Article.contributors<>", "Article.publisher<>", "Article.quotes<>", "Article.media<>",
        "Article.tags<>", "Article.rights<>");
    quoteText = s.text("Quote.text", true, false);
    s.cascade("Quote.attribution", "Quote.location<>");
    cue = s.text("Attribution.cue<>", true, true);
    context = s.text("Attribution.context<>", true, false);
    s.cascade("Attribution.source<>");
    personName = s.text("Person.name", true, true);
    personTitle = s.text("Person.title<>", true, true);
    personIdentifier = s.take("Person.identifier<>@IdentifierUri");
    s.cascade("Person.affiliation<>");
    organizationName = s.text("Organization.name", true, true);
    organizationIdentifier = s.take("Organization.identifier<>@IdentifierUri");
    s.cascade("Contributor.agent");
    locationParagraph = s.take("TextLocation.paragraph@PositiveOrZero");
    s.cascade("TextLocation.span");
    spanOrder = s.take("TextSpan@ValidTextSpan");
    spanStart = s.take("TextSpan.start@PositiveOrZero");
    mediaUrl = s.take("Media.url<>@WebUri");
    caption = s.text("Media.caption<>", true, false);
    altText = s.text("Media.altText<>", true, false);
    credit = s.text("Media.credit<>", true, true);
    s.cascade("Media.rights<>");
    consistentRights = s.take("RightsNotice@ConsistentRights");
    noticeText = s.text("RightsNotice.text<>", true, false);
    holder = s.text("RightsNotice.holder<>", true, true);
    license = s.take("RightsNotice.license<>@WebUri");
    usageTerms = s.text("RightsNotice.usageTerms<>", true, false);
    s.cascade("RightsNotice.years<>");
    yearRange = s.take("YearRange@ValidYearRange");
    tagLabel = s.text("Tag.label", true, true);
    tagScheme = s.take("Tag.scheme<>@IdentifierUri");
  }

  /**
   * Builds the fast path for the model as {@code validator} sees it.
   *
   * @param validator the engine's validator, for its metadata
   * @param messages its message interpolation
   * @param clock the clock for "next year"
   * @return the fast path, or {@code null} when the engine's constraints on the model are not
   *     exactly the ones the walk checks
   */
  public static FastValidator create(Validator validator, Messages messages, Clock clock) {
    Sites sites = new Sites(validator);
    FastValidator fast = new FastValidator(sites, messages, clock);
    return sites.matched() ? fast : null;
  }

  /**
   * Tells whether {@code value} is one of the model's value types the walk knows.
   *
   * @param value a value
   * @return {@code true} when {@link #validate} can take it
   */
  public boolean handles(Object value) {
    return handled.containsKey(value.getClass());
  }

  /**
   * Validates {@code value} and reports every violation.
   *
   * @param value a value {@link #handles} accepts
   * @param sink receives the entries, in no particular order
   * @param kinds the {@link TextKinds kinds of character} the strings of {@code value} may hold
   *     ({@link TextKinds#ALL} when unknown): the scans for the other kinds are skipped, since they
   *     would find nothing
   */
  public void validate(Object value, Reports.Sink sink, int kinds) {
    Walk walk = new Walk(value, sink, kinds);
    Where root = Where.ROOT;
    if (value instanceof Article a) {
      walk.article(root, a);
    } else if (value instanceof Quote q) {
      walk.quote(root, q);
    } else if (value instanceof Attribution a) {
      walk.attribution(root, a);
    } else if (value instanceof Agent a) {
      walk.agent(root, a);
    } else if (value instanceof Contributor c) {
      walk.contributor(root, c);
    } else if (value instanceof TextLocation l) {
      walk.location(root, l);
    } else if (value instanceof TextSpan s) {
      walk.span(root, s);
    } else if (value instanceof Media m) {
      walk.media(root, m);
    } else if (value instanceof RightsNotice r) {
      walk.notice(root, r);
    } else if (value instanceof YearRange y) {
      walk.years(root, y);
    } else {
      walk.tag(root, (Tag) value);
    }
    walk.finish();
  }

  /** One validation: where violations go, and the count of each capped rule. */
  private final class Walk {
    private final Object rootValue;
    private final Reports.Sink sink;
    private final boolean controlCharacters;
    private final boolean lineBreaks;
    private final Map<Shape, Group> groups = new HashMap<>();
    private final Map<String, Map<String, String>> codes = new HashMap<>();
    private int nextYear = Integer.MIN_VALUE;

    Walk(Object rootValue, Reports.Sink sink, int kinds) {
      this.rootValue = rootValue;
      this.sink = sink;
      this.controlCharacters = (kinds & TextKinds.CONTROL_CHARACTER) != 0;
      this.lineBreaks = (kinds & TextKinds.LINE_BREAK) != 0;
    }

    void article(Where w, Article a) {
      QuotesInText.check(a, f -> report(w, f, quotesMatchText, a));
      report(w, ValueRules.chronologicalDates(a), chronologicalDates, a);
      if (a.getId().isPresent()) {
        URI id = a.getId().get();
        report(w.child("id"), UriRules.identifier(id, controlCharacters), articleId, id);
      }
      if (a.getUrl().isPresent()) {
        URI url = a.getUrl().get();
        report(w.child("url"), UriRules.web(url, controlCharacters), articleUrl, url);
      }
      text(w, "headline", a.getHeadline(), headline);
      text(w, "subheadline", a.getSubheadline(), subheadline);
      if (a.getLanguage().isPresent()) {
        String l = a.getLanguage().get();
        report(w.child("language"), TextRules.languageTag(l), language, l);
      }
      text(w, "section", a.getSection(), section);
      text(w, "dateline", a.getDateline(), dateline);
      if (a.getPublished().isPresent()) {
        OffsetDateTime t = a.getPublished().get();
        report(w.child("published"), ValueRules.rfc3339Timestamp(t), published, t);
      }
      if (a.getModified().isPresent()) {
        OffsetDateTime t = a.getModified().get();
        report(w.child("modified"), ValueRules.rfc3339Timestamp(t), modified, t);
      }

      List<Contributor> contributors = a.getContributors();
      Where list = w.child("contributors");
      size(list, contributors, contributorsSize);
      for (int i = 0; i < contributors.size(); i++) {
        contributor(list.at(i), contributors.get(i));
      }
      if (a.getPublisher().isPresent()) {
        agent(w.child("publisher"), a.getPublisher().get());
      }

      List<String> paragraphs = a.getParagraphs();
      list = w.child("paragraphs");
      size(list, paragraphs, paragraphsSize);
      for (int i = 0; i < paragraphs.size(); i++) {
        text(list, null, i, paragraphs.get(i), paragraph);
      }

      List<Quote> quotes = a.getQuotes();
      list = w.child("quotes");
      size(list, quotes, quotesSize);
      for (int i = 0; i < quotes.size(); i++) {
        quote(list.at(i), quotes.get(i));
      }

      List<Media> media = a.getMedia();
      list = w.child("media");
      size(list, media, mediaSize);
      for (int i = 0; i < media.size(); i++) {
        media(list.at(i), media.get(i));
      }

      List<Tag> tags = a.getTags();
      Where tagList = w.child("tags");
      size(tagList, tags, tagsSize);
      TagLabels.check(tags, f -> report(tagList, f, tagsUnique, tags));
      for (int i = 0; i < tags.size(); i++) {
        tag(tagList.at(i), tags.get(i));
      }
      if (a.getRights().isPresent()) {
        notice(w.child("rights"), a.getRights().get());
      }
    }

    void contributor(Where w, Contributor c) {
      agent(w.child("agent"), c.getAgent());
    }

    void quote(Where w, Quote q) {
      text(w, "text", q.getText(), quoteText);
      attribution(w.child("attribution"), q.getAttribution());
      if (q.getLocation().isPresent()) {
        location(w.child("location"), q.getLocation().get());
      }
    }

    void attribution(Where w, Attribution a) {
      if (a.getSource().isPresent()) {
        agent(w.child("source"), a.getSource().get());
      }
      text(w, "cue", a.getCue(), cue);
      text(w, "context", a.getContext(), context);
    }

    void agent(Where w, Agent agent) {
      if (agent instanceof Person p) {
        text(w, "name", p.getName(), personName);
        text(w, "title", p.getTitle(), personTitle);
        if (p.getIdentifier().isPresent()) {
          URI id = p.getIdentifier().get();
          report(w.child("identifier"), UriRules.identifier(id, controlCharacters), personIdentifier, id);
        }
        if (p.getAffiliation().isPresent()) {
          agent(w.child("affiliation"), p.getAffiliation().get());
        }
      } else {
        text(w, "name", agent.getName(), organizationName);
        if (agent.getIdentifier().isPresent()) {
          URI id = agent.getIdentifier().get();
          report(w.child("identifier"), UriRules.identifier(id, controlCharacters), organizationIdentifier, id);
        }
      }
    }

    void location(Where w, TextLocation l) {
      OptionalInt paragraph = l.getParagraph();
      if (paragraph.isPresent()) {
        negative(w.child("paragraph"), paragraph.getAsInt(), locationParagraph);
      }
      span(w.child("span"), l.getSpan());
    }

    void span(Where w, TextSpan s) {
      report(w, ValueRules.textSpan(s), spanOrder, s);
      negative(w.child("start"), s.getStart(), spanStart);
    }

    void media(Where w, Media m) {
      if (m.getUrl().isPresent()) {
        URI url = m.getUrl().get();
        report(w.child("url"), UriRules.web(url, controlCharacters), mediaUrl, url);
      }
      text(w, "caption", m.getCaption(), caption);
      text(w, "altText", m.getAltText(), altText);
      text(w, "credit", m.getCredit(), credit);
      if (m.getRights().isPresent()) {
        notice(w.child("rights"), m.getRights().get());
      }
    }

    void notice(Where w, RightsNotice r) {
      ValueRules.consistentRights(r, f -> report(w, f, consistentRights, r));
      text(w, "text", r.getText(), noticeText);
      text(w, "holder", r.getHolder(), holder);
      if (r.getYears().isPresent()) {
        years(w.child("years"), r.getYears().get());
      }
      if (r.getLicense().isPresent()) {
        URI url = r.getLicense().get();
        report(w.child("license"), UriRules.web(url, controlCharacters), license, url);
      }
      text(w, "usageTerms", r.getUsageTerms(), usageTerms);
    }

    void years(Where w, YearRange y) {
      if (nextYear == Integer.MIN_VALUE) {
        nextYear = Year.now(clock).getValue() + 1;
      }
      ValueRules.yearRange(y, nextYear, f -> report(w, f, yearRange, y));
    }

    void tag(Where w, Tag t) {
      text(w, "label", t.getLabel(), tagLabel);
      if (t.getScheme().isPresent()) {
        URI scheme = t.getScheme().get();
        report(w.child("scheme"), UriRules.identifier(scheme, controlCharacters), tagScheme, scheme);
      }
    }

    private void text(Where w, String property, Optional<String> value, TextRule rule) {
      if (value.isPresent()) {
        text(w, property, -1, value.get(), rule);
      }
    }

    private void text(Where w, String property, String value, TextRule rule) {
      text(w, property, -1, value, rule);
    }

    /**
     * Checks a text: the property {@code property} of the bean at {@code w}, or, when
     * {@code property} is {@code null}, the element {@code index} of the list at {@code w}. Its
     * place is made only for a violation.
     */
    private void text(Where w, String property, int index, String value, TextRule rule) {
      Finding f;
      if (rule.blank != null && (f = TextRules.blank(value)) != null) {
        report(textPlace(w, property, index), f, rule.blank, value);
      }
      if (rule.singleLine != null && lineBreaks && (f = TextRules.lineBreak(value)) != null) {
        report(textPlace(w, property, index), f, rule.singleLine, value);
      }
      if (controlCharacters && (f = TextRules.controlCharacter(value)) != null) {
        report(textPlace(w, property, index), f, rule.control, value);
      }
      if (value.length() < rule.min || value.length() > rule.max) {
        report(textPlace(w, property, index), Finding.of(rule.size.getMessageTemplate(), value), rule.size, value);
      }
    }

    private Where textPlace(Where w, String property, int index) {
      return property == null ? w.at(index) : w.child(property);
    }

    private void size(Where w, List<?> list, ConstraintDescriptor<?> size) {
      int n = list.size();
      if (n < min(size) || n > max(size)) {
        report(w, Finding.of(size.getMessageTemplate(), list), size, list);
      }
    }

    private void negative(Where w, int value, ConstraintDescriptor<?> positiveOrZero) {
      if (value < 0) {
        report(w, Finding.of(positiveOrZero.getMessageTemplate(), value), positiveOrZero, value);
      }
    }

    /** Reports {@code f}, if any, found by the constraint {@code d} in {@code validated} at {@code w}. */
    private void report(Where w, Finding f, ConstraintDescriptor<?> d, Object validated) {
      if (f == null) {
        return;
      }
      Where at = place(w, f);
      String code = code(at.leaf(), f.template, d);
      Where list = at.outermostIndexed();
      if (list != null) {
        Group g = groups.computeIfAbsent(new Shape(at, code), k -> new Group(list, code, d));
        if (++g.count > Limits.MAX_REPORTED_VIOLATIONS) {
          if (g.firstOmitted < 0) {
            g.firstOmitted = list.index;
          }
          return;
        }
      }
      emit(at, code, f, d, validated);
    }

    /** The code of a violation of {@code d} with {@code template} on {@code leaf}, made once per walk. */
    private String code(String leaf, String template, ConstraintDescriptor<?> d) {
      String on = leaf == null ? Reports.decapitalize(Reports.typeName(rootValue.getClass())) : leaf;
      return codes
          .computeIfAbsent(template, t -> new HashMap<>())
          .computeIfAbsent(on, l -> Reports.code(l, template, d.getAnnotation().annotationType()));
    }

    private void emit(Where at, String code, Finding f, ConstraintDescriptor<?> d, Object validated) {
      sink.add(
          at.path(true),
          at.pointer(),
          code,
          messages.interpolate(f.template, f.parameters, d, validated, rootValue.getClass()),
          Printable.of(f.shown));
    }

    void finish() {
      for (Group g : groups.values()) {
        int omitted = g.count - Limits.MAX_REPORTED_VIOLATIONS;
        if (omitted > 0) {
          Finding summary = Cap.summary(g.code, omitted, g.firstOmitted);
          Where at = g.list.at(-1);
          emit(at, code(at.leaf(), summary.template, g.descriptor), summary, g.descriptor, summary.shown);
        }
      }
    }
  }

  private static Where place(Where w, Finding f) {
    if (f.container == null && f.leaf == null) {
      return w;
    } else if (f.container == null && f.index < 0) {
      return w.child(f.leaf);
    } else if (f.container == null) {
      return w.at(f.index).child(f.leaf);
    } else if (f.leaf == null) {
      return w.child(f.container);
    }
    return w.child(f.container).at(f.index).child(f.leaf);
  }

  private static int min(ConstraintDescriptor<?> size) {
    return (Integer) size.getAttributes().get("min");
  }

  private static int max(ConstraintDescriptor<?> size) {
    return (Integer) size.getAttributes().get("max");
  }

  /**
   * A place without its list indexes, and a code: one capped rule ({@code tags[].label} and
   * {@code label.duplicate}). Compares the names along the two places, never builds a path.
   */
  private static final class Shape {
    private final Where at;
    private final String code;
    private final int hash;

    Shape(Where at, String code) {
      this.at = at;
      this.code = code;
      int h = code.hashCode();
      for (Where w = at; w != null; w = w.parent) {
        h = 31 * h + (w.name == null ? 0 : w.name.hashCode()) + (w.index >= 0 ? 1 : 0);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Shape other) || other.hash != hash || !other.code.equals(code)) {
        return false;
      }
      Where a = at;
      Where b = other.at;
      while (a != null && b != null) {
        if (!java.util.Objects.equals(a.name, b.name) || (a.index >= 0) != (b.index >= 0)) {
          return false;
        }
        a = a.parent;
        b = b.parent;
      }
      return a == null && b == null;
    }
  }

  /** The violations of one capped rule: a constraint at one place, at any list index. */
  private static final class Group {
    final Where list;
    final String code;
    final ConstraintDescriptor<?> descriptor;
    int count;
    int firstOmitted = -1;

    Group(Where list, String code, ConstraintDescriptor<?> descriptor) {
      this.list = list;
      this.code = code;
      this.descriptor = descriptor;
    }
  }

  /**
   * The text constraints of one property: {@code @NotBlankText}, {@code @SingleLine} (on
   * single-line fields), {@code @NoControlCharacters} and {@code @Size}, each with its descriptor.
   */
  private static final class TextRule {
    final ConstraintDescriptor<?> blank;
    final ConstraintDescriptor<?> singleLine;
    final ConstraintDescriptor<?> control;
    final ConstraintDescriptor<?> size;
    final int min;
    final int max;

    TextRule(ConstraintDescriptor<?> blank, ConstraintDescriptor<?> singleLine, ConstraintDescriptor<?> control,
        ConstraintDescriptor<?> size) {
      this.blank = blank;
      this.singleLine = singleLine;
      this.control = control;
      this.size = size;
      this.min = size == null ? 0 : min(size);
      this.max = size == null ? Integer.MAX_VALUE : max(size);
    }
  }

  /**
   * The engine's constraint descriptors of the model, by place and constraint, taken one by one as
   * the walk declares what it checks; {@link #matched()} tells whether the two agree exactly.
   */
  private static final class Sites {
    final Map<Class<?>, String> handled = new HashMap<>();
    private final Map<String, ConstraintDescriptor<?>> descriptors = new TreeMap<>();
    private final Map<String, Boolean> cascades = new TreeMap<>();
    private boolean missing;

    Sites(Validator validator) {
      Object[] samples = {
        Article.builder().headline("h").build(),
        Quote.builder().text("t").attribution(Attribution.unknown()).build(),
        Attribution.unknown(),
        Person.of("p"),
        Organization.of("o"),
        Contributor.author(Person.of("p")),
        TextLocation.inHeadline(0, 1),
        TextSpan.of(0, 1),
        Media.builder().build(),
        RightsNotice.builder().build(),
        YearRange.of(2000),
        Tag.of("t")
      };
      for (Object sample : samples) {
        Class<?> type = sample.getClass();
        String name = Reports.typeName(type);
        handled.put(type, name);
        BeanDescriptor bean = validator.getConstraintsForClass(type);
        put(name, bean.getConstraintDescriptors());
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
          String place = name + "." + p.getPropertyName();
          if (p.isCascaded()) {
            cascades.put(place, Boolean.TRUE);
          }
          put(place, p.getConstraintDescriptors());
          for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
            String element = place + "<>";
            if (e.getTypeArgumentIndex() != 0 || !e.getConstrainedContainerElementTypes().isEmpty()) {
              missing = true; // a nested container element: not a shape of Byline's model
            }
            if (e.isCascaded()) {
              cascades.put(element, Boolean.TRUE);
            }
            put(element, e.getConstraintDescriptors());
          }
        }
      }
    }

    private void put(String place, Set<ConstraintDescriptor<?>> found) {
      for (ConstraintDescriptor<?> d : found) {
        String key = place + "@" + d.getAnnotation().annotationType().getSimpleName();
        if (descriptors.put(key, d) != null || !plain(d)) {
          missing = true;
        }
      }
    }

    /** A constraint as the model declares it: default group, no composition, no unwrapping choice. */
    private static boolean plain(ConstraintDescriptor<?> d) {
      return d.getGroups().contains(Default.class)
          && d.getComposingConstraints().isEmpty()
          && !d.isReportAsSingleViolation()
          && d.getValueUnwrapping() == ValidateUnwrappedValue.DEFAULT
          && d.getValidationAppliesTo() != ConstraintTarget.PARAMETERS;
    }

    ConstraintDescriptor<?> take(String key) {
      ConstraintDescriptor<?> d = descriptors.remove(key);
      if (d == null) {
        missing = true;
      }
      return d;
    }

    ConstraintDescriptor<?> size(String key) {
      ConstraintDescriptor<?> d = take(key);
      if (d != null && !(d.getAttributes().get("min") instanceof Integer && d.getAttributes().get("max") instanceof Integer)) {
        missing = true;
      }
      return d;
    }

    TextRule text(String place, boolean blank, boolean singleLine) {
      return new TextRule(
          blank ? take(place + "@NotBlankText") : null,
          singleLine ? take(place + "@SingleLine") : null,
          take(place + "@NoControlCharacters"),
          size(place + "@Size"));
    }

    void cascade(String... places) {
      for (String place : places) {
        if (cascades.remove(place) == null) {
          missing = true;
        }
      }
    }

    boolean matched() {
      return !missing && descriptors.isEmpty() && cascades.isEmpty();
    }
  }
}
