package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.CreativeCommonsLicense;
import dev.byline.RightsNotice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The notice reader against all 392 lines of {@code shared/corpus/notices/}, labelled by hand
 * before the reader ran on them ({@code notices-labels.tsv}; conventions and the fixed dev/test
 * split in {@code notices-labels.md}). For each half it prints, and holds to the targets of issue
 * 12:
 *
 * <ul>
 *   <li><b>fully right</b>: is-notice, holder, years, all-rights-reserved and licence all as
 *       labelled — at least 95% of the lines;
 *   <li><b>wrong holder</b>: a holder given that is not the labelled one (also on lines labelled with
 *       no holder, or as no notice) — at most 2% of the notices;
 *   <li><b>missing holder</b>: no holder where one is labelled — at most 4% of the lines with a
 *       labelled holder;
 * </ul>
 *
 * <p>and, for information, the share right of each field. The misses are printed line by line.
 *
 * <p>Run: {@code ./mvnw -B -q -pl core -am test -Dtest=NoticeLabelsTest
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
class NoticeLabelsTest {
  static final double FULLY_RIGHT_MIN = 95.0;
  static final double WRONG_HOLDER_MAX = 2.0;
  static final double MISSING_HOLDER_MAX = 4.0;
  /** The figures reached on the fresh development rows (see {@link #FRESH}), held as floors. */
  static final double FRESH_DEV_FULLY_RIGHT_MIN = 94.5;
  static final double FRESH_DEV_WRONG_HOLDER_MAX = 2.0;

  record Label(int n, String split, String source, String notice, boolean isNotice, String holder, String years,
      boolean allRightsReserved, String licence) {}

  static List<Label> labels() throws IOException {
    return labels("notices-labels.tsv");
  }

  static List<Label> labels(String resource) throws IOException {
    List<Label> out = new ArrayList<>();
    try (InputStream in = NoticeLabelsTest.class.getResourceAsStream(resource)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) { // line 0 is the header
        if (lines[i].isEmpty()) {
          continue;
        }
        String[] f = lines[i].split("\t", -1);
        out.add(new Label(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4].equals("yes"), f[5], f[6],
            Boolean.parseBoolean(f[7]), f[8]));
      }
    }
    return out;
  }

  /** What the reader made of one line, in the label's notation. */
  record Read(boolean isNotice, String holder, String years, boolean allRightsReserved, String licence) {
    /** The same reading with another holder: what a variant of a line must read as. */
    Read withHolder(String other) {
      return new Read(isNotice, other, years, allRightsReserved, licence);
    }

    static Read of(String text) {
      RightsReading reading = RightsNotices.parse(text);
      RightsNotice notice = reading.getNotice();
      return new Read(reading.isNotice(), notice.getHolder().orElse("-"),
          notice.getYears().map(y -> y.isSingleYear() ? Integer.toString(y.getStart()) : y.getStart() + "-" + y.getEnd())
              .orElse("-"),
          notice.isAllRightsReserved(), licence(notice));
    }

    static String licence(RightsNotice notice) {
      return notice.getLicense().map(uri -> {
        CreativeCommonsLicense cc = CreativeCommonsLicense.fromUri(uri).orElseThrow();
        String version = CreativeCommonsLicense.versionOf(uri).orElse("");
        return cc == CreativeCommonsLicense.CC0 ? "CC0 " + version
            : "CC " + cc.getCode().toUpperCase(Locale.ROOT) + " " + version;
      }).orElse("-");
    }

    String show() {
      return (isNotice ? "yes" : "no") + " | " + holder + " | " + years + " | " + allRightsReserved + " | " + licence;
    }
  }

  /** The figures of one half. */
  record Figures(String split, int lines, int notices, int labelledHolders, int fullyRight, int holderRight,
      int wrongHolder, int missingHolder, int yearsRight, int reservedRight, int licenceRight, int isNoticeRight,
      List<String> misses) {

    double percent(int count, int of) {
      return of == 0 ? 0 : 100.0 * count / of;
    }

    double fullyRightPercent() {
      return percent(fullyRight, lines);
    }

    double wrongHolderPercent() {
      return percent(wrongHolder, notices);
    }

    double missingHolderPercent() {
      return percent(missingHolder, labelledHolders);
    }

    String report() {
      return String.format(Locale.ROOT,
          "notice labels, %s half: %d lines, %d notices, %d with a holder%n"
              + "  fully right     %5.1f%% (%d)%n"
              + "  holder right    %5.1f%% (%d)%n"
              + "  wrong holder    %5.1f%% of notices (%d)%n"
              + "  missing holder  %5.1f%% of labelled holders (%d)%n"
              + "  years right     %5.1f%%%n"
              + "  arr right       %5.1f%%%n"
              + "  licence right   %5.1f%%%n"
              + "  is-notice right %5.1f%%%n"
              + "  misses (%d):%n%s",
          split, lines, notices, labelledHolders, fullyRightPercent(), fullyRight, percent(holderRight, lines),
          holderRight, wrongHolderPercent(), wrongHolder, missingHolderPercent(), missingHolder,
          percent(yearsRight, lines), percent(reservedRight, lines), percent(licenceRight, lines),
          percent(isNoticeRight, lines), misses.size(), String.join("", misses));
    }
  }

  static Figures measure(String split) throws IOException {
    return measure(labels(), split);
  }

  static Figures measure(List<Label> labels, String split) throws IOException {
    int lines = 0;
    int notices = 0;
    int labelledHolders = 0;
    int fullyRight = 0;
    int holderRight = 0;
    int wrongHolder = 0;
    int missingHolder = 0;
    int yearsRight = 0;
    int reservedRight = 0;
    int licenceRight = 0;
    int isNoticeRight = 0;
    List<String> misses = new ArrayList<>();
    for (Label label : labels) {
      if (!split.equals("all") && !label.split().equals(split)) {
        continue;
      }
      Read read = Read.of(label.notice());
      Read expected = new Read(label.isNotice(), label.holder(), label.years(), label.allRightsReserved(), label.licence());
      lines++;
      notices += label.isNotice() ? 1 : 0;
      labelledHolders += label.holder().equals("-") ? 0 : 1;
      boolean holderOk = read.holder().equals(label.holder());
      holderRight += holderOk ? 1 : 0;
      wrongHolder += !holderOk && !read.holder().equals("-") ? 1 : 0;
      missingHolder += !holderOk && read.holder().equals("-") ? 1 : 0;
      yearsRight += read.years().equals(label.years()) ? 1 : 0;
      reservedRight += read.allRightsReserved() == label.allRightsReserved() ? 1 : 0;
      licenceRight += read.licence().equals(label.licence()) ? 1 : 0;
      isNoticeRight += read.isNotice() == label.isNotice() ? 1 : 0;
      if (read.equals(expected)) {
        fullyRight++;
      } else {
        misses.add(String.format(Locale.ROOT, "    %d %s  %s%n      labelled %s%n      read     %s%n",
            label.n(), label.source(), label.notice(), expected.show(), read.show()));
      }
    }
    return new Figures(split, lines, notices, labelledHolders, fullyRight, holderRight, wrongHolder, missingHolder,
        yearsRight, reservedRight, licenceRight, isNoticeRight, misses);
  }

  @Test
  void everyCorpusLineIsLabelledAndTheSplitAlternates() throws IOException {
    List<Label> labels = labels();

    assertThat(labels).hasSize(392);
    for (Label label : labels) {
      assertThat(label.split()).as("row %d", label.n()).isEqualTo(label.n() % 2 == 1 ? "dev" : "test");
    }
  }

  @ParameterizedTest(name = "{0} half")
  @ValueSource(strings = {"dev", "test"})
  void eachHalfMeetsTheTargetsOfIssue12(String split) throws IOException {
    Figures figures = measure(split);
    System.out.println(figures.report());

    assertThat(figures.lines()).isEqualTo(196);
    assertThat(figures.fullyRightPercent()).as(figures.report()).isGreaterThanOrEqualTo(FULLY_RIGHT_MIN);
    assertThat(figures.wrongHolderPercent()).as(figures.report()).isLessThanOrEqualTo(WRONG_HOLDER_MAX);
    assertThat(figures.missingHolderPercent()).as(figures.report()).isLessThanOrEqualTo(MISSING_HOLDER_MAX);
  }

  /** System property: {@code figures} prints the held-out lines' figures (never their misses). */
  static final String HELD_OUT = "byline.rights.heldOut";

  /**
   * Lines from the pages of other sources, labelled later by annotators who never saw the reader's
   * code or output (see {@code notices-labels.md} and {@code SOURCES.md}): {@code notices-fresh-labels.tsv}
   * (67 lines) and {@code notices-fresh2-labels.tsv} (82 lines), where the split is fixed by position
   * before the reader ran on the lines: odd rows {@code dev}, even rows {@code test}; and
   * {@code notices-fresh3-labels.tsv} (79 lines), wholly held out ({@code test}), decided before its
   * lines were collected; {@code notices-fresh4-labels.tsv} (28 lines), {@code notices-fresh5-labels.tsv}
   * (33 lines), {@code notices-fresh6-labels.tsv} (44 lines), {@code notices-fresh7-labels.tsv}
   * (124 lines), {@code notices-fresh8-labels.tsv} (130 lines) and {@code notices-fresh9-labels.tsv}
   * (72 lines, news sites), {@code notices-fresh10-labels.tsv} (38 lines, news sites),
   * {@code notices-fresh11-labels.tsv} (51 lines, sites of about 2006), {@code notices-fresh12-labels.tsv}
   * (37 lines, news sites of 2023), {@code notices-fresh13-labels.tsv} (54 lines, news sites of
   * 2023), split by position within each annotator's share, and {@code notices-fresh14-labels.tsv}
   * (50 lines, news and company sites of 2016–2025), split by site before any line was collected.
   */
  static final List<FreshFile> FRESH = List.of(
      new FreshFile("notices-fresh-labels.tsv", 67, 34),
      new FreshFile("notices-fresh2-labels.tsv", 82, 41),
      new FreshFile("notices-fresh3-labels.tsv", 79, 0),
      new FreshFile("notices-fresh4-labels.tsv", 28, 15),
      new FreshFile("notices-fresh5-labels.tsv", 33, 16),
      new FreshFile("notices-fresh6-labels.tsv", 44, 22),
      new FreshFile("notices-fresh7-labels.tsv", 124, 63),
      new FreshFile("notices-fresh8-labels.tsv", 130, 66),
      new FreshFile("notices-fresh9-labels.tsv", 72, 37),
      new FreshFile("notices-fresh10-labels.tsv", 38, 21),
      new FreshFile("notices-fresh11-labels.tsv", 51, 26),
      new FreshFile("notices-fresh12-labels.tsv", 37, 19),
      new FreshFile("notices-fresh13-labels.tsv", 54, 28),
      new FreshFile("notices-fresh14-labels.tsv", 50, 27));

  /**
   * A file of fresh lines: its name, how many lines it has and how many of them are {@code dev} rows
   * (fixed when the file was labelled; the rest are {@code test}). A new file is one more entry.
   */
  record FreshFile(String name, int lines, int devRows) {}

  /** Every labelled row: the 392 lines, then every fresh file's, both splits. */
  static List<Label> allRows() throws IOException {
    List<Label> all = new ArrayList<>(labels());
    all.addAll(fresh());
    return all;
  }

  /**
   * The development rows, of the 392 labelled lines and of every fresh file in that order, that name a
   * holder and whose holder the reader gives: the lines the property tests vary.
   */
  static List<Label> rightDevelopmentRows() throws IOException {
    List<Label> rows = new ArrayList<>();
    for (Label label : allRows()) {
      if (label.split().equals("dev") && !label.holder().equals("-")
          && Read.of(label.notice()).holder().equals(label.holder())) {
        rows.add(label);
      }
    }
    return rows;
  }

  static List<Label> fresh() throws IOException {
    List<Label> all = new ArrayList<>();
    for (FreshFile file : FRESH) {
      all.addAll(labels(file.name()));
    }
    return all;
  }

  @Test
  void everyFreshFileIsCompleteAndKeepsItsSplit() throws IOException {
    for (FreshFile file : FRESH) {
      List<Label> labels = labels(file.name());

      assertThat(labels).as(file.name()).hasSize(file.lines());
      assertThat(labels).as(file.name()).filteredOn(label -> label.split().equals("dev")).hasSize(file.devRows());
      assertThat(labels).as(file.name()).allMatch(label -> label.split().equals("dev") || label.split().equals("test"));
    }
  }

  /**
   * The development rows of the fresh lines (developed on since they were labelled): their figures
   * and misses are printed, and they are held to the figures reached.
   */
  @Test
  void theFreshDevelopmentRowsArePrintedWithTheirMisses() throws IOException {
    Figures figures = measure(fresh(), "dev");
    System.out.println("fresh " + figures.report());

    assertThat(figures.lines()).isEqualTo(FRESH.stream().mapToInt(FreshFile::devRows).sum());
    assertThat(figures.fullyRightPercent()).as(figures.report()).isGreaterThanOrEqualTo(FRESH_DEV_FULLY_RIGHT_MIN);
    assertThat(figures.wrongHolderPercent()).as(figures.report()).isLessThanOrEqualTo(FRESH_DEV_WRONG_HOLDER_MAX);
  }

  /**
   * The held-out rows of the fresh lines: never developed on. Their figures are printed only with
   * {@code -Dbyline.rights.heldOut=figures}, their misses never.
   */
  @Test
  void theFreshHeldOutRowsAreThereAndTheirFiguresArePrintedOnlyOnRequest() throws IOException {
    List<Label> fresh = fresh();
    Figures figures = measure(fresh, "test");
    if ("figures".equals(System.getProperty(HELD_OUT))) {
      for (FreshFile file : FRESH) {
        System.out.println("held-out " + file.name() + " " + measure(labels(file.name()), "test").report()
            .replaceFirst("(?s)  misses \\(.*", "  (misses not printed)"));
      }
      System.out.println("held-out, all files " + figures.report().replaceFirst("(?s)  misses \\(.*", "  (misses not printed)"));
    }

    assertThat(figures.lines()).isEqualTo(FRESH.stream().mapToInt(file -> file.lines() - file.devRows()).sum());
  }

  @Test
  void theVerbatimTextOfEveryLineIsKept() throws IOException {
    for (Label label : labels()) {
      assertThat(RightsNotices.parse(label.notice()).getNotice().getText()).contains(label.notice());
    }
  }
}
