package dev.byline.serialization.schemaorg;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.Media;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.serialization.internal.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an article as the schema.org {@code NewsArticle} JSON-LD a publisher embeds in a page, and
 * imports the JSON-LD and meta tags of real news pages into valid articles.
 *
 * <h2>Export (schema.org release 30.0)</h2>
 *
 * <p>One {@code NewsArticle} object with {@code @context https://schema.org}: {@code @id},
 * {@code url}, {@code headline}, {@code alternativeHeadline}, {@code articleBody} (paragraphs joined by
 * a blank line), {@code inLanguage}, {@code articleSection}, {@code dateline}, {@code datePublished},
 * {@code dateModified}, {@code author} / {@code editor} / {@code translator} / {@code contributor}
 * by role ({@code Person} with {@code jobTitle}, {@code affiliation}, and its identifier as
 * {@code sameAs} when it is a web address, else as {@code identifier}; or {@code Organization}),
 * {@code publisher}, {@code keywords} (every tag label), {@code image} /
 * {@code video} / {@code audio} as {@code ImageObject} / {@code VideoObject} / {@code AudioObject} with
 * {@code contentUrl}, {@code caption}, {@code creditText} and their own {@code copyrightNotice},
 * {@code copyrightHolder}, {@code copyrightYear} (the first year), {@code copyrightNotice},
 * {@code license}. Quotations are {@code Quotation} items in {@code hasPart}, each with {@code text},
 * and its speaker as both {@code creator} and {@code spokenByCharacter}. Dates are RFC 3339
 * timestamps (ISO 8601 with a UTC offset in whole minutes): a valid article's dates are written as
 * they are; for an article that was not validated, an offset with seconds is written as the same
 * instant in UTC and a year outside 0000–9999 is not written. {@link #export(Article)} lists, field
 * by field, what importing the block again would not bring back equal.
 *
 * <h2>Import: {@link #read(String)} for a block, {@link #readPage(String)} for a page</h2>
 *
 * <p><b>The article node.</b> A node typed {@code Article}, {@code NewsArticle} or any type ending in
 * "Article", {@code BlogPosting}, {@code LiveBlogPosting} or {@code SocialMediaPosting} — at the top
 * level, in a top-level array or in {@code @graph} (else one that a top node names as its
 * {@code mainEntity}); types may be arrays and carry a {@code schema:} or IRI prefix.
 *
 * <p><b>The graph.</b> An object with an {@code @id} stands for the fullest node defined with that
 * identifier anywhere in the block (or in any block of the page), nested nodes included; {@code @list}
 * and {@code @set} are unwrapped, {@code {"@value": …}} too; a cycle of references ends.
 *
 * <p><b>Fields.</b> {@code headline} (else {@code name}, noted); {@code alternativeHeadline} as the
 * subheadline (else {@code description}, noted); {@code @id} when absolute; {@code url} (else
 * {@code mainEntityOfPage}, noted); {@code inLanguage} (a string or a {@code Language} node);
 * {@code articleSection}; {@code dateline}; {@code datePublished} and {@code dateModified} by the
 * date policy below; {@code author} and {@code creator} as authors, {@code editor},
 * {@code contributor}, {@code translator}, each a name, a {@code Person} ({@code name}, else
 * {@code givenName} and {@code familyName}; {@code jobTitle}; {@code affiliation}; {@code sameAs} or
 * {@code url} as identifier, else {@code identifier} when it is an absolute URI) or an
 * {@code Organization}, an exact repeat kept once; {@code publisher};
 * {@code articleBody} as paragraphs; {@code keywords} (a comma-separated string, an array, or
 * {@code DefinedTerm} nodes); {@code image} / {@code video} / {@code audio} (an address or a media
 * object: {@code contentUrl} else {@code url}; {@code caption} else {@code description};
 * {@code creditText}, else the photographer's name from the object's {@code author} or
 * {@code creator}; its own rights from {@code copyrightHolder}, {@code copyrightNotice},
 * {@code copyrightYear}, {@code license}) — an object with none of these makes no media item; the
 * article's rights from the same four properties, the notice read by
 * {@link dev.byline.core.rights.RightsNotices} (its years from {@code copyrightYear}, or the notice's
 * range of years when it starts with that year).
 *
 * <p><b>HTML to text.</b> Text in JSON-LD is often HTML. A value with no {@code <} and no {@code &}
 * is kept as written. Any other is parsed with jsoup as an HTML fragment: character references are
 * decoded with HTML's full table, markup is removed, the content of {@code script}, {@code style},
 * {@code template}, {@code svg} and {@code math} is left out, block elements ({@code p}, {@code div},
 * {@code li}, headings, {@code blockquote}, …) and {@code <br>} become line breaks, other white space
 * stays as written; a {@code <} after the last {@code >} cannot open a tag and stays text. When the
 * result still holds markup of a known HTML element or a character reference, the value was escaped
 * twice and is decoded again (three passes at most). Then: control characters other than tab and
 * line breaks, and unpaired surrogates, are removed; in one-line fields (headline, subheadline,
 * section, dateline, names, titles, keywords, credit lines) line breaks and the white space around
 * them become one space, and the ends are stripped; in captions and notices every line break is
 * written as a line feed; the body is split into paragraphs at line breaks, each stripped of white
 * space at its ends, and paragraphs holding only spaces (no-break spaces included) are dropped. Web
 * addresses have their character references decoded as in an HTML attribute ({@code &amp;} → {@code
 * &}). Every change is a {@link SchemaOrgNote.Kind#TEXT_CHANGED} note.
 *
 * <p><b>Date policy.</b> These forms are read: ISO 8601 and its loose relatives
 * ({@code 2019-12-09T09:08:21+01:00}, {@code 2019-12-09 09:08:21+01:00},
 * {@code 2021-05-05 08:07:52+0200}, {@code 2022-05-04T03:00:00 UTC}, {@code 2022-5-5 22:17:36},
 * no seconds, one to nine digits of fraction, a doubled {@code ZZ}); RFC 1123 / RFC 822
 * ({@code Wed, 04 May 2022 02:41:00 GMT}, {@code Mon, 18 Nov 2019 16:07:38 -0600},
 * {@code 20 Nov 2019 08:02 GMT}); Java's {@code Date.toString()}
 * ({@code Tue Jan 28 15:28:56 CET 2020}) and JavaScript's
 * ({@code Tue Nov 19 2019 03:05:46 GMT+0000}); written dates ({@code November 19, 2019},
 * {@code 01:38:07 PM IST Nov 20, 2019}); day-first dates with dots ({@code 11.11.2021}). A
 * stated zone is never dropped: an offset, {@code Z}, {@code UTC} / {@code GMT}, or an abbreviation
 * with one meaning ({@code CET}, {@code EST}, …). An abbreviation with several meanings ({@code IST},
 * {@code CST}, {@code BST}, {@code AST}) takes the one that matches an offset stated by another date
 * of the page (the other of {@code datePublished} / {@code dateModified}, or the page's
 * {@code article:} times), else the value is left out. A date and time of day without a zone takes
 * the offset another date of the page states (noted as assumed), else it is left out — never read as
 * UTC. A date without a time of day is not an instant and is left out — never read as midnight. An
 * offset with seconds ({@code +00:19:32}) is kept as the same instant in UTC, because RFC 3339
 * timestamps cannot carry it. A value in no known form is left out with its text in the note.
 *
 * <p><b>Valid by construction.</b> Text longer than the model's limits ({@link dev.byline.Limits}),
 * blank text, a {@code dateModified} earlier than {@code datePublished}, a second label of a tag, list
 * items beyond the model's counts, and any value Byline's validator would refuse (a malformed
 * language tag, a year out of range, …) are left out, each with a
 * {@link SchemaOrgNote.Kind#LEFT_OUT} note naming the rule. The article passes
 * {@link dev.byline.core.validation.ArticleValidator}.
 *
 * <p><b>Nothing silent.</b> Every property of the article node, and of the author, media, rights
 * and language nodes the import reads, that the article does not carry gets a
 * {@link SchemaOrgNote.Kind#NOT_CARRIED_OVER} note; so does every other node of the blocks, and
 * every {@code og:} or {@code article:} meta tag of a page that is not used. A key repeated in one
 * object keeps its last value, with a {@link SchemaOrgNote.Kind#JSON} note.
 *
 * <p><b>Limits.</b> A block or a page of at most {@value #MAX_INPUT_CHARS} chars; JSON nested at
 * most 64 deep. Time and memory are linear in the size of the input.
 *
 * <p>Thread-safe; no state.
 */
public final class SchemaOrg {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SchemaOrg() {}

  // ---- export ---------------------------------------------------------------------------------

  /**
   * Writes an article as a schema.org {@code NewsArticle} in JSON-LD, and lists what importing that
   * block again with {@link #read(String)} would not bring back equal.
   *
   * <p>What comes back, field by field: the id ({@code @id}) when it is an absolute URI; the web
   * address ({@code url}), media addresses ({@code contentUrl}) and licences ({@code license}) when
   * they are http or https addresses; identifiers of people and organisations ({@code sameAs} for a
   * web address, else {@code identifier}); the headline ({@code headline}), subheadline
   * ({@code alternativeHeadline}), section
   * ({@code articleSection}), dateline ({@code dateline}), names ({@code name}), job titles
   * ({@code jobTitle}), affiliations ({@code affiliation}), tag labels ({@code keywords}), captions
   * ({@code caption}), credit lines ({@code creditText}) and notices ({@code copyrightNotice}) as long as
   * the import's HTML-to-text rule leaves them as they are (text with no {@code <} and no {@code &},
   * one-line text without line breaks or white space at its ends); the language ({@code inLanguage});
   * the publication and modification times ({@code datePublished}, {@code dateModified}) when RFC 3339
   * can carry them; the paragraphs ({@code articleBody}) when none is blank, holds a line break or has
   * white space at its ends; the publisher ({@code publisher}); the byline ({@code author},
   * {@code editor}, {@code translator}, {@code contributor}) when it lists authors, then editors, contributors, translators, with no
   * photographer, videographer or illustrator (written as {@code contributor}, they come back as
   * contributors) and no person twice in one role; media in the order images, videos, sounds; a
   * notice's holder ({@code copyrightHolder}), years ({@code copyrightYear}, with the last year from the
   * notice's text) and licence.
   *
   * <p>What never comes back: quotations (written as {@code Quotation} items of {@code hasPart},
   * which the import does not read); the kind and scheme of tags ({@code keywords} hold labels only);
   * the alternative text of media; a notice's usage terms, all-rights-reserved flag and permitted and
   * prohibited uses, except as the notice reader ({@link dev.byline.core.rights.RightsNotices}) reads
   * them again from the notice's text.
   *
   * <p>The losses are found by importing the block and comparing field by field, so they are exact
   * (and an export costs about one {@link #read(String)} more than {@link #write(Article)}): one line
   * per field that would differ, in the article's order, each starting with the field's path — a list
   * of another length as a whole ({@code "quotes: 2 quotations, 0 read back; …"}), else each item or
   * property ({@code "tags[1].kind: …"}, {@code "media[0].rights.years: …"}).
   *
   * @param article the article; not {@code null}
   * @return the JSON-LD text and what importing it would not bring back
   */
  public static SchemaOrgExport export(Article article) {
    String text = write(article);
    return new SchemaOrgExport(text, ExportLosses.of(article, text));
  }

  /**
   * Writes an article as a schema.org {@code NewsArticle} in JSON-LD: the text of
   * {@link #export(Article)}, without the list of what importing it would not bring back.
   *
   * @param article the article; not {@code null}
   * @return the JSON-LD object, compact
   */
  public static String write(Article article) {
    Objects.requireNonNull(article, "article");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", "NewsArticle");
    article.getId().ifPresent(id -> o.put("@id", id.toString()));
    article.getUrl().ifPresent(u -> o.put("url", u.toString()));
    o.put("headline", article.getHeadline());
    article.getSubheadline().ifPresent(s -> o.put("alternativeHeadline", s));
    if (!article.getParagraphs().isEmpty()) {
      o.put("articleBody", article.getBodyText());
    }
    article.getLanguage().ifPresent(l -> o.put("inLanguage", l));
    article.getSection().ifPresent(s -> o.put("articleSection", s));
    article.getDateline().ifPresent(d -> o.put("dateline", d));
    article.getPublished().flatMap(Timestamps::rfc3339).ifPresent(t -> o.put("datePublished", t));
    article.getModified().flatMap(Timestamps::rfc3339).ifPresent(t -> o.put("dateModified", t));
    for (Contributor c : article.getContributors()) {
      String property = switch (c.getRole()) {
        case AUTHOR -> "author";
        case EDITOR -> "editor";
        case TRANSLATOR -> "translator";
        default -> "contributor";
      };
      o.withArray(property).add(agent(c.getAgent()));
    }
    article.getPublisher().ifPresent(p -> o.set("publisher", agent(p)));
    for (Tag t : article.getTags()) {
      o.withArray("keywords").add(t.getLabel());
    }
    for (Media m : article.getMedia()) {
      String property = switch (m.getKind()) {
        case IMAGE -> "image";
        case VIDEO -> "video";
        case AUDIO -> "audio";
      };
      o.withArray(property).add(media(m));
    }
    article.getRights().ifPresent(r -> rights(o, r));
    for (Quote q : article.getQuotes()) {
      ObjectNode quotation = o.withArray("hasPart").addObject();
      quotation.put("@type", "Quotation");
      quotation.put("text", q.getText());
      q.getAttribution().getSource().ifPresent(s -> {
        quotation.set("creator", agent(s));
        if (s instanceof Person) {
          quotation.set("spokenByCharacter", agent(s));
        }
      });
    }
    return MAPPER.writeValueAsString(o);
  }

  private static ObjectNode agent(Agent agent) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@type", agent instanceof Person ? "Person" : "Organization");
    o.put("name", agent.getName());
    if (agent instanceof Person p) {
      p.getTitle().ifPresent(t -> o.put("jobTitle", t));
      p.getAffiliation().ifPresent(a -> o.set("affiliation", agent(a)));
    }
    // sameAs is a web page about the agent; any other identifier (urn:isni:…) is schema.org identifier
    agent.getIdentifier().ifPresent(i -> o.put(isWeb(i) ? "sameAs" : "identifier", i.toString()));
    return o;
  }

  private static boolean isWeb(java.net.URI u) {
    String scheme = u.getScheme();
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) && u.getHost() != null
        && !u.getHost().isEmpty();
  }

  private static ObjectNode media(Media m) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("@type", switch (m.getKind()) {
      case IMAGE -> "ImageObject";
      case VIDEO -> "VideoObject";
      case AUDIO -> "AudioObject";
    });
    m.getUrl().ifPresent(u -> o.put("contentUrl", u.toString()));
    m.getCaption().ifPresent(c -> o.put("caption", c));
    m.getCredit().ifPresent(c -> o.put("creditText", c));
    m.getRights().ifPresent(r -> rights(o, r));
    return o;
  }

  private static void rights(ObjectNode o, RightsNotice r) {
    r.getHolder().ifPresent(h -> o.putObject("copyrightHolder").put("@type", "Organization").put("name", h));
    r.getYears().ifPresent(y -> o.put("copyrightYear", y.getStart()));
    r.getText().ifPresent(t -> o.put("copyrightNotice", t));
    r.getLicense().ifPresent(l -> o.put("license", l.toString()));
  }

  // ---- import ---------------------------------------------------------------------------------

  /**
   * Imports the article in a JSON-LD block, as a page embeds it.
   *
   * @param jsonLd the block: a JSON object, an array of them, or an object with {@code @graph}; not
   *     {@code null}
   * @return the article, valid by Byline's rules, with notes on everything the import did beyond
   *     copying and on every value it did not carry over
   * @throws SchemaOrgException {@link SchemaOrgException.Kind#TOO_LARGE} for a block over
   *     {@value #MAX_INPUT_CHARS} chars, {@link SchemaOrgException.Kind#NOT_JSON},
   *     {@link SchemaOrgException.Kind#NO_ARTICLE} or {@link SchemaOrgException.Kind#NO_HEADLINE}
   */
  public static SchemaOrgReading read(String jsonLd) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    checkSize(jsonLd, "block");
    Notes notes = new Notes();
    Ld root;
    try {
      root = LdParser.parse(jsonLd, 0, notes);
    } catch (LdParser.Failure e) {
      throw new SchemaOrgException(SchemaOrgException.Kind.NOT_JSON, "not JSON: " + e.getMessage(), e.getCause());
    }
    Importer importer = new Importer(List.of(root), notes);
    List<Ld> articles = importer.articleNodes();
    if (articles.isEmpty()) {
      throw new SchemaOrgException(SchemaOrgException.Kind.NO_ARTICLE,
          "no node of an article type (Article, NewsArticle, BlogPosting, …)", null);
    }
    Ld article = choose(importer, articles, null);
    return new ArticleReader(importer, article, null, notes).read();
  }

  /**
   * Imports the article of a news page from its HTML: every JSON-LD block of the page
   * ({@code <script type="application/ld+json">}, also inside a CDATA section or an HTML comment,
   * with raw control characters in strings, several blocks, {@code @graph}), the article node among
   * them, and the page's Open Graph and {@code article:} meta tags for what the JSON-LD lacks
   * ({@code og:title}, {@code og:description}, {@code og:url}, {@code og:locale},
   * {@code og:site_name}, {@code og:image} with {@code og:image:alt},
   * {@code article:published_time}, {@code article:modified_time}, {@code article:author},
   * {@code article:section}, {@code article:tag}). {@link SchemaOrgReading#getSources()} says which
   * gave each field.
   *
   * <p>When several article nodes are found, the one whose {@code url}, {@code @id} or
   * {@code mainEntityOfPage} is the page's canonical address ({@code og:url} or
   * {@code <link rel="canonical">}) is taken, else the first with a headline; the others are noted.
   * With no JSON-LD article at all, the article is read from the meta tags alone.
   *
   * @param html the page; not {@code null}
   * @return the article, valid by Byline's rules, with notes and sources
   * @throws SchemaOrgException {@link SchemaOrgException.Kind#TOO_LARGE} for a page over
   *     {@value #MAX_INPUT_CHARS} chars, {@link SchemaOrgException.Kind#NO_ARTICLE} when the page has
   *     neither a JSON-LD article nor an {@code og:title}, {@link SchemaOrgException.Kind#NO_HEADLINE}
   */
  public static SchemaOrgReading readPage(String html) {
    Objects.requireNonNull(html, "html");
    checkSize(html, "page");
    return Page.read(html);
  }

  /** Longest block or page the import reads: {@value} chars (64 Mi). */
  public static final int MAX_INPUT_CHARS = 64 * 1024 * 1024;

  private static void checkSize(String input, String what) {
    if (input.length() > MAX_INPUT_CHARS) {
      throw new SchemaOrgException(SchemaOrgException.Kind.TOO_LARGE,
          "the " + what + " has " + input.length() + " chars, more than the limit of " + MAX_INPUT_CHARS, null);
    }
  }

  /** Picks the article node: the one at the page's address, else the first with a headline, else the first. */
  static Ld choose(Importer importer, List<Ld> articles, String pageAddress) {
    Ld chosen = null;
    if (pageAddress != null) {
      for (Ld a : articles) {
        if (chosen == null && addresses(importer, a).contains(pageAddress.strip())) {
          chosen = a;
        }
      }
    }
    for (Ld a : articles) {
      if (chosen == null && (a.peek("headline") != null || a.peek("name") != null)) {
        chosen = a;
      }
    }
    if (chosen == null) {
      chosen = articles.get(0);
    }
    for (Ld a : articles) {
      if (a != chosen) {
        importer.notes.add(SchemaOrgNote.Kind.NOT_CARRIED_OVER, a.where(), a.string("headline"),
            "another article node of the page: one article is imported, the one at " + chosen.where());
        importer.visitNothing(a);
      }
    }
    return chosen;
  }

  private static List<String> addresses(Importer importer, Ld a) {
    List<String> out = new ArrayList<>();
    for (String p : new String[] {"url", "@id", "mainEntityOfPage"}) {
      for (Ld v : importer.values(a.peek(p))) {
        if (v.isString()) {
          out.add(v.text.strip());
        } else if (v.isObject() && v.string("@id") != null) {
          out.add(v.string("@id").strip());
        }
      }
    }
    return out;
  }
}
