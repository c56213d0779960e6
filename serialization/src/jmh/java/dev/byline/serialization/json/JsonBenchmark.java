package dev.byline.serialization.json;

import dev.byline.Article;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing the seed article (about 6 kB of JSON) and a ~1 MB article (the seed repeated
 * 200 times, 1.0 MB), side by side with what a user would write instead: plain Jackson 3 databind into
 * equivalent Java records, and the floor, a bare streaming token scan of the same bytes.
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

  @Param({"seed", "1mb"})
  public String size;

  private ArticleJson byline;
  private JsonMapper records;
  private Article article;
  private ArticleRecord record;
  private byte[] bytes;

  @Setup
  public void setUp() {
    article = "seed".equals(size) ? SeedArticle.ARTICLE : SeedArticle.repeated(200);
    byline = ArticleJson.builder().validation(false).build();
    records = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .changeDefaultPropertyInclusion(i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
        .build();
    bytes = byline.writeBytes(article);
    record = records.readValue(bytes, ArticleRecord.class);
  }

  @Benchmark
  public Article readByline() {
    return byline.read(bytes);
  }

  @Benchmark
  public ArticleRecord readRecordsBaseline() {
    return records.readValue(bytes, ArticleRecord.class);
  }

  @Benchmark
  public int readTokenScanFloor() {
    int count = 0;
    try (JsonParser p = records.createParser(bytes)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          count += p.getStringLength();
        }
        count++;
      }
    }
    return count;
  }

  @Benchmark
  public byte[] writeByline() {
    return byline.writeBytes(article);
  }

  @Benchmark
  public byte[] writeRecordsBaseline() {
    return records.writeValueAsBytes(record);
  }
}
