package dev.byline.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Who said a quotation does not depend on the furniture a scraped page puts between paragraphs, nor
 * on the kind of quotation marks: on every development passage of the corpus (not the held-out part),
 * each quotation keeps its speaker when "Advertisement", "Story continues below advertisement" or
 * "READ MORE: …" stands between every two paragraphs, when a picture's credit follows the first, and
 * when its curly double marks are typed straight.
 */
class PageFurnitureTest {

  static final Map<String, UnaryOperator<List<String>>> CHANGES = new LinkedHashMap<>();

  static {
    CHANGES.put("Advertisement between paragraphs", p -> between(p, "Advertisement"));
    CHANGES.put("a notice of advertisement between paragraphs", p -> between(p, "Story continues below advertisement"));
    CHANGES.put("a link to another story between paragraphs", p -> between(p, "READ MORE: Example headline"));
    CHANGES.put("a picture credit after the first paragraph", p -> {
      List<String> out = new ArrayList<>(p);
      out.add(Math.min(1, out.size()), "Photo: Getty Images");
      return out;
    });
    CHANGES.put("straight double marks", p -> p.stream().map(PageFurnitureTest::straight).toList());
  }

  static List<String> between(List<String> paragraphs, String furniture) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.add(furniture);
      }
      out.add(paragraphs.get(i));
    }
    return out;
  }

  static String straight(String text) {
    return text.replace('\u201c', '"').replace('\u201d', '"');
  }

  static String speaker(Quote q) {
    return q.getAttribution().getSource().map(a -> a.getName()).orElse("unknown");
  }

  @Test
  void everyQuotationKeepsItsSpeaker() {
    List<String> changed = new ArrayList<>();
    int compared = 0;
    for (QuoteEvaluation.Passage passage : QuoteEvaluation.corpus()) {
      if (passage.split().equals("heldout")) {
        continue;
      }
      Map<String, String> before = new LinkedHashMap<>();
      for (Quote q : QuoteFinder.find("", passage.paragraphs())) {
        before.putIfAbsent(straight(q.getText()), speaker(q));
      }
      for (Map.Entry<String, UnaryOperator<List<String>>> change : CHANGES.entrySet()) {
        for (Quote q : QuoteFinder.find("", change.getValue().apply(passage.paragraphs()))) {
          String was = before.get(straight(q.getText()));
          if (was == null) {
            continue;
          }
          compared++;
          if (!was.equals(speaker(q))) {
            changed.add(change.getKey() + ", " + passage.id() + ": «" + q.getText() + "» " + was + " -> " + speaker(q));
          }
        }
      }
    }
    assertThat(compared).as("quotations compared").isGreaterThan(10_000);
    assertThat(changed).isEmpty();
  }
}
