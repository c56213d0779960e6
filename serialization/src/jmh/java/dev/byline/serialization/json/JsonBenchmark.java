package dev.byline.serialization.json;

import dev.byline.Article;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing three document sets — the seed article (about 6 kB of JSON), a ~1 MB article
 * (the seed repeated 200 times) and 100 small generated articles (one operation reads or writes all
 * 100) — side by side with what a user would write instead: plain Jackson 3 databind into equivalent
 * Java records, and the floor, a bare streaming token scan of the same bytes. Reading is measured
 * with validation off ({@link #readByline}) and on ({@link #readBylineValidated}, the default
 * facade); run with {@code -prof gc} for allocation per operation.
 *
 * <p>Ratios to read: {@code readBylineValidated ÷ readByline} (the price of validation),
 * {@code readByline ÷ readRecordsBaseline}, {@code writeByline ÷ writeRecordsBaseline}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
  /** Records a user would write for the same documents. */
  public record AgentRecord(String type, String name, String title, AgentRecord affiliation, String identifier) {}

  public record AttributionRecord(AgentRecord source, String cue, String context) {}

  public record LocationRecord(Integer paragraph, int start, int end) {}

  public record QuoteRecord(String text, String kind, AttributionRecord attribution, LocationRecord location) {}

  public record MediaRecord(String kind, String url, String caption, String altText, String credit, RightsRecord rights) {}

  public record TagRecord(String label, String kind, String scheme) {}

  public record YearsRecord(int start, int end) {}

  public record RightsRecord(String text, String holder, YearsRecord years, boolean allRightsReserved,
      List<String> prohibitedUses, List<String> permittedUses, String license, String usageTerms) {}

  public record ContributorRecord(AgentRecord agent, String role) {}

  public record ArticleRecord(String formatVersion, String id, String url, String headline, String subheadline,
      String language, String section, String dateline, java.time.OffsetDateTime published,
      java.time.OffsetDateTime modified, List<ContributorRecord> contributors, AgentRecord publisher,
      List<String> paragraphs, List<QuoteRecord> quotes, List<MediaRecord> media, List<TagRecord> tags,
      RightsRecord rights) {}

  @Param({"seed", "1mb", "100small"})
  public String size;

  private ArticleJson byline;
  private ArticleJson validating;
  private JsonMapper records;
  private Article[] articles;
  private ArticleRecord[] recordValues;
  private byte[][] documents;

  @Setup
  public void setUp() {
    if ("100small".equals(size)) {
      articles = new Article[100];
      Choices choices = Choices.seeded(17);
      for (int i = 0; i < articles.length; i++) {
        articles[i] = ArticleGenerator.article(choices);
      }
    } else {
      articles = new Article[] {"seed".equals(size) ? SeedArticle.ARTICLE : SeedArticle.repeated(200)};
    }
    byline = ArticleJson.builder().validation(false).build();
    validating = ArticleJson.standard();
    records = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
        .build();
    documents = new byte[articles.length][];
    recordValues = new ArticleRecord[articles.length];
    for (int i = 0; i < articles.length; i++) {
      documents[i] = byline.writeBytes(articles[i]);
      recordValues[i] = records.readValue(documents[i], ArticleRecord.class);
      validating.read(documents[i]); // every document is valid: the validated read measures no failure
    }
  }

  @Benchmark
  public void readByline(Blackhole bh) {
    for (byte[] d : documents) {
      bh.consume(byline.read(d));
    }
  }

  @Benchmark
  public void readBylineValidated(Blackhole bh) {
    for (byte[] d : documents) {
      bh.consume(validating.read(d));
    }
  }

  @Benchmark
  public void readRecordsBaseline(Blackhole bh) {
    for (byte[] d : documents) {
      bh.consume(records.readValue(d, ArticleRecord.class));
    }
  }

  @Benchmark
  public int readTokenScanFloor() {
    int count = 0;
    for (byte[] d : documents) {
      try (JsonParser p = records.createParser(d)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING) {
            count += p.getStringLength();
          }
          count++;
        }
      }
    }
    return count;
  }

  @Benchmark
  public void writeByline(Blackhole bh) {
    for (Article a : articles) {
      bh.consume(byline.writeBytes(a));
    }
  }

  @Benchmark
  public void writeRecordsBaseline(Blackhole bh) {
    for (ArticleRecord r : recordValues) {
      bh.consume(records.writeValueAsBytes(r));
    }
  }
}
