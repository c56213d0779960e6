package dev.byline.serialization.schemaorg;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.Media;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What importing an article's JSON-LD does not bring back equal: the block is read back with the
 * import and compared field by field, so that the list is exact; each line says what came back and
 * why.
 */
final class ExportLosses {
  private static final String TEXT_RULE = "the import reads text holding '<' or '&' as HTML, and joins the line"
      + " breaks and strips the ends of one-line text";
  private static final String AGENT_RULE = TEXT_RULE.replace("text holding", "names and titles holding")
      + "; an identifier is written as sameAs when it is a web address, else as identifier";
  private static final String RIGHTS_FROM_TEXT = "schema.org has no property for it: the import reads it from"
      + " copyrightNotice with the notice reader";

  private final List<String> out = new ArrayList<>();

  private ExportLosses() {}

  static List<String> of(Article article, String jsonLd) {
    ExportLosses l = new ExportLosses();
    Article back;
    try {
      back = SchemaOrg.read(jsonLd).getArticle();
    } catch (SchemaOrgException e) {
      l.unreadable(article, e.getMessage());
      return l.out;
    }
    l.compare(article, back);
    return l.out;
  }

  private void unreadable(Article a, String why) {
    String line = ": not read back; the import refuses the block: " + why;
    out.add("headline" + line);
    Map<String, Boolean> present = new LinkedHashMap<>();
    present.put("id", a.getId().isPresent());
    present.put("url", a.getUrl().isPresent());
    present.put("subheadline", a.getSubheadline().isPresent());
    present.put("language", a.getLanguage().isPresent());
    present.put("section", a.getSection().isPresent());
    present.put("dateline", a.getDateline().isPresent());
    present.put("published", a.getPublished().isPresent());
    present.put("modified", a.getModified().isPresent());
    present.put("contributors", !a.getContributors().isEmpty());
    present.put("publisher", a.getPublisher().isPresent());
    present.put("paragraphs", !a.getParagraphs().isEmpty());
    present.put("quotes", !a.getQuotes().isEmpty());
    present.put("media", !a.getMedia().isEmpty());
    present.put("tags", !a.getTags().isEmpty());
    present.put("rights", a.getRights().isPresent());
    present.forEach((field, has) -> {
      if (has) {
        out.add(field + line);
      }
    });
  }

  private void compare(Article a, Article b) {
    scalar("id", a.getId(), b.getId(), "written as @id; the import keeps an @id only when it is an absolute URI, with"
        + " HTML character references (&amp;) decoded");
    scalar("url", a.getUrl(), b.getUrl(), "written as url; the import keeps it only as an absolute http or https"
        + " address, with HTML character references decoded");
    scalar("headline", a.getHeadline(), b.getHeadline(), "written as headline; " + TEXT_RULE);
    scalar("subheadline", a.getSubheadline(), b.getSubheadline(), "written as alternativeHeadline; " + TEXT_RULE);
    scalar("language", a.getLanguage(), b.getLanguage(), "written as inLanguage; the import reads a language tag,"
        + " an underscore as a hyphen");
    scalar("section", a.getSection(), b.getSection(), "written as articleSection; " + TEXT_RULE);
    scalar("dateline", a.getDateline(), b.getDateline(), "written as dateline; " + TEXT_RULE);
    scalar("published", a.getPublished(), b.getPublished(), "written as datePublished, an RFC 3339 timestamp: a year"
        + " outside 0000-9999 is not written, an offset with seconds is written as the same instant in UTC");
    scalar("modified", a.getModified(), b.getModified(), "written as dateModified, an RFC 3339 timestamp: a year"
        + " outside 0000-9999 is not written, an offset with seconds is written as the same instant in UTC; the"
        + " import leaves out a modification earlier than the publication");
    contributors(a.getContributors(), b.getContributors());
    scalar("publisher", a.getPublisher(), b.getPublisher(), "written as an Organization; " + AGENT_RULE);
    list("paragraphs", a.getParagraphs(), b.getParagraphs(), "paragraphs", "articleBody is one text, paragraphs"
        + " joined by a blank line; the import splits it at every line break, strips the ends of each paragraph,"
        + " drops blank ones, and reads it as HTML when it holds '<' or '&'");
    list("quotes", a.getQuotes(), b.getQuotes(), "quotations", "written as Quotation items of hasPart (text and"
        + " speaker), which the import does not read");
    media(a.getMedia(), b.getMedia());
    tags(a.getTags(), b.getTags());
    rights("rights", a.getRights().orElse(null), b.getRights().orElse(null));
  }

  private void scalar(String path, Object was, Object back, String why) {
    if (!Objects.equals(was, back)) {
      out.add(path + ": " + cameBack(back) + "; " + why);
    }
  }

