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
import dev.byline.Limits;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.YearRange;
import dev.byline.core.validation.internal.TextKinds;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.IgnoredProperty;
import dev.byline.json.JsonFormat;
import dev.byline.json.JsonLimits;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The format's one reader: reads model values from a {@link TokenSource}, strictly — every property
 * is known (or, leniently, reported and skipped), has the right JSON type, is not null, and every
 * required property is there. Readers named {@code ...Here} read the value at the current token;
 * the caller has moved to it. Every failure is an {@link ArticleJsonException} with the JSON Pointer,
 * line and column of the offending place.
 */
public final class ModelReader {
  private final TokenSource p;
  private final Consumer<IgnoredProperty> ignored; // null: strict
  private final int maxNameLength;
  private Token current;
  private int kinds = TextKinds.NONE;

  /**
   * Creates a strict reader at the source's current token, with the default name limit.
   *
   * @param source the tokens
   */
  public ModelReader(TokenSource source) {
    this(source, null, JsonLimits.DEFAULT_MAX_NAME_LENGTH);
  }

  /**
   * Creates a reader at the source's current token.
   *
   * @param source the tokens
   * @param ignored told of every unknown property, which is then skipped; {@code null} for strict
   *     reading, where an unknown property fails
   * @param maxNameLength the longest property name, checked here too (Jackson 2.15 has no limit)
   */
  public ModelReader(TokenSource source, Consumer<IgnoredProperty> ignored, int maxNameLength) {
    this.p = source;
    this.ignored = ignored;
    this.maxNameLength = maxNameLength;
    this.current = source.current();
  }

  // ---- tokens --------------------------------------------------------------------------------

  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   */
  public Token next() {
    try {
      return current = p.next();
    } catch (TokenFailure f) {
      throw failed(f, false);
    }
  }

  private String nextName() {
    String name;
    try {
      name = p.nextName();
    } catch (TokenFailure f) {
      throw failed(f, false);
    }
    if (name == null) {
      current = Token.END_OBJECT;
      return null;
    }
    current = Token.NAME;
    if (name.length() > maxNameLength) { // where Jackson's own limit fails: in the object, at the name
      throw fail(Kind.LIMIT_EXCEEDED, p.containerPointer(), "a property name is longer than the limit of " + maxNameLength + " chars");
    }
    return name;
  }

  private String text() {
    try {
      return p.text();
    } catch (TokenFailure f) {
      throw failed(f, true);
    }
  }

  // ---- errors --------------------------------------------------------------------------------

  /**
   * The exception for a failure of the parser, at the deepest place of the input that exists: in
   * the value being read when the failure is inside it (the text of a string, or the value after a
   * property name the parser had read), else in the object or array that holds the failure — so a
   * syntax error in a property name points at the object it would belong to, never at the
   * property before it.
   *
   * @param f the parser's failure
   * @param inValue whether the failure is inside the current value (reading a string's text)
   * @return the exception to throw
   */
  public ArticleJsonException failed(TokenFailure f, boolean inValue) {
    String pointer;
    try {
      pointer = inValue || p.current() == Token.NAME ? p.pointer() : p.containerPointer();
    } catch (RuntimeException unusable) {
      pointer = ""; // the parser may be unusable after the failure: the line and column still say where
    }
    return new ArticleJsonException(f.getKind(), pointer, f.getLine(), f.getColumn(), f.getMessage(), f.getCause(), null);
  }

  String pointer() {
    return p.pointer();
  }

  /**
   * An exception at the current token.
   *
   * @param kind what went wrong
   * @param message what was expected and found
   * @return the exception to throw
   */
  public ArticleJsonException fail(Kind kind, String message) {
    return fail(kind, pointer(), message);
  }

  ArticleJsonException fail(Kind kind, String pointer, String message) {
    return new ArticleJsonException(kind, pointer, p.line(), p.column(), message, null, null);
  }

