package dev.byline.core.quotes;

import dev.byline.Agent;
import dev.byline.Quote;
import dev.byline.TextLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores {@link QuoteFinder} against the hand-annotated passages of {@code corpus/passages.jsonl}
 * (conventions in {@code corpus/CONVENTIONS.md}). Each passage is given to the finder as
 * {@code QuoteFinder.find("", paragraphs)}: an empty headline, the passage's paragraphs as the body.
 *
 * <p>The figures, for one split:
 *
 * <ul>
 *   <li><b>spans</b>: gold = the quotations of kind {@code full} or {@code partial}. A reported
 *       quotation matches a gold one in the same paragraph <i>exactly</i> (same code-point span) or
 *       <i>by overlap</i> (the shared stretch is at least half of the longer of the two); matching is
 *       one to one, exact matches first. A reported quotation that matches no gold speech (a
 *       {@code not-speech} span, or nothing) is a false positive. Precision, recall and F1 for both.
 *   <li><b>kind</b>: over gold quotations matched by overlap, the reported kind equals the gold kind.
 *   <li><b>speaker</b>, over matched gold quotations with a speaker: <i>full name</i> — the source's
 *       name equals the gold speaker; <i>right person</i> — for a gold person, the same surname
 *       (last word, ignoring case); for a gold organisation, the names are equal ignoring case and a
 *       leading "the", or one contains the other. <b>Anonymous</b>: over matched gold quotations
 *       without a speaker, the source is explicitly unknown.
 *   <li><b>cue</b>: over matched gold quotations with a cue, the reported cue starts with the gold
 *       cue's words, ignoring case.
 *   <li><b>end to end</b>: a reported quotation is right when its span is exact and its source is
 *       the right person (or unknown when the gold speaker is null); precision over reported,
 *       recall over gold, F1.
 * </ul>
 */
final class QuoteEvaluation {
  static final String CORPUS = "corpus/passages.jsonl";

  /** One hand-annotated quotation; {@code cpStart}/{@code cpEnd} are computed from its text. */
  record Gold(int paragraph, String text, String kind, String speaker, String speakerType, String cue, int cpStart,
      int cpEnd) {
    boolean speech() {
      return !kind.equals("not-speech");
    }
  }

  /** One annotated passage. */
  record Passage(String id, String split, List<String> paragraphs, List<Gold> quotes) {}

  /** Counts for one split; {@link #misses} describes every error, one line each. */
  static final class Score {
    final String split;
    int passages;
    int gold;
    int reported;
    int notSpeechReported;
    int exactMatched;
    int overlapMatched;
    int kindRight;
    int withSpeaker;
    int fullName;
    int rightPerson;
    int anonymous;
    int anonymousUnknown;
    int withCue;
    int cueRight;
    int endToEndRight;
    final List<String> misses = new ArrayList<>();

    Score(String split) {
      this.split = split;
    }

    double exactPrecision() {
      return ratio(exactMatched, reported);
    }

    double exactRecall() {
      return ratio(exactMatched, gold);
    }

    double exactF1() {
      return f1(exactPrecision(), exactRecall());
    }

    double overlapPrecision() {
      return ratio(overlapMatched, reported);
    }

    double overlapRecall() {
      return ratio(overlapMatched, gold);
    }

    double overlapF1() {
      return f1(overlapPrecision(), overlapRecall());
    }

    double kindAccuracy() {
      return ratio(kindRight, overlapMatched);
    }

    double fullNameAccuracy() {
      return ratio(fullName, withSpeaker);
    }

    double rightPersonAccuracy() {
      return ratio(rightPerson, withSpeaker);
    }

    double anonymousAccuracy() {
      return ratio(anonymousUnknown, anonymous);
    }

    double cueAccuracy() {
      return ratio(cueRight, withCue);
    }

    double endToEndPrecision() {
      return ratio(endToEndRight, reported);
    }

    double endToEndRecall() {
      return ratio(endToEndRight, gold);
    }

    double endToEndF1() {
      return f1(endToEndPrecision(), endToEndRecall());
    }

    static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }

