package dev.byline.serialization.schemaorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The Open Graph ({@code og:*}) and article ({@code article:*}) meta tags of a page, in page order.
 * A tag is read from its {@code property} attribute, or from {@code name} where a page puts it there.
 */
final class PageMeta {
  /** One meta tag. */
  static final class Entry {
    final String key;
    final String content;
    final String where;
    boolean used;

    Entry(String key, String content, String where) {
      this.key = key;
      this.content = content;
      this.where = where;
    }
  }

  final List<Entry> entries = new ArrayList<>();
  /** The page's canonical address ({@code <link rel="canonical">}), used to pick the article node; or {@code null}. */
  final String canonical;

  PageMeta(Document page) {
    String canon = null;
    for (Element link : page.getElementsByTag("link")) {
      if (canon == null && link.attr("rel").strip().equalsIgnoreCase("canonical") && !link.attr("href").isBlank()) {
        canon = link.attr("href").strip();
      }
    }
    canonical = canon;
    int count = 0;
    for (Element meta : page.getElementsByTag("meta")) {
      String attribute = meta.hasAttr("property") ? "property" : "name";
      String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
      if (!key.startsWith("og:") && !key.startsWith("article:")) {
        continue;
      }
      count++;
      entries.add(new Entry(key, meta.attr("content"), "<meta " + attribute + "=\"" + key + "\"> (meta tag " + count
          + " of the page's og: and article: tags)"));
    }
  }

  /** The tags with a key, in page order. */
  List<Entry> all(String key) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : entries) {
      if (e.key.equals(key)) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first tag with a key, or {@code null}. */
  Entry first(String key) {
    for (Entry e : entries) {
      if (e.key.equals(key)) {
        return e;
      }
    }
    return null;
  }

  static FieldSource source(Entry e) {
    return e.key.startsWith("og:") ? FieldSource.OPEN_GRAPH : FieldSource.ARTICLE_META;
  }
}
