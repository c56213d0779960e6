package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.byline.Article;
import dev.byline.Limits;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.ArticleJsonException.Kind;
import dev.byline.json.JsonLimits;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Bounded memory: reading the largest documents within the limits completes in a heap of 4 times
 * the document's size plus a constant — this class runs in its own JVM with {@code -Xmx320m}
 * (4 × 64 MiB + 64 MiB; surefire execution {@code json-memory}), so a read that needs more fails
 * with an OutOfMemoryError. Each document is built in one array of its exact size.
 */
class JsonMemoryTest {
  static final int MAX = (int) JsonLimits.DEFAULT_MAX_DOCUMENT_LENGTH;

  /** Writes a document into one array: a head, {@code count} elements joined by commas, a tail. */
  static byte[] document(String head, int count, String element, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] e = element.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[h.length + count * e.length + (count - 1) + t.length];
    System.arraycopy(h, 0, doc, 0, h.length);
    int at = h.length;
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        doc[at++] = ',';
      }
      System.arraycopy(e, 0, doc, at, e.length);
      at += e.length;
    }
    System.arraycopy(t, 0, doc, at, t.length);
    return doc;
  }

  /** The longest text per element that keeps {@code count} elements within the document limit. */
  static int room(String head, int count, int overhead, String tail) {
    return (MAX - head.length() - tail.length() - (count - 1)) / count - overhead;
  }

  static final String HEAD = "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"paragraphs\":[";

  @Test
  void sixtyFourMegabytesOfParagraphsAreReadAndValidated() {
    int n = Limits.MAX_PARAGRAPHS;
    byte[] doc = document(HEAD, n, "\"" + "x".repeat(room(HEAD, n, 2, "]}")) + "\"", "]}");

    Article article = ArticleJson.builder().validator(TestClock.VALIDATOR).build().read(doc);

    assertThat(doc.length).isLessThanOrEqualTo(MAX).isGreaterThan(MAX - 2 * n);
    assertThat(article.getParagraphs()).hasSize(n);
  }

  @Test
  void sixtyFourMegabytesOfEmojiParagraphsAreReadAndValidated() {
    int n = Limits.MAX_PARAGRAPHS;
    byte[] doc = document(HEAD, n, "\"" + "\uD83D\uDE00".repeat(room(HEAD, n, 2, "]}") / 4) + "\"", "]}");

    Article article = ArticleJson.builder().validator(TestClock.VALIDATOR).build().read(doc);

    assertThat(article.getParagraphs()).hasSize(n);
  }

  @Test
  void theMostQuotationsWithSpeakersFillingSixtyFourMegabytesAreRead() {
    int n = Limits.MAX_QUOTES;
    String head = "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"quotes\":[";
    String start = "{\"text\":\"";
    String end = "\",\"attribution\":{\"source\":{\"type\":\"person\",\"name\":\"Jens Stoltenberg\",\"title\":\"Secretary-General\","
        + "\"affiliation\":{\"type\":\"organization\",\"name\":\"NATO\"}},\"cue\":\"said\",\"context\":\"at a press conference\"}}";
    byte[] doc = document(head, n, start + "q".repeat(room(head, n, start.length() + end.length(), "]}")) + end, "]}");

    Article article = ArticleJson.builder().validation(false).build().read(doc);

    assertThat(article.getQuotes()).hasSize(n);
  }

  @Test
  void theMostTagsContributorsAndMediaAreRead() {
    int n = Limits.MAX_ITEMS;
    String tags = "\"tags\":[" + "{\"label\":\"t\",\"kind\":\"subject\",\"scheme\":\"https://vocab.example/s\"},".repeat(n - 1)
        + "{\"label\":\"t\"}]";
    String people = "\"contributors\":[" + "{\"agent\":{\"type\":\"person\",\"name\":\"A\"},\"role\":\"author\"},".repeat(n - 1)
        + "{\"agent\":{\"type\":\"person\",\"name\":\"A\"}}]";
    String media = "\"media\":[" + "{\"kind\":\"image\",\"credit\":\"AFP\"},".repeat(n - 1) + "{\"credit\":\"AFP\"}]";
    String head = "{\"formatVersion\":\"1.0\",\"headline\":\"H\"," + people + "," + media + "," + tags + ",\"paragraphs\":[";
    byte[] doc = document(head, Limits.MAX_PARAGRAPHS, "\"" + "p".repeat(room(head, Limits.MAX_PARAGRAPHS, 2, "]}")) + "\"", "]}");

    Article article = ArticleJson.builder().validation(false).build().read(doc);

    assertThat(article.getTags()).hasSize(n);
    assertThat(article.getContributors()).hasSize(n);
    assertThat(article.getMedia()).hasSize(n);
  }

  @Test
  void sixtyFourMegabytesOfTagsAreRefusedAtTheFirstOneTooManyWithoutBuildingThem() {
    String head = "{\"formatVersion\":\"1.0\",\"headline\":\"H\",\"tags\":[";
    String tag = "{\"label\":\"t\"}";
    byte[] doc = document(head, (MAX - head.length() - 2) / (tag.length() + 1), tag, "]}");

    ArticleJsonException e = catchThrowableOfType(ArticleJsonException.class, () -> ArticleJson.standard().read(doc));

    assertThat(e.getKind()).isEqualTo(Kind.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).isEqualTo("/tags/" + Limits.MAX_ITEMS);
  }
}