    static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String table() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "%s: %d passages, %d quotations of speech, %d reported (%d of them on not-speech spans)%n",
          split, passages, gold, reported, notSpeechReported));
      b.append(String.format(Locale.ROOT, "  %-44s %6s %6s %6s%n", "", "P", "R", "F1"));
      b.append(String.format(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f%n", "spans, exact", exactPrecision(), exactRecall(), exactF1()));
      b.append(String.format(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f%n", "spans, overlap >= 50%", overlapPrecision(), overlapRecall(),
          overlapF1()));
      b.append(String.format(Locale.ROOT, "  %-44s %6.3f %6.3f %6.3f%n", "end to end (exact span, right person)", endToEndPrecision(),
          endToEndRecall(), endToEndF1()));
      b.append(String.format(Locale.ROOT, "  %-44s %6.1f%% (%d of %d)%n", "kind right", 100 * kindAccuracy(), kindRight, overlapMatched));
      b.append(String.format(Locale.ROOT, "  %-44s %6.1f%% (%d of %d)%n", "speaker: right person", 100 * rightPersonAccuracy(), rightPerson,
          withSpeaker));
      b.append(String.format(Locale.ROOT, "  %-44s %6.1f%% (%d of %d)%n", "speaker: full name as established", 100 * fullNameAccuracy(),
          fullName, withSpeaker));
      b.append(String.format(Locale.ROOT, "  %-44s %6.1f%% (%d of %d)%n", "anonymous source explicitly unknown", 100 * anonymousAccuracy(),
          anonymousUnknown, anonymous));
      b.append(String.format(Locale.ROOT, "  %-44s %6.1f%% (%d of %d)%n", "cue right", 100 * cueAccuracy(), cueRight, withCue));
      return b.toString();
    }
  }

  private QuoteEvaluation() {}

  static List<Passage> corpus() {
    try (InputStream in = QuoteEvaluation.class.getResourceAsStream(CORPUS)) {
      if (in == null) {
        throw new IllegalStateException("test resource missing: " + CORPUS);
      }
      List<Passage> out = new ArrayList<>();
      for (Object line : JsonLines.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
        out.add(passage((Map<?, ?>) line));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Passage passage(Map<?, ?> record) {
    String id = (String) record.get("id");
    List<String> paragraphs = new ArrayList<>();
    for (Object p : (List<?>) record.get("paragraphs")) {
      paragraphs.add((String) p);
    }
    List<Gold> quotes = new ArrayList<>();
    for (Object o : (List<?>) record.get("quotes")) {
      Map<?, ?> q = (Map<?, ?>) o;
      int p = ((Number) q.get("p")).intValue();
      String text = (String) q.get("text");
      int occurrence = q.get("occurrence") == null ? 1 : ((Number) q.get("occurrence")).intValue();
      String paragraph = paragraphs.get(p);
      int at = -1;
      for (int n = 0; n < occurrence; n++) {
        at = paragraph.indexOf(text, at + 1);
        if (at < 0) {
          throw new IllegalStateException(id + ": quotation text not in paragraph " + p + ": " + text);
        }
      }
      int start = paragraph.codePointCount(0, at);
      quotes.add(new Gold(p, text, (String) q.get("kind"), (String) q.get("speaker"), (String) q.get("speakerType"),
          (String) q.get("cue"), start, start + text.codePointCount(0, text.length())));
    }
    return new Passage(id, (String) record.get("split"), paragraphs, quotes);
  }

  /** Scores every passage of {@code split}. */
  static Score score(List<Passage> corpus, String split) {
    Score s = new Score(split);
    for (Passage passage : corpus) {
      if (passage.split().equals(split)) {
        score(passage, s);
      }
    }
    return s;
  }

  private static void score(Passage passage, Score s) {
    s.passages++;
    List<Quote> found = QuoteFinder.find("", passage.paragraphs());
    List<Gold> gold = passage.quotes();
    int[] goldMatch = new int[gold.size()]; // index into found, -1 none
    boolean[] goldExact = new boolean[gold.size()];
    int[] foundMatch = new int[found.size()];
    java.util.Arrays.fill(goldMatch, -1);
    java.util.Arrays.fill(foundMatch, -1);
    for (int pass = 0; pass < 2; pass++) {
      for (int f = 0; f < found.size(); f++) {
        if (foundMatch[f] >= 0) {
          continue;
        }
        TextLocation at = found.get(f).getLocation().orElseThrow();
        for (int g = 0; g < gold.size(); g++) {
          if (goldMatch[g] >= 0 || at.isInHeadline() || at.getParagraph().getAsInt() != gold.get(g).paragraph()) {
            continue;
          }
          int start = at.getSpan().getStart();
          int end = at.getSpan().getEnd();
          Gold q = gold.get(g);
          boolean exact = start == q.cpStart() && end == q.cpEnd();
          int shared = Math.min(end, q.cpEnd()) - Math.max(start, q.cpStart());
          boolean overlap = shared > 0 && 2 * shared >= Math.max(end - start, q.cpEnd() - q.cpStart());
          if (pass == 0 ? exact : overlap) {
            goldMatch[g] = f;
            goldExact[g] = exact;
            foundMatch[f] = g;
            break;
          }
        }
      }
    }
    for (Gold q : gold) {
      if (q.speech()) {
        s.gold++;
      }
    }
    s.reported += found.size();
    for (int f = 0; f < found.size(); f++) {
      Quote quote = found.get(f);
      if (foundMatch[f] < 0 || !gold.get(foundMatch[f]).speech()) {
        if (foundMatch[f] >= 0) {
          s.notSpeechReported++;
        }
        s.misses.add(passage.id() + " FALSE POSITIVE " + (foundMatch[f] >= 0 ? "(not-speech) " : "") + describe(quote));
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      Gold q = gold.get(g);
      if (!q.speech()) {
        continue;
      }
      if (goldMatch[g] < 0) {
        s.misses.add(passage.id() + " MISSED p" + q.paragraph() + " [" + q.cpStart() + ", " + q.cpEnd() + ") "
            + clip(q.text()));
        continue;
      }
      Quote quote = found.get(goldMatch[g]);
      s.overlapMatched++;
      if (goldExact[g]) {
        s.exactMatched++;
      } else {
        s.misses.add(passage.id() + " SPAN p" + q.paragraph() + " gold [" + q.cpStart() + ", " + q.cpEnd() + ") "
            + clip(q.text()) + " | found " + describe(quote));
      }
      if (quote.getKind().name().equalsIgnoreCase(q.kind())) {
        s.kindRight++;
      } else {
        s.misses.add(passage.id() + " KIND gold " + q.kind() + " | found " + describe(quote));
      }
      Agent source = quote.getAttribution().getSource().orElse(null);
      boolean personRight;
      if (q.speaker() == null) {
        s.anonymous++;
        personRight = source == null;
        if (personRight) {
          s.anonymousUnknown++;
        } else {
          s.misses.add(passage.id() + " ANONYMOUS given " + source.getName() + " | " + describe(quote));
        }
      } else {
        s.withSpeaker++;
        personRight = source != null && samePerson(q, source.getName());
        if (source != null && source.getName().equals(q.speaker())) {
          s.fullName++;
        } else if (personRight) {
          s.misses.add(passage.id() + " NAME gold " + q.speaker() + " | found " + describe(quote));
        }
        if (personRight) {
          s.rightPerson++;
        } else {
          s.misses.add(passage.id() + " SPEAKER gold " + q.speaker() + " | found " + describe(quote));
        }
      }
      if (q.cue() != null) {
        s.withCue++;
        String cue = quote.getAttribution().getCue().orElse("");
        if (cue.toLowerCase(Locale.ROOT).startsWith(q.cue().toLowerCase(Locale.ROOT))) {
          s.cueRight++;
        } else {
          s.misses.add(passage.id() + " CUE gold " + q.cue() + " | found " + describe(quote));
        }
      }
      if (goldExact[g] && personRight) {
        s.endToEndRight++;
      }
    }
  }

  static boolean samePerson(Gold q, String name) {
    if ("organization".equals(q.speakerType())) {
      String a = withoutThe(q.speaker());
      String b = withoutThe(name);
      return a.equals(b) || a.contains(b) || b.contains(a);
    }
    return lastWord(q.speaker()).equals(lastWord(name));
  }

  private static String withoutThe(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    return n.startsWith("the ") ? n.substring(4) : n;
  }

  private static String lastWord(String name) {
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  private static String describe(Quote q) {
    return q.getLocation().map(Object::toString).orElse("?") + " " + q.getKind() + " "
        + q.getAttribution().getSource().map(a -> a.getClass().getSimpleName().replace("Immutable", "") + ":" + a.getName())
            .orElse("unknown")
        + " cue=" + q.getAttribution().getCue().orElse("-") + " " + clip(q.getText());
  }

  private static String clip(String text) {
    return "\u00ab" + (text.length() > 60 ? text.substring(0, 60) + "\u2026" : text) + "\u00bb";
  }
}
