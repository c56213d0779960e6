package dev.byline.core.validation;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TextLocation;
import dev.byline.Use;
import dev.byline.YearRange;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks generated articles in every way the constraints know, several at a time and sometimes
 * many times over (up to a few hundred duplicate tags, blank paragraphs or misplaced quotations,
 * past the report's cap of 100 per rule): the inputs on which the fast path and the engine must
 * agree.
 */
final class Breakage {
  private Breakage() {}

  /** Text pieces that break text rules: blank, line breaks, controls, lone surrogates, EL probes. */
  private static final String[] PIECES = {
    "", " ", "\u00a0", "\n", "\r", "\u0000", "\u0007", "\u0085", "\u009f", "\uD800", "\uDC00", "x", "NATO",
    "\u2028", "\t", "en_GB", "e", "${1+1}", "{dev.byline.blank}", "\\", "\uD83D\uDE00"
  };

  /** URIs that break URI rules, from the wrong shape to a lone surrogate or an overlong text. */
  private static final URI[] URIS = {
    URI.create("ftp://example.com/a"), URI.create("/news/1"), URI.create("mailto:desk@example.com"),
    URI.create("urn:x:y"), URI.create("urn:isni:0000"), URI.create("https://example.com/\uD800"),
    URI.create("https://example.com/" + "a".repeat(9000)), URI.create("https://example.com/ok"),
    URI.create("http:opaque"), URI.create("https://example.com/\uD83D\uDE00")
  };

  /** One tag more than an article may hold. */
  private static final List<Tag> TOO_MANY_TAGS = tooManyTags();

  private static List<Tag> tooManyTags() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i <= dev.byline.Limits.MAX_ITEMS; i++) {
      tags.add(Tag.of("t" + i));
    }
    return List.copyOf(tags);
  }

  static String junk(Choices c) {
    StringBuilder b = new StringBuilder();
    int n = c.pick(4);
    for (int i = 0; i < n; i++) {
      b.append(c.coin() ? PIECES[c.pick(PIECES.length)] : ArticleGenerator.line(c, 5));
    }
    if (c.pick(8) == 0) {
      b.append("y".repeat(c.pick(3) == 0 ? 100_001 : 1_001)); // past a length limit
    }
    return b.toString();
  }

  static URI uri(Choices c) {
    return URIS[c.pick(URIS.length)];
  }

  /**
   * A generated article with one to four breakages.
   *
   * @param c the choices
   * @return the broken article
   */
  static Article article(Choices c) {
    Article a = ArticleGenerator.article(c);
    int n = 1 + c.pick(4);
    for (int i = 0; i < n; i++) {
      a = breakOnce(a, c);
    }
    return a;
  }

  static Article breakOnce(Article a, Choices c) {
    Article.Builder b = a.toBuilder();
    switch (c.pick(16)) {
      case 0 -> b.headline(junk(c)).subheadline(junk(c));
      case 1 -> b.section(junk(c)).dateline(junk(c)).language(junk(c));
      case 2 -> b.id(uri(c)).url(uri(c));
      case 3 -> {
        OffsetDateTime t = OffsetDateTime.of(c.coin() ? 10_000 : c.between(-2, 9999), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        if (c.coin()) {
          b.published(t);
        } else {
          b.modified(t);
        }
      }
      case 4 -> {
        List<String> paragraphs = new ArrayList<>(a.getParagraphs());
        int many = c.coin() ? 1 : c.pick(250);
        String same = junk(c);
        for (int i = 0; i < many; i++) {
          paragraphs.add(c.coin() ? same : junk(c));
        }
        b.paragraphs(paragraphs);
      }
      case 5 -> {
        List<Tag> tags = new ArrayList<>(a.getTags());
        int many = c.coin() ? 1 : c.pick(250);
        String label = c.coin() && !tags.isEmpty() ? tags.get(0).getLabel() : junk(c);
        for (int i = 0; i < many; i++) {
          Tag.Builder t = Tag.builder().label(c.pick(4) == 0 ? junk(c) : label);
          if (c.coin()) {
            t.scheme(uri(c));
          }
          tags.add(t.build());
        }
        b.tags(tags);
      }
      case 6 -> {
        List<Quote> quotes = new ArrayList<>(a.getQuotes());
        int many = c.coin() ? 1 : c.pick(250);
        int mode = c.pick(4); // 0 mixed, 1 all unlocated, 2 all in the headline, 3 all in a paragraph
        for (int i = 0; i < many; i++) {
          int m = mode == 0 ? 1 + c.pick(3) : mode;
          Quote.Builder q = Quote.builder().text(c.coin() ? junk(c) : "x").attribution(attribution(c));
          if (m == 2) {
            q.location(TextLocation.inHeadline(c.between(-3, 80), c.between(-3, 80)));
          } else if (m == 3) {
            q.location(TextLocation.inParagraph(
                c.between(-2, a.getParagraphs().size() + 2), c.between(-3, 50), c.between(-3, 50)));
          }
          quotes.add(q.build());
        }
        b.quotes(quotes);
      }
      case 7 -> {
        if (!a.getQuotes().isEmpty()) {
          List<Quote> quotes = new ArrayList<>(a.getQuotes());
          int k = c.pick(quotes.size());
          quotes.set(k, quotes.get(k).toBuilder().attribution(attribution(c)).build());
          b.quotes(quotes);
        }
      }
      case 8 -> {
        List<Contributor> contributors = new ArrayList<>(a.getContributors());
        contributors.add(Contributor.of(agent(c), ContributorRole.EDITOR));
        b.contributors(contributors).publisher(organization(c));
      }
      case 9 -> {
        Media.Builder m = Media.builder().url(uri(c)).caption(junk(c)).altText(junk(c)).credit(junk(c));
        if (c.coin()) {
          m.rights(notice(c));
        }
        b.addMedia(m.build());
      }
      case 10 -> b.rights(notice(c));
      case 11 -> {
        if (!a.getParagraphs().isEmpty()) {
          List<String> paragraphs = new ArrayList<>(a.getParagraphs());
          paragraphs.set(c.pick(paragraphs.size()), junk(c));
          b.paragraphs(paragraphs);
        }
      }
      case 12 -> {
        OffsetDateTime t = OffsetDateTime.of(1990 + c.pick(40), 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        b.published(t.plusYears(c.between(-5, 5))).modified(t);
      }
      case 13 -> {
        List<Tag> tags = TOO_MANY_TAGS;
        b.tags(c.pick(4) == 0 ? tags : tags.subList(0, 3));
      }
      case 14 -> {
        if (!a.getQuotes().isEmpty()) {
          List<Quote> quotes = new ArrayList<>(a.getQuotes());
          int k = c.pick(quotes.size());
          quotes.set(k, quotes.get(k).toBuilder().location(java.util.Optional.empty()).text(junk(c)).build());
          b.quotes(quotes);
        }
      }
      default -> {
        List<String> paragraphs = new ArrayList<>(a.getParagraphs());
        paragraphs.add("\uD83D\uDE00 emoji \uD83D\uDE00 " + junk(c) + " \uD83D\uDE00 tail");
        int p = paragraphs.size() - 1;
        List<Quote> quotes = new ArrayList<>(a.getQuotes());
        quotes.add(Quote.builder().text("emoji").attribution(Attribution.unknown())
            .location(TextLocation.inParagraph(p, c.between(0, 4), c.between(5, 9))).build());
        b.paragraphs(paragraphs).quotes(quotes);
      }
    }
    return b.build();
  }

  static Attribution attribution(Choices c) {
    Attribution.Builder b = Attribution.builder();
    if (c.coin()) {
      b.source(agent(c));
    }
    if (c.coin()) {
      b.cue(junk(c));
    }
    if (c.coin()) {
      b.context(junk(c));
    }
    return b.build();
  }

  static Agent agent(Choices c) {
    if (c.coin()) {
      return organization(c);
    }
    Person.Builder p = Person.builder().name(junk(c));
    if (c.coin()) {
      p.title(junk(c));
    }
    if (c.coin()) {
      p.identifier(uri(c));
    }
    if (c.coin()) {
      p.affiliation(organization(c));
    }
    return p.build();
  }

  static Organization organization(Choices c) {
    Organization.Builder o = Organization.builder().name(junk(c));
    if (c.coin()) {
      o.identifier(uri(c));
    }
    return o.build();
  }

  static RightsNotice notice(Choices c) {
    RightsNotice.Builder r = RightsNotice.builder();
    if (c.coin()) {
      r.text(junk(c));
    }
    if (c.coin()) {
      r.holder(junk(c));
    }
    if (c.coin()) {
      r.years(YearRange.of(c.between(1500, 2030), c.between(1500, 2030)));
    }
    if (c.coin()) {
      r.license(c.coin() ? URI.create("https://creativecommons.org/licenses/by/4.0/") : uri(c));
    }
    r.allRightsReserved(c.coin());
    if (c.coin()) {
      r.addProhibitedUse(Use.PUBLISH);
    }
    if (c.coin()) {
      r.addPermittedUse(Use.PUBLISH);
    }
    if (c.coin()) {
      r.usageTerms(junk(c));
    }
    return r.build();
  }
}
