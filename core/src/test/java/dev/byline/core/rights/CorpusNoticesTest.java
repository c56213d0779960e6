package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.RightsNotice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real notices from real pages, with holder, years and all-rights-reserved written down by a
 * person: the reader gets at least 95% of them fully right.
 */
class CorpusNoticesTest {

  record Expected(String notice, String holder, String years, boolean allRightsReserved) {}

  static List<Expected> expectations() throws IOException {
    List<Expected> out = new ArrayList<>();
    try (InputStream in = CorpusNoticesTest.class.getResourceAsStream("corpus-notices-expected.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Expected(f[0], f[1], f[2], Boolean.parseBoolean(f[3])));
      }
    }
    return out;
  }

  static String years(RightsNotice n) {
    return n.getYears()
        .map(y -> y.isSingleYear() ? Integer.toString(y.getStart()) : y.getStart() + "-" + y.getEnd())
        .orElse("-");
  }

  @Test
  void atLeastNinetyFivePercentOfRealNoticesAreReadFullyRight() throws IOException {
    List<Expected> all = expectations();
    List<String> misses = new ArrayList<>();
    for (Expected e : all) {
      RightsNotice n = RightsNotices.parse(e.notice()).getNotice();
      String holder = n.getHolder().orElse("-");
      if (!holder.equals(e.holder()) || !years(n).equals(e.years()) || n.isAllRightsReserved() != e.allRightsReserved()) {
        misses.add(e.notice() + "\n    expected " + e.holder() + " | " + e.years() + " | " + e.allRightsReserved()
            + "\n    read     " + holder + " | " + years(n) + " | " + n.isAllRightsReserved());
      }
    }
    double right = 100.0 * (all.size() - misses.size()) / all.size();
    System.out.printf("notice corpus: %d of %d fully right (%.1f%%); misses:%n%s%n",
        all.size() - misses.size(), all.size(), right, String.join("\n", misses));

    assertThat(all).hasSizeGreaterThanOrEqualTo(60);
    assertThat(right).as(String.join("\n", misses)).isGreaterThanOrEqualTo(95.0);
  }

  @Test
  void verbatimTextIsAlwaysKept() throws IOException {
    for (Expected e : expectations()) {
      assertThat(RightsNotices.parse(e.notice()).getNotice().getText()).contains(e.notice());
    }
  }
}