  /**
   * Names a token for a message: "a string", "a number", "the end of the input", ….
   *
   * @param t the token, or {@code null} for the end of the input
   * @return the words
   */
  public static String found(Token t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case END_OBJECT -> "the end of an object";
      case START_ARRAY -> "an array";
      case END_ARRAY -> "the end of an array";
      case NAME -> "a property name";
      case STRING -> "a string";
      case INTEGER, DECIMAL -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      case OTHER -> "a value JSON does not have";
    };
  }

  private ArticleJsonException wrongType(String expected) {
    if (current == Token.NULL) {
      return fail(Kind.NULL_VALUE, "expected " + expected + ", found null (leave an absent value out instead)");
    }
    return fail(Kind.WRONG_TYPE, "expected " + expected + ", found " + found(current));
  }

  /**
   * Fails when a required property is missing; called right after the object's end, where the
   * parser's context is the parent's entry for this object: the pointer is the object's (which is in
   * the input, where the missing property is not), the line and column those of its end.
   */
  private void missing(boolean present, String name) {
    if (!present) {
      throw fail(Kind.MISSING_PROPERTY, pointer(), "required property \"" + name + "\" is missing");
    }
  }

  /**
   * An unknown property: fails in strict mode; in lenient mode reports it and skips its value.
   * A name twice among the skipped properties of one object is a duplicate too.
   *
   * @param name the property's name
   * @param what the object, for the message ("an agent")
   * @param skipped the names skipped in this object so far, or {@code null} before the first
   * @return the names skipped in this object, with this one
   */
  private NameSet unknown(String name, String what, NameSet skipped) {
    if (ignored == null) {
      throw fail(Kind.UNKNOWN_PROPERTY, "unknown property \"" + name + "\" in " + what);
    }
    NameSet names = skipped == null ? new NameSet() : skipped;
    if (!names.add(name)) {
      throw duplicate(name);
    }
    ignored.accept(new IgnoredProperty(pointer(), p.line(), p.column()));
    skipValue();
    return names;
  }

  private ArticleJsonException duplicate(String name) {
    return fail(Kind.DUPLICATE_PROPERTY, "property \"" + shorten(name) + "\" appears twice");
  }

  /**
   * Skips the next value whole, refusing duplicate names in its objects: a walk with an explicit
   * stack (no recursion), holding the names of the objects open at the moment.
   */
  private void skipValue() {
    Token t = next();
    if (t != Token.START_OBJECT && t != Token.START_ARRAY) {
      return;
    }
    List<NameSet> open = new ArrayList<>(); // per open container: its names, or null for an array
    open.add(t == Token.START_OBJECT ? new NameSet() : null);
    while (!open.isEmpty()) {
      NameSet names = open.get(open.size() - 1);
      Token value;
      if (names != null) {
        String name = nextName();
        if (name == null) {
          open.remove(open.size() - 1);
          continue;
        }
        if (!names.add(name)) {
          throw duplicate(name);
        }
        value = next();
      } else {
        value = next();
        if (value == Token.END_ARRAY) {
          open.remove(open.size() - 1);
          continue;
        }
      }
      if (value == Token.START_OBJECT) {
        open.add(new NameSet());
      } else if (value == Token.START_ARRAY) {
        open.add(null);
      }
    }
  }

  /** Marks property {@code flag} as seen in the object being read; a second time is a duplicate. */
  private int seen(int seen, int flag, String name) {
    if ((seen & flag) != 0) {
      throw duplicate(name);
    }
    return seen | flag;
  }

  // ---- scalars -------------------------------------------------------------------------------

  String string() {
    next();
    return stringHere();
  }

  String stringHere() {
    if (current != Token.STRING) {
      throw wrongType("a string");
    }
    String s = text();
    int k = TextKinds.of(s);
    if ((k & TextKinds.UNPAIRED_SURROGATE) != 0) {
      int i = TextKinds.unpairedSurrogateIndex(s);
      throw fail(Kind.INVALID_VALUE, String.format("the string holds a lone surrogate U+%04X at index %d, which is no character", (int) s.charAt(i), i));
    }
    kinds |= k;
    return s;
  }

  /**
   * The kinds of character found in the strings read so far ({@link TextKinds}): recorded in the
   * one pass over each string that looks for lone surrogates, so that validation after reading
   * skips the scans that would find nothing.
   *
   * @return the kinds seen
   */
  int kinds() {
    return kinds;
  }

  int integer() {
    Token t = next();
    if (t != Token.INTEGER) {
      throw wrongType("a whole number");
    }
    try {
      if (!p.fitsInInt()) {
        throw fail(Kind.INVALID_VALUE, "the number " + p.numberText() + " is out of range");
      }
      return p.intValue();
    } catch (TokenFailure f) {
      throw failed(f, true);
    }
  }

  boolean bool() {
    Token t = next();
    if (t == Token.TRUE) {
      return true;
    }
    if (t == Token.FALSE) {
      return false;
    }
    throw wrongType("true or false");
  }

  URI uri() {
    String s = string();
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      throw fail(Kind.INVALID_VALUE, "not a URI: " + e.getReason() + " at index " + e.getIndex());
    }
  }

  OffsetDateTime time() {
    String s = string();
    try {
      if (s.length() < 20 || s.charAt(10) != 'T' || s.charAt(16) != ':') {
        throw new DateTimeParseException("seconds are required", s, 0);
      }
      OffsetDateTime common = CommonTimestamps.parse(s);
      return common != null ? common : OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      throw fail(Kind.INVALID_VALUE, "not an ISO-8601 timestamp with an offset (with seconds, such as 2022-01-10T15:30:00+01:00): \"" + shorten(s) + "\"");
    }
  }

  <E extends Enum<E>> E word(Words<E> words) {
    next();
    return wordHere(words);
  }

  <E extends Enum<E>> E wordHere(Words<E> words) {
    String s = stringHere();
    E value = words.value(s);
    if (value == null) {
      throw fail(Kind.UNKNOWN_VALUE, "\"" + shorten(s) + "\" is not one of " + words.allowed());
    }
    return value;
  }

  static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  /** Checks that an object starts here; a document (the root value) that is not one is NOT_AN_OBJECT. */
  private void startObject() {
    if (current != Token.START_OBJECT) {
      if (pointer().isEmpty()) {
        throw fail(Kind.NOT_AN_OBJECT, "", "a document must be a JSON object; found " + found(current));
      }
      throw wrongType("an object");
    }
  }

  /**
   * Reads a non-empty array, refusing an element beyond {@code max} as it comes — before it is
   * read or built — with the pointer of that first element too many.
   */
  private void array(int max, String what, Runnable element) {
    Token t = next();
    if (t != Token.START_ARRAY) {
      throw wrongType("an array");
    }
    if (next() == Token.END_ARRAY) {
      throw fail(Kind.INVALID_VALUE, "an empty list is written by leaving the property out");
    }
    int count = 0;
    do {
      if (++count > max) {
        throw fail(Kind.LIMIT_EXCEEDED, "more than " + max + " " + what + " (the model's limit)");
      }
      element.run();
    } while (next() != Token.END_ARRAY);
  }

  private void uses(java.util.Set<dev.byline.Use> into) {
    array(Integer.MAX_VALUE, "uses", () -> { // a use twice is refused first
      dev.byline.Use use = wordHere(USES);
      if (!into.add(use)) {
        throw fail(Kind.INVALID_VALUE, "\"" + USES.word(use) + "\" appears twice in the list");
      }
    });
  }

  // ---- model ---------------------------------------------------------------------------------

  /**
   * Reads an article at the current token; {@code formatVersion} is required, top level or
   * embedded.
   *
   * @return the article
   */
  Article articleHere() {
    startObject();
    Article.Builder b = Article.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "formatVersion" -> { seen = seen(seen, 1, name); version(); }
        case "id" -> { seen = seen(seen, 2, name); b.id(uri()); }
        case "url" -> { seen = seen(seen, 4, name); b.url(uri()); }
        case "headline" -> { seen = seen(seen, 8, name); b.headline(string()); }
        case "subheadline" -> { seen = seen(seen, 16, name); b.subheadline(string()); }
        case "language" -> { seen = seen(seen, 32, name); b.language(string()); }
        case "section" -> { seen = seen(seen, 64, name); b.section(string()); }
        case "dateline" -> { seen = seen(seen, 128, name); b.dateline(string()); }
        case "published" -> { seen = seen(seen, 256, name); b.published(time()); }
        case "modified" -> { seen = seen(seen, 512, name); b.modified(time()); }
        case "contributors" -> { seen = seen(seen, 1024, name); array(Limits.MAX_ITEMS, "contributors", () -> b.addContributor(contributorHere())); }
        case "publisher" -> { seen = seen(seen, 2048, name); next(); b.publisher((Organization) agentHere(Organization.class)); }
        case "paragraphs" -> { seen = seen(seen, 4096, name); array(Limits.MAX_PARAGRAPHS, "paragraphs", () -> b.addParagraph(stringHere())); }
        case "quotes" -> { seen = seen(seen, 8192, name); array(Limits.MAX_QUOTES, "quotations", () -> b.addQuote(quoteHere())); }
        case "media" -> { seen = seen(seen, 16384, name); array(Limits.MAX_ITEMS, "media items", () -> b.addMedia(mediaHere())); }
        case "tags" -> { seen = seen(seen, 32768, name); array(Limits.MAX_ITEMS, "tags", () -> b.addTag(tagHere())); }
        case "rights" -> { seen = seen(seen, 65536, name); next(); b.rights(rightsHere()); }
        default -> skipped = unknown(name, "an article", skipped);
      }
    }
    missing((seen & 1) != 0, "formatVersion");
    missing((seen & 8) != 0, "headline");
    return b.build();
  }

  /**
   * The format version: {@code MAJOR.MINOR}, both ASCII digits, the major without a leading zero,
   * as the schema's pattern {@code ^1\\.[0-9]+$} says for this major; a newer major is refused as
   * unsupported, anything else (a sign, a leading zero, other digits) as invalid.
   */
  private void version() {
    String v = string();
    int dot = v.indexOf('.');
    if (dot <= 0 || v.charAt(0) == '0' || !asciiDigits(v, 0, dot) || !asciiDigits(v, dot + 1, v.length())) {
      throw fail(Kind.INVALID_VALUE, "the format version must be MAJOR.MINOR in ASCII digits, such as \""
          + JsonFormat.FORMAT_VERSION + "\"; found \"" + shorten(v) + "\"");
    }
    if (dot != 1 || v.charAt(0) != (char) ('0' + JsonFormat.FORMAT_MAJOR)) {
      throw fail(Kind.UNSUPPORTED_VERSION, "the document is in format version " + shorten(v) + "; this reader understands version "
          + JsonFormat.FORMAT_MAJOR + ".x (upgrade Byline to read it)");
    }
  }

  private static boolean asciiDigits(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  Contributor contributorHere() {
    startObject();
    Contributor.Builder b = Contributor.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "agent" -> { seen = seen(seen, 1, name); next(); b.agent(agentHere(Agent.class)); }
        case "role" -> { seen = seen(seen, 2, name); b.role(word(ROLES)); }
        default -> skipped = unknown(name, "a contributor", skipped);
      }
    }
    missing((seen & 1) != 0, "agent");
    return b.build();
  }

  /** Reads a person or an organisation, told apart by "type"; {@code expected} narrows it. */
  Agent agentHere(Class<? extends Agent> expected) {
    startObject();
    String type = null;
    String name = null;
    String title = null;
    Organization affiliation = null;
    URI identifier = null;
    String personOnly = null;
    int seen = 0;
    NameSet skipped = null;
    for (String field = nextName(); field != null; field = nextName()) {
      switch (field) {
        case "type" -> {
          seen = seen(seen, 1, field);
          type = string();
          if (!type.equals(JsonNames.PERSON) && !type.equals(JsonNames.ORGANIZATION)) {
            throw fail(Kind.UNKNOWN_VALUE, "\"" + shorten(type) + "\" is not one of \"person\", \"organization\"");
          }
        }
        case "name" -> { seen = seen(seen, 2, field); name = string(); }
        case "title" -> { seen = seen(seen, 4, field); title = string(); personOnly = personOnly == null ? field : personOnly; }
        case "affiliation" -> {
          seen = seen(seen, 8, field);
          next();
          affiliation = (Organization) agentHere(Organization.class);
          personOnly = personOnly == null ? field : personOnly;
        }
        case "identifier" -> { seen = seen(seen, 16, field); identifier = uri(); }
        default -> skipped = unknown(field, "an agent", skipped);
      }
    }
    missing(type != null, "type");
    if (expected == Organization.class && !type.equals(JsonNames.ORGANIZATION)) {
      throw fail(Kind.UNKNOWN_VALUE, pointer() + "/type", "expected an agent of type \"organization\" here, found \"" + type + "\"");
    }
    if (type.equals(JsonNames.ORGANIZATION) && personOnly != null) {
      throw fail(Kind.UNKNOWN_PROPERTY, pointer() + "/" + personOnly, "\"" + personOnly + "\" is a property of a person, not of an organization");
    }
    missing(name != null, "name");
    if (type.equals(JsonNames.PERSON)) {
      Person.Builder b = Person.builder().name(name);
      if (title != null) {
        b.title(title);
      }
      if (affiliation != null) {
        b.affiliation(affiliation);
      }
      if (identifier != null) {
        b.identifier(identifier);
      }
      return b.build();
    }
    Organization.Builder b = Organization.builder().name(name);
    if (identifier != null) {
      b.identifier(identifier);
    }
    return b.build();
  }

  Quote quoteHere() {
    startObject();
    Quote.Builder b = Quote.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "text" -> { seen = seen(seen, 1, name); b.text(string()); }
        case "kind" -> { seen = seen(seen, 2, name); b.kind(word(QUOTE_KINDS)); }
        case "attribution" -> { seen = seen(seen, 4, name); next(); b.attribution(attributionHere()); }
        case "location" -> { seen = seen(seen, 8, name); next(); b.location(locationHere()); }
        default -> skipped = unknown(name, "a quote", skipped);
      }
    }
    missing((seen & 1) != 0, "text");
    missing((seen & 4) != 0, "attribution");
    return b.build();
  }

  Attribution attributionHere() {
    startObject();
    Attribution.Builder b = Attribution.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "source" -> { seen = seen(seen, 1, name); next(); b.source(agentHere(Agent.class)); }
        case "cue" -> { seen = seen(seen, 2, name); b.cue(string()); }
        case "context" -> { seen = seen(seen, 4, name); b.context(string()); }
        default -> skipped = unknown(name, "an attribution", skipped);
      }
    }
    return b.build();
  }

  TextLocation locationHere() {
    startObject();
    Integer paragraph = null;
    int start = 0;
    int end = 0;
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "paragraph" -> { seen = seen(seen, 1, name); paragraph = integer(); }
        case "start" -> { seen = seen(seen, 2, name); start = integer(); }
        case "end" -> { seen = seen(seen, 4, name); end = integer(); }
        default -> skipped = unknown(name, "a location", skipped);
      }
    }
    missing((seen & 2) != 0, "start");
    missing((seen & 4) != 0, "end");
    return paragraph == null ? TextLocation.inHeadline(start, end) : TextLocation.inParagraph(paragraph, start, end);
  }

  Media mediaHere() {
    startObject();
    Media.Builder b = Media.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "kind" -> { seen = seen(seen, 1, name); b.kind(word(MEDIA_KINDS)); }
        case "url" -> { seen = seen(seen, 2, name); b.url(uri()); }
        case "caption" -> { seen = seen(seen, 4, name); b.caption(string()); }
        case "altText" -> { seen = seen(seen, 8, name); b.altText(string()); }
        case "credit" -> { seen = seen(seen, 16, name); b.credit(string()); }
        case "rights" -> { seen = seen(seen, 32, name); next(); b.rights(rightsHere()); }
        default -> skipped = unknown(name, "a media item", skipped);
      }
    }
    return b.build();
  }

  Tag tagHere() {
    startObject();
    Tag.Builder b = Tag.builder();
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "label" -> { seen = seen(seen, 1, name); b.label(string()); }
        case "kind" -> { seen = seen(seen, 2, name); b.kind(word(TAG_KINDS)); }
        case "scheme" -> { seen = seen(seen, 4, name); b.scheme(uri()); }
        default -> skipped = unknown(name, "a tag", skipped);
      }
    }
    missing((seen & 1) != 0, "label");
    return b.build();
  }

  RightsNotice rightsHere() {
    startObject();
    RightsNotice.Builder b = RightsNotice.builder();
    java.util.Set<dev.byline.Use> prohibited = java.util.EnumSet.noneOf(dev.byline.Use.class);
    java.util.Set<dev.byline.Use> permitted = java.util.EnumSet.noneOf(dev.byline.Use.class);
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "text" -> { seen = seen(seen, 1, name); b.text(string()); }
        case "holder" -> { seen = seen(seen, 2, name); b.holder(string()); }
        case "years" -> { seen = seen(seen, 4, name); next(); b.years(yearsHere()); }
        case "allRightsReserved" -> { seen = seen(seen, 8, name); b.allRightsReserved(bool()); }
        case "prohibitedUses" -> { seen = seen(seen, 16, name); uses(prohibited); b.prohibitedUses(prohibited); }
        case "permittedUses" -> { seen = seen(seen, 32, name); uses(permitted); b.permittedUses(permitted); }
        case "license" -> { seen = seen(seen, 64, name); b.license(uri()); }
        case "usageTerms" -> { seen = seen(seen, 128, name); b.usageTerms(string()); }
        default -> skipped = unknown(name, "a rights notice", skipped);
      }
    }
    return b.build();
  }

  YearRange yearsHere() {
    startObject();
    int start = 0;
    int end = 0;
    int seen = 0;
    NameSet skipped = null;
    for (String name = nextName(); name != null; name = nextName()) {
      switch (name) {
        case "start" -> { seen = seen(seen, 1, name); start = integer(); }
        case "end" -> { seen = seen(seen, 2, name); end = integer(); }
        default -> skipped = unknown(name, "a year range", skipped);
      }
    }
    missing((seen & 1) != 0, "start");
    missing((seen & 2) != 0, "end");
    return YearRange.of(start, end);
  }

  /**
   * Reads a value of any model type at the current token.
   *
   * @param type the model type
   * @return the value, of that type
   * @throws IllegalArgumentException if {@code type} is not a Byline model type
   */
  public Object valueHere(Class<?> type) {
    if (type == Article.class) {
      return articleHere();
    } else if (type == Quote.class) {
      return quoteHere();
    } else if (type == Attribution.class) {
      return attributionHere();
    } else if (type == Agent.class || type == Person.class || type == Organization.class) {
      Agent a = agentHere(type == Organization.class ? Organization.class : Agent.class);
      if (!type.isInstance(a)) {
        throw fail(Kind.UNKNOWN_VALUE, pointer() + "/type", "expected an agent of type \"person\", found \"organization\"");
      }
      return a;
    } else if (type == Contributor.class) {
      return contributorHere();
    } else if (type == Media.class) {
      return mediaHere();
    } else if (type == Tag.class) {
      return tagHere();
    } else if (type == RightsNotice.class) {
      return rightsHere();
    } else if (type == TextLocation.class) {
      return locationHere();
    } else if (type == YearRange.class) {
      return yearsHere();
    }
    throw new IllegalArgumentException("not a Byline model type: " + type.getName());
  }
}
