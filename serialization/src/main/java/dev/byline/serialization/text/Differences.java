package dev.byline.serialization.text;

import dev.byline.Article;
import dev.byline.Media;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The property paths in which two articles differ, in the order of the article's properties:
 * {@code "published"}, {@code "paragraphs[2]"}, {@code "media[0].caption"}, {@code "tags[1].kind"},
 * {@code "rights.years"}; a list of another length, or an item present on one side only, by its
 * name alone.
 */
final class Differences {
  private Differences() {}

  static List<String> between(Article a, Article b) {
    List<String> out = new ArrayList<>();
    property(out, "id", a, b, Article::getId);
    property(out, "url", a, b, Article::getUrl);
    property(out, "headline", a, b, Article::getHeadline);
    property(out, "subheadline", a, b, Article::getSubheadline);
    property(out, "language", a, b, Article::getLanguage);
    property(out, "section", a, b, Article::getSection);
    property(out, "dateline", a, b, Article::getDateline);
    property(out, "published", a, b, Article::getPublished);
    property(out, "modified", a, b, Article::getModified);
    property(out, "contributors", a, b, Article::getContributors);
    property(out, "publisher", a, b, Article::getPublisher);
    if (a.getParagraphs().size() != b.getParagraphs().size()) {
      out.add("paragraphs");
    } else {
      for (int i = 0; i < a.getParagraphs().size(); i++) {
        int index = i;
        property(out, "paragraphs[" + i + "]", a, b, x -> x.getParagraphs().get(index));
      }
    }
    property(out, "quotes", a, b, Article::getQuotes);
    if (a.getMedia().size() != b.getMedia().size()) {
      out.add("media");
    } else {
      for (int i = 0; i < a.getMedia().size(); i++) {
        media(out, "media[" + i + "]", a.getMedia().get(i), b.getMedia().get(i));
      }
    }
    if (a.getTags().size() != b.getTags().size()) {
      out.add("tags");
    } else {
      for (int i = 0; i < a.getTags().size(); i++) {
        String at = "tags[" + i + "]";
        Tag x = a.getTags().get(i);
        Tag y = b.getTags().get(i);
        property(out, at + ".label", x, y, Tag::getLabel);
        property(out, at + ".kind", x, y, Tag::getKind);
        property(out, at + ".scheme", x, y, Tag::getScheme);
      }
    }
    rights(out, "rights", a.getRights().orElse(null), b.getRights().orElse(null));
    return out;
  }

  private static void media(List<String> out, String at, Media x, Media y) {
    property(out, at + ".kind", x, y, Media::getKind);
    property(out, at + ".url", x, y, Media::getUrl);
    property(out, at + ".caption", x, y, Media::getCaption);
    property(out, at + ".altText", x, y, Media::getAltText);
    property(out, at + ".credit", x, y, Media::getCredit);
    rights(out, at + ".rights", x.getRights().orElse(null), y.getRights().orElse(null));
  }

  private static void rights(List<String> out, String at, RightsNotice x, RightsNotice y) {
    if (x == null || y == null) {
      if (x != y) {
        out.add(at);
      }
      return;
    }
    property(out, at + ".text", x, y, RightsNotice::getText);
    property(out, at + ".holder", x, y, RightsNotice::getHolder);
    property(out, at + ".years", x, y, RightsNotice::getYears);
    property(out, at + ".allRightsReserved", x, y, RightsNotice::isAllRightsReserved);
    property(out, at + ".prohibitedUses", x, y, RightsNotice::getProhibitedUses);
    property(out, at + ".permittedUses", x, y, RightsNotice::getPermittedUses);
    property(out, at + ".license", x, y, RightsNotice::getLicense);
    property(out, at + ".usageTerms", x, y, RightsNotice::getUsageTerms);
  }

  private static <T> void property(List<String> out, String at, T x, T y, Function<T, ?> get) {
    if (!Objects.equals(get.apply(x), get.apply(y))) {
      out.add(at);
    }
  }
}
