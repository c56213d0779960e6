package dev.byline.core.validation.internal;

import dev.byline.Article;
import dev.byline.Quote;
import dev.byline.TextLocation;
import dev.byline.TextSpan;
import dev.byline.constraints.QuotesMatchText;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link QuotesMatchText}. A located quote must lie inside its part and match the text
 * there exactly; an unlocated quote must occur verbatim in the headline or a paragraph. Code-point
 * lengths of the parts are computed once per article, so the cost is linear in the article's size
 * (plus a substring search for each unlocated quote).
 */
public final class QuotesMatchTextValidator implements ConstraintValidator<QuotesMatchText, Article> {
  /** Creates the validator (called by the Bean Validation provider). */
  public QuotesMatchTextValidator() {}

  @Override
  public boolean isValid(Article article, ConstraintValidatorContext context) {
    if (article == null || article.getQuotes().isEmpty()) {
      return true;
    }
    List<String> paragraphs = article.getParagraphs();
    int[] lengths = new int[paragraphs.size()];
    for (int i = 0; i < lengths.length; i++) {
      lengths[i] = -1;
    }
    int headlineLength = -1;
    boolean ok = true;
    List<Quote> quotes = article.getQuotes();
    for (int q = 0; q < quotes.size(); q++) {
      Quote quote = quotes.get(q);
      if (quote.getLocation().isEmpty()) {
        if (!occurs(article, quote.getText())) {
          ok = report(context, q, "text", "{dev.byline.notFound}", quote.getText());
        }
        continue;
      }
      TextLocation at = quote.getLocation().get();
      TextSpan span = at.getSpan();
      if (span.getStart() < 0 || span.getStart() >= span.getEnd()) {
        continue; // reported by the span's own constraints
      }
      String part;
      int length;
      if (at.isInHeadline()) {
        part = article.getHeadline();
        if (headlineLength < 0) {
          headlineLength = part.codePointCount(0, part.length());
        }
        length = headlineLength;
      } else {
        int p = at.getParagraph().getAsInt();
        if (p < 0) {
          continue; // reported by the location's own constraint
        }
        if (p >= paragraphs.size()) {
          ok = report(context, q, "location", "{dev.byline.outside}", at);
          continue;
        }
        part = paragraphs.get(p);
        if (lengths[p] < 0) {
          lengths[p] = part.codePointCount(0, part.length());
        }
        length = lengths[p];
      }
      if (!span.fitsIn(length)) {
        ok = report(context, q, "location", "{dev.byline.outside}", at);
        continue;
      }
      if (!span.extractFrom(part).equals(quote.getText())) {
        ok = report(context, q, "location", "{dev.byline.mismatch}", at);
      }
    }
    return ok;
  }

  private static boolean occurs(Article article, String text) {
    if (article.getHeadline().contains(text)) {
      return true;
    }
    for (String paragraph : article.getParagraphs()) {
      if (paragraph.contains(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean report(
      ConstraintValidatorContext context, int index, String node, String template, Object value) {
    Violations.start(context, value)
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode("quotes")
        .addPropertyNode(node)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
    return false;
  }
}
