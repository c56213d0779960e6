package dev.byline.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a run of {@link BylineJob} read and wrote: how many input records there were, how many became
 * articles and how many were rejected ({@code records == articles + rejects}), how many quotations the
 * articles hold and how many articles had theirs found by the quote finder, and — when the
 * redistributable subset was asked for — how many articles it holds and how many were held back, by
 * reason.
 */
public final class JobReport {
  private final long records;
  private final long articles;
  private final long rejects;
  private final long quotes;
  private final long articlesWithFoundQuotes;
  private final boolean redistributableWritten;
  private final long redistributable;
  private final Map<String, Long> heldBack;

  JobReport(long records, long articles, long rejects, long quotes, long articlesWithFoundQuotes,
      boolean redistributableWritten, long redistributable, Map<String, Long> heldBack) {
    this.records = records;
    this.articles = articles;
    this.rejects = rejects;
    this.quotes = quotes;
    this.articlesWithFoundQuotes = articlesWithFoundQuotes;
    this.redistributableWritten = redistributableWritten;
    this.redistributable = redistributable;
    this.heldBack = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(heldBack, "heldBack")));
  }

  /**
   * The input records: one per line of a JSON Lines file, one per other file.
   *
   * @return the count
   */
  public long getRecords() {
    return records;
  }

  /**
   * The records that became articles (rows of the {@code articles} table).
   *
   * @return the count
   */
  public long getArticles() {
    return articles;
  }

  /**
   * The records that could not be read (rows of the {@code rejects} table).
   *
   * @return the count
   */
  public long getRejects() {
    return rejects;
  }

  /**
   * The quotations of all articles (rows of the {@code quotes} table).
   *
   * @return the count
   */
  public long getQuotes() {
    return quotes;
  }

  /**
   * The articles that came without quotations and had them found by {@code QuoteFinder}.
   *
   * @return the count
   */
  public long getArticlesWithFoundQuotes() {
    return articlesWithFoundQuotes;
  }

  /**
   * Whether the redistributable subset was written ({@code --redistributable}).
   *
   * @return {@code true} if it was
   */
  public boolean isRedistributableWritten() {
    return redistributableWritten;
  }

  /**
   * The articles in the redistributable subset: those whose rights answer {@code PERMITTED} for
   * {@code REDISTRIBUTE}; 0 when the subset was not written.
   *
   * @return the count
   */
  public long getRedistributable() {
    return redistributable;
  }

  /**
   * The articles left out of the redistributable subset, by reason ("no rights notice (ask the
   * publisher)", "redistribution prohibited by the rights notice", "the rights notice does not grant
   * redistribution (ask the holder)"); empty when the subset was not written.
   *
   * @return reason to count, in the order of the reasons' text
   */
  public Map<String, Long> getHeldBack() {
    return heldBack;
  }

  /**
   * The report in a few lines, as the job prints it.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    s.append("records: ").append(records).append(" = articles: ").append(articles).append(" + rejects: ").append(rejects).append('\n');
    s.append("quotations: ").append(quotes).append(" (found by the quote finder in ").append(articlesWithFoundQuotes)
        .append(" articles that had none)").append('\n');
    if (redistributableWritten) {
      long held = heldBack.values().stream().mapToLong(Long::longValue).sum();
      s.append("redistributable: ").append(redistributable).append(", held back: ").append(held).append('\n');
      heldBack.forEach((reason, count) -> s.append("  ").append(count).append(": ").append(reason).append('\n'));
    }
    return s.toString();
  }
}