  private static String cameBack(Object back) {
    if (back instanceof Optional<?> o) {
      return o.map(ExportLosses::cameBack).orElse("not read back");
    }
    String s = String.valueOf(back);
    if (s.length() > 60) {
      int end = Character.isHighSurrogate(s.charAt(59)) ? 59 : 60;
      s = s.substring(0, end) + "…";
    }
    return "read back as \"" + s + "\"";
  }

  private <T> void list(String path, List<T> was, List<T> back, String noun, String why) {
    if (was.size() != back.size()) {
      out.add(path + ": " + was.size() + " " + noun + ", " + back.size() + " read back; " + why);
      return;
    }
    for (int i = 0; i < was.size(); i++) {
      scalar(path + "[" + i + "]", was.get(i), back.get(i), why);
    }
  }

  private void contributors(List<Contributor> was, List<Contributor> back) {
    String why = "written as author, editor, translator or contributor (a photographer, videographer or"
        + " illustrator as contributor), each a Person with jobTitle and affiliation, or an Organization; the import"
        + " reads author, creator, editor, contributor and translator in that order, keeps one of two equal mentions"
        + " in one role, and " + AGENT_RULE.substring("the import ".length());
    list("contributors", was, back, "contributors", why);
  }

  private void media(List<Media> was, List<Media> back) {
    if (was.size() != back.size()) {
      out.add("media: " + was.size() + " media items, " + back.size() + " read back; written as image, video and audio"
          + " objects in that order; the import makes no media item of an object without an http or https"
          + " contentUrl, a caption, a credit or rights");
      return;
    }
    for (int i = 0; i < was.size(); i++) {
      Media x = was.get(i);
      Media y = back.get(i);
      String at = "media[" + i + "]";
      scalar(at + ".kind", x.getKind(), y.getKind(), "written as image, video or audio, in that order");
      scalar(at + ".url", x.getUrl(), y.getUrl(), "written as contentUrl; the import keeps it only as an absolute http"
          + " or https address");
      scalar(at + ".caption", x.getCaption(), y.getCaption(), "written as caption; " + TEXT_RULE);
      scalar(at + ".altText", x.getAltText(), y.getAltText(), "schema.org has no alternative text the import reads:"
          + " not written");
      scalar(at + ".credit", x.getCredit(), y.getCredit(), "written as creditText; " + TEXT_RULE);
      rights(at + ".rights", x.getRights().orElse(null), y.getRights().orElse(null));
    }
  }

  private void tags(List<Tag> was, List<Tag> back) {
    if (was.size() != back.size()) {
      out.add("tags: " + was.size() + " tags, " + back.size() + " read back; written as keywords, one string each;"
          + " " + TEXT_RULE + ", and keeps a label once");
      return;
    }
    for (int i = 0; i < was.size(); i++) {
      Tag x = was.get(i);
      Tag y = back.get(i);
      String at = "tags[" + i + "]";
      scalar(at + ".label", x.getLabel(), y.getLabel(), "written as a keyword; " + TEXT_RULE);
      scalar(at + ".kind", x.getKind(), y.getKind(), "keywords carry a label only: the kind is not written");
      scalar(at + ".scheme", x.getScheme(), y.getScheme(), "keywords carry a label only: the scheme is not written");
    }
  }

  private void rights(String at, RightsNotice x, RightsNotice y) {
    if (x == null || y == null) {
      if (x != y) {
        out.add(at + ": " + (y == null ? "not read back" : "read back from a notice the article does not have")
            + "; written as copyrightNotice, copyrightHolder, copyrightYear and license, of which this notice has"
            + " none");
      }
      return;
    }
    part(at, "text", x, y, RightsNotice::getText, "written as copyrightNotice; the import reads text holding '<' or"
        + " '&' as HTML and strips its ends");
    part(at, "holder", x, y, RightsNotice::getHolder, "written as copyrightHolder, an Organization; " + TEXT_RULE);
    part(at, "years", x, y, RightsNotice::getYears, "written as copyrightYear, its first year; the import takes the"
        + " years from it, and the last year from the notice's text when its years start there");
    part(at, "allRightsReserved", x, y, RightsNotice::isAllRightsReserved, RIGHTS_FROM_TEXT);
    part(at, "prohibitedUses", x, y, RightsNotice::getProhibitedUses, RIGHTS_FROM_TEXT);
    part(at, "permittedUses", x, y, RightsNotice::getPermittedUses, RIGHTS_FROM_TEXT);
    part(at, "license", x, y, RightsNotice::getLicense, "written as license; the import keeps it only as an absolute"
        + " http or https address");
    part(at, "usageTerms", x, y, RightsNotice::getUsageTerms, RIGHTS_FROM_TEXT);
  }

  private void part(String at, String name, RightsNotice x, RightsNotice y, Function<RightsNotice, Object> get,
      String why) {
    scalar(at + "." + name, get.apply(x), get.apply(y), why);
  }
}
