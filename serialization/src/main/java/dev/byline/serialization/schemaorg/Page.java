package dev.byline.serialization.schemaorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page entry point: the JSON-LD blocks and meta tags of a news page. */
final class Page {
  private Page() {}

  static SchemaOrgReading read(String html) {
    Document page = Jsoup.parse(html);
    Notes notes = new Notes();
    List<Ld> roots = new ArrayList<>();
    int block = 0;
    for (Element script : page.getElementsByTag("script")) {
      String type = script.attr("type");
      int semicolon = type.indexOf(';');
      if (semicolon >= 0) {
        type = type.substring(0, semicolon);
      }
      if (!type.strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
        continue;
      }
      block++;
      String where = "JSON-LD block " + block;
      String json = unwrap(script.data(), where, notes);
      if (json.isBlank()) {
        notes.add(SchemaOrgNote.Kind.JSON, where, null, "an empty JSON-LD block: skipped");
        continue;
      }
      try {
        roots.add(LdParser.parse(json, block, notes));
      } catch (LdParser.Failure e) {
        notes.add(SchemaOrgNote.Kind.JSON, where, json, "not JSON (" + e.getMessage() + "): skipped");
      }
    }
    PageMeta meta = new PageMeta(page);
    Importer importer = new Importer(roots, notes);
    List<Ld> articles = importer.articleNodes();
    if (articles.isEmpty() && meta.first("og:title") == null) {
      throw new SchemaOrgException(SchemaOrgException.Kind.NO_ARTICLE, "the page has " + block
          + " JSON-LD block(s), none with a node of an article type (Article, NewsArticle, BlogPosting, …), and no og:title",
          null);
    }
    Ld article = null;
    if (!articles.isEmpty()) {
      PageMeta.Entry ogUrl = meta.first("og:url");
      String address = ogUrl != null ? ogUrl.content : meta.canonical;
      article = SchemaOrg.choose(importer, articles, address);
    }
    return new ArticleReader(importer, article, meta, notes).read();
  }

  /** Removes a CDATA section or HTML comment around a block's JSON, with a note. */
  static String unwrap(String data, String where, Notes notes) {
    String s = data.strip();
    String before = s;
    for (String[] wrapper : new String[][] {{"//<![CDATA[", "//]]>"}, {"/*<![CDATA[*/", "/*]]>*/"},
        {"<![CDATA[", "]]>"}, {"<!--", "-->"}}) {
      if (s.startsWith(wrapper[0])) {
        s = s.substring(wrapper[0].length());
        int end = s.lastIndexOf(wrapper[1]);
        if (end >= 0 && s.substring(end + wrapper[1].length()).isBlank()) {
          s = s.substring(0, end);
        }
        s = s.strip();
      }
    }
    if (!s.equals(before)) {
      notes.add(SchemaOrgNote.Kind.JSON, where, null, "a CDATA section or HTML comment around the JSON removed");
    }
    return s;
  }
}
