package dev.byline.core.quotes;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Attribution;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.QuoteKind;
import dev.byline.TextLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds every quotation in an article's headline and paragraphs, with its exact text, its location
 * in code points, its kind and who said it. Deterministic, rule-based, no network, no model.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteFinder.find(headline, paragraphs);
 * }</pre>
 *
 * <h2>Quotation marks</h2>
 *
 * <ul>
 *   <li>Double marks, curly ({@code “…”}) or straight ({@code "…"}), everywhere.
 *   <li>Single curly marks ({@code ‘…’}) in headlines and, outside double marks, in the body (the
 *       British style); straight single marks ({@code '…'}) in headlines only. A right single mark
 *       between letters ({@code won’t}, {@code Russia’s}) or before a digit ({@code ’90s}) is an
 *       apostrophe, never a closing mark.
 *   <li>Single marks inside a double-quoted passage are a nested quotation: they stay part of the
 *       outer quotation's text and are not reported on their own.
 *   <li>A quotation running over several paragraphs (the opening mark repeated at the start of each,
 *       no closing mark until the last) is reported as one {@link Quote} per paragraph, each with its
 *       own location, all with the attribution found for the last one.
 *   <li>A mark that never closes in a headline is ignored (it is no quotation); in the body the
 *       quotation runs to the end of the paragraph. Marks around no letter or digit quote nothing.
 * </ul>
 *
 * <p>{@link Quote#getText()} is exactly what stands between the marks; the location is its span.
 * The kind is {@link QuoteKind#FULL} when the text starts with a capital letter and holds or ends
 * with sentence punctuation ({@code . , ! ? …}), {@link QuoteKind#PARTIAL} otherwise (a fragment
 * worked into the writer's sentence, or scare quotes).
 *
 * <h2>Speakers</h2>
 *
 * <p>Sentences are found outside the quotations. For each quotation, in this order:
 *
 * <ol>
 *   <li><b>after it</b>, in the same sentence: {@code ,” said Stoltenberg.}, {@code ,” Stoltenberg said
 *       in a statement.}, {@code ,” according to the ministry.} — the cue verb, the speaker and an
 *       occasion that starts with a preposition ({@code in}, {@code at}, {@code during}, …) as context;
 *   <li><b>before it</b>, in the same sentence: the last cue verb before the opening mark ({@code said},
 *       {@code stated}, {@code told reporters}, {@code characterizing}, …) and the sentence's subject —
 *       the first person named in the sentence, a name just before the verb, or {@code he}/{@code she}
 *       for the last speaker; a sentence opening "Speaking at …," or "In a statement," gives the
 *       context;
 *   <li><b>continuation</b>: a quotation that stands alone as its sentence, right after a quotation
 *       of the same paragraph with a known speaker, takes that attribution;
 *   <li><b>headline</b>: "Secretary general: … ‘…’" — the words before the colon name a person of the
 *       article by name or title;
 *   <li>otherwise the source is explicitly unknown ({@link Attribution#unknown()}): never a guess.
 * </ol>
 *
 * <p>People are registered as the article introduces them: "NATO Secretary-General Jens Stoltenberg"
 * is the person Jens Stoltenberg, title Secretary-General, affiliation NATO, and a later
 * "Stoltenberg" is the same person. A speaker named in all capitals, or with a word such as
 * Ministry, Agency or Police, is an {@link Organization}.
 *
 * <h2>Cost</h2>
 *
 * <p>One pass per paragraph; looking for cues stays within {@value #WINDOW} chars of a quotation, so
 * the time is linear in the length of the text. Thread-safe: no state between calls.
 */
public final class QuoteFinder {
  /** How far before or after a quotation the finder looks for its cue, in chars. */
  public static final int WINDOW = 400;

  static final Set<String> CUE_VERBS = Set.of(
      "said", "says", "say", "stated", "states", "told", "tells", "added", "adds", "asked", "asks",
      "explained", "explains", "noted", "notes", "wrote", "writes", "warned", "warns", "argued",
      "argues", "insisted", "insists", "maintained", "maintains", "declared", "declares", "announced",
      "announces", "replied", "replies", "continued", "continues", "stressed", "stresses", "claimed",
      "claims", "acknowledged", "admitted", "conceded", "urged", "urges", "vowed", "vows", "promised",
      "pledged", "recalled", "remarked", "observed", "posted", "tweeted", "characterizing",
      "characterising", "calling", "called", "describing", "described", "saying", "adding", "warning",
      "insisting", "telling", "noting", "stating", "arguing");

  static final Set<String> TITLES = Set.of(
      "Secretary-General", "Secretary General", "President", "Vice President", "Prime Minister",
      "Chancellor", "Minister", "Foreign Minister", "Defense Minister", "Defence Minister",
      "Defense Secretary", "Defence Secretary", "Secretary of State", "Secretary", "Governor",
      "Senator", "Sen.", "Rep.", "Representative", "Mayor", "Ambassador", "General", "Gen.",
      "Commissioner", "Director", "Chief Executive", "CEO", "Chairman", "Chairwoman", "Chair",
      "Spokesperson", "Spokesman", "Spokeswoman", "spokesperson", "spokesman", "spokeswoman",
      "Dr.", "Professor", "Prof.", "Judge", "Justice", "Pope", "King", "Queen", "Prince", "Princess");

  static final Set<String> NOT_NAMES = Set.of(
      "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
      "Officials", "Critics", "Analysts", "Experts", "Police", "Speaking", "In", "On", "At", "But",
      "And", "Or", "If", "When", "While", "After", "Before", "According", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "However", "Meanwhile", "Still",
      "Yet", "So", "As", "Amid", "Also", "There", "Here", "Some", "Many", "Most", "All");

  static final Set<String> ORGANISATION_WORDS = Set.of(
      "Ministry", "Department", "Agency", "Police", "Office", "Council", "Commission", "Committee",
      "Government", "Party", "Company", "Corporation", "Inc.", "Ltd.", "Association", "Union",
      "Bank", "University", "Court", "Army", "Navy", "Kremlin", "Pentagon", "Embassy");

  static final Set<String> CONTEXT_PREPOSITIONS = Set.of("in", "at", "during", "on", "to", "after", "before", "from", "via");

  private QuoteFinder() {}

  /**
   * Finds the quotations of an article from its headline and paragraphs (its current quotes are
   * not looked at).
   *
   * @param article the article; not {@code null}
   * @return the quotations in reading order, headline first
   */
  public static List<Quote> find(Article article) {
    Objects.requireNonNull(article, "article");
    return find(article.getHeadline(), article.getParagraphs());
  }

  /**
   * Finds the quotations in a headline and body paragraphs.
   *
   * @param headline the headline; not {@code null}
   * @param paragraphs the body paragraphs, in order; not {@code null}, no {@code null} element
   * @return the quotations in reading order, headline first; never {@code null}
   */
  public static List<Quote> find(String headline, List<String> paragraphs) {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(paragraphs, "paragraphs");
    for (String p : paragraphs) {
      Objects.requireNonNull(p, "paragraph");
    }
    return new Finder(headline, paragraphs).find();
  }
}
