package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.TextLocation;
import dev.byline.TextSpan;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rule of {@code @QuotesMatchText}. A located quotation must lie inside its part
 * ({@code quotes[i].location}, {@code outside}) and match the text there exactly
 * ({@code mismatch}); an unlocated one must occur verbatim in the headline or a paragraph
 * ({@code quotes[i].text}, {@code notFound}).
 *
 * <p>Linear in the size of the article: each part a located quotation names is indexed once
 * ({@link CodePointIndex}) and compared in place, without copying; all unlocated quotations are
 * looked for together in one pass over the text ({@link TextSearch}). Each of the three codes is
 * capped ({@link Cap}).
 */
final class QuotesInText {
  private QuotesInText() {}

  /**
   * Finds the quotations of {@code article} that do not stand in its text.
   *
   * @param article the article; not {@code null}
   * @param out receives each finding, by code in quotation order, then the summaries
   */
  static void check(Article article, Consumer<Finding> out) {
    List<Quote> quotes = article.getQuotes();
    int n = quotes.size();
    if (n == 0) {
      return;
    }
    String headline = article.getHeadline();
    List<String> paragraphs = article.getParagraphs();
    boolean[] found = unlocatedFound(quotes, headline, paragraphs);
    Cap notFound = new Cap("text.notFound");
    Cap outside = new Cap("location.outside");
    Cap mismatch = new Cap("location.mismatch");
    CodePointIndex headlineIndex = null;
    CodePointIndex[] paragraphIndex = null;
    int unlocated = 0;
    for (int q = 0; q < n; q++) {
      Quote quote = quotes.get(q);
      Optional<TextLocation> location = quote.getLocation();
      if (location.isEmpty()) {
        if (!found[unlocated++] && notFound.admit(q)) {
          out.accept(Finding.of("{dev.byline.notFound}", quote.getText()).atElement(q, "text").in("quotes"));
        }
        continue;
      }
      TextLocation at = location.get();
      TextSpan span = at.getSpan();
      if (span.getStart() < 0 || span.getStart() >= span.getEnd()) {
        continue; // reported by the span's own constraints
      }
      String part;
      CodePointIndex index;
      if (at.isInHeadline()) {
        part = headline;
        if (headlineIndex == null) {
          headlineIndex = CodePointIndex.of(part);
        }
        index = headlineIndex;
      } else {
        int p = at.getParagraph().getAsInt();
        if (p < 0) {
          continue; // reported by the location's own constraint
        }
        if (p >= paragraphs.size()) {
          if (outside.admit(q)) {
            out.accept(Finding.of("{dev.byline.outside}", at).atElement(q, "location").in("quotes"));
          }
          continue;
        }
        part = paragraphs.get(p);
        if (paragraphIndex == null) {
          paragraphIndex = new CodePointIndex[paragraphs.size()];
        }
        if (paragraphIndex[p] == null) {
          paragraphIndex[p] = CodePointIndex.of(part);
        }
        index = paragraphIndex[p];
      }
      if (span.getEnd() > index.length()) {
        if (outside.admit(q)) {
          out.accept(Finding.of("{dev.byline.outside}", at).atElement(q, "location").in("quotes"));
        }
        continue;
      }
      String text = quote.getText();
      int from = index.charOffset(span.getStart());
      int to = index.charOffset(span.getEnd());
      if ((to - from != text.length() || !part.regionMatches(from, text, 0, text.length())) && mismatch.admit(q)) {
        out.accept(Finding.of("{dev.byline.mismatch}", at).atElement(q, "location").in("quotes"));
      }
    }
    for (Cap cap : new Cap[] {notFound, outside, mismatch}) {
      Finding summary = cap.summary();
      if (summary != null) {
        out.accept(summary.in("quotes"));
      }
    }
  }

  /** Whether each unlocated quotation, in order, occurs in the text. */
  private static boolean[] unlocatedFound(List<Quote> quotes, String headline, List<String> paragraphs) {
    int count = 0;
    for (Quote quote : quotes) {
      if (quote.getLocation().isEmpty()) {
        count++;
      }
    }
    if (count == 0) {
      return new boolean[0];
    }
    String[] texts = new String[count];
    int k = 0;
    for (Quote quote : quotes) {
      if (quote.getLocation().isEmpty()) {
        texts[k++] = quote.getText();
      }
    }
    return TextSearch.occurrences(texts, headline, paragraphs);
  }
}
