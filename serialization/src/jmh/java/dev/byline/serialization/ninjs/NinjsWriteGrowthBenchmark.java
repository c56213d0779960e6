package dev.byline.serialization.ninjs;

import dev.byline.Article;
import dev.byline.Contributor;
import dev.byline.ContributorRole;
import dev.byline.Media;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.fixtures.GrowthWarmUp;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Growth of {@link Ninjs#write(Article, NinjsVersion)}, losses included, at 1×, 10× and 100× (the
 * growth convention; {@code .ci/growth serialization}): many tags of every kind out of ninjs's order,
 * many people and organisations with titles, many media items with their own notices (each read by
 * the notice reader to tell what comes back), many paragraphs with line breaks at their edges, and a
 * long notice. Set-up first writes the 1× article a few hundred times, so that the short warm-up of
 * the growth run measures compiled code at every scale (a tenth of that after the first trial in a
 * JVM: {@link GrowthWarmUp}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NinjsWriteGrowthBenchmark {
  @Param({"tags", "contributors", "media", "paragraphs", "long-notice"})
  public String family;

  @Param({"1", "10", "100"})
  public String scale;

  private Article article;

  /** The family's article at the scale, after writing the 1× article until the writer is compiled. */
  @Setup
  public void setUp() {
    Article small = article(family, 1);
    GrowthWarmUp.run(NinjsWriteGrowthBenchmark.class, 300, Duration.ofSeconds(5), () -> Ninjs.write(small, NinjsVersion.V3_1));
    article = article(family, Integer.parseInt(scale));
  }

  private static Article article(String family, int n) {
    Article.Builder a = Article.builder().headline("Budget talks").addParagraphs("Body.");
    switch (family) {
      case "tags" -> {
        for (int i = 0; i < 500 * n; i++) {
          Tag.Builder t = Tag.builder().label("budget " + i);
          TagKind[] kinds = TagKind.values();
          if (i % 6 != 5) {
            t.kind(kinds[i % kinds.length]);
          }
          a.addTag(t.build());
        }
      }
      case "contributors" -> {
        for (int i = 0; i < 400 * n; i++) {
          a.addContributor(i % 2 == 0
              ? Contributor.of(Organization.of("Agency " + i), ContributorRole.AUTHOR)
              : Contributor.of(Person.builder().name("Jane Doe " + i).title("Reporter").build(), ContributorRole.AUTHOR));
        }
      }
      case "media" -> {
        for (int i = 0; i < 100 * n; i++) {
          a.addMedia(Media.builder().caption("A caption " + i).credit("AP").altText("Alt")
              .rights(RightsNotice.builder().text("\u00a9 2023 AP. All rights reserved.").holder("AP").build()).build());
        }
      }
      case "paragraphs" -> {
        a.paragraphs(java.util.List.of());
        for (int i = 0; i < 500 * n; i++) {
          a.addParagraphs(i % 3 == 0 ? "The ministers met on Monday.\n" : "The ministers met on Monday to discuss the budget.");
        }
      }
      case "long-notice" -> a.rights(RightsNotice.builder().text("\u00a9 2023 Example News. ".repeat(1_000 * n)).build());
      default -> throw new IllegalArgumentException(family);
    }
    return a.build();
  }

  /**
   * Writes the article as ninjs 3.1, with its losses.
   *
   * @return the result
   */
  @Benchmark
  public NinjsResult<String> write() {
    return Ninjs.write(article, NinjsVersion.V3_1);
  }
}
