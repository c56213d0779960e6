package dev.byline.core.quotes;

import dev.byline.Quote;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTmpTest {
  record Case(String expected, String... paras) {}

  static final List<Case> CASES = List.of(
      new Case("Twitter", "After the election, Twitter issued a statement to Slate that it would “take action” on accounts."),
      new Case("Twitter", "After the election, Twitter issued a statement: “We will take action on accounts.”"),
      new Case("Acme", "Acme Corp released a statement saying it would “take action” on accounts."),
      new Case("Acme", "Acme Corp put out a statement. “We will take action on accounts.”")
  );

  @Test
  void probe() {
    for (Case c : CASES) {
      List<Quote> qs = Passages.body(c.paras());
      StringBuilder got = new StringBuilder();
      for (Quote q : qs) {
        got.append(q.getAttribution().getSource().map(a -> a.getName()).orElse("?")).append(" [").append(q.getAttribution().getCue().orElse("-")).append("] / ");
      }
      String last = qs.isEmpty() ? "-" : qs.get(qs.size() - 1).getAttribution().getSource().map(a -> a.getName()).orElse("?");
      System.out.println((last.equals(c.expected()) ? "OK   " : "MISS ") + c.expected() + " <- " + got);
    }
  }
}
