package dev.byline.serialization.text;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Media;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.core.quotes.QuoteFinder;
import dev.byline.core.rights.NoticePart;
import dev.byline.core.rights.RecognisedPart;
import dev.byline.core.rights.RightsNotices;
import dev.byline.core.rights.RightsReading;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes articles in the plain-text layout of wire copy, the layout the seed article came
 * in:
 *
 * <pre>
 * Headline
 * (blank line)
 * Lead image credit                      — optional
 * (blank line)
 * Paragraph                              — one block per paragraph, separated by blank lines
 * (blank line)
 * Tags label label label …               — optional; the word "Tags", a space, the labels
 * (blank line)
 * Copyright / rights notice              — optional, last
 * </pre>
 *
 * <p><b>Lines.</b> Lines end with {@code \n}, {@code \r\n} or {@code \r} (a lone carriage return, as
 * old Mac files have), one of them throughout: a text that mixes them is refused. U+0085, U+2028 and
 * U+2029 are text, not line ends.
 *
 * <p><b>Blocks.</b> The text is cut into blocks at blank (empty) lines, exactly one between blocks;
 * a line of white space inside a block is text. The first block is the headline (one line). Then,
 * from the end:
 *
 * <ul>
 *   <li>a last block that is a tags line (one line: the word {@code Tags} alone, or {@code "Tags "}
 *       and the labels) is the tags line, and there is no notice;
 *   <li>otherwise, when the block before the last is a tags line, the last block is the rights
 *       notice, whatever it says (it may have several lines);
 *   <li>otherwise the last block is the notice when it is one line and the notice reader
 *       ({@link RightsNotices}) recognises a copyright statement, "all rights reserved" or a licence
 *       at its very start.
 * </ul>
 *
 * <p>The block after the headline is the lead image's credit line when it is short — one line of at
 * most {@value #CREDIT_MAX_LENGTH} chars and {@value #CREDIT_MAX_WORDS} words, with no quotation mark
 * and no closing punctuation ({@code . ! ? : ”}) — and at least one paragraph follows; otherwise it is
 * the first paragraph. Every other block is a paragraph (a line break inside a block stays in the
 * paragraph, as {@code \n}).
 *
 * <p><b>Tags.</b> A tags line holding {@code " | "} is split there ({@link TextLayout.TagSeparator#BAR}).
 * Otherwise the line has no separators ({@link TextLayout.TagSeparator#SPACE}): with a known vocabulary
 * ({@link Builder#tagVocabulary(Collection)}) the longest known label is taken at each point; then a
 * person the quote finder met in the text ("Jens Stoltenberg") is one tag; otherwise a tag runs over
 * words until a capitalised word follows a lower-case one ("Post-Soviet conflicts | Russia–NATO
 * relations"). Either way a label the vocabulary knows is the vocabulary's tag, with its kind and
 * scheme, and a label that names a person the quote finder met is a tag of kind
 * {@link TagKind#PERSON}.
 *
 * <p><b>Quotations</b> are found by {@link QuoteFinder} in the headline and paragraphs.
 *
 * <p><b>Writing.</b> The writer writes the headline, the first media item's credit, the paragraphs,
 * the tag labels and the notice's text, and nothing else. Where the layout cannot hold a text as it
 * is, the writer changes it so that what it writes can always be read, and {@link #unwritten(Article)}
 * names it:
 *
 * <ul>
 *   <li>line breaks ({@code \n}, {@code \r}) in the headline, the credit and tag labels are written
 *       as spaces;
 *   <li>a paragraph or notice that is blank, holds a {@code \r} or an empty line, or starts or ends
 *       with a line break is written with each line break as a space, and left out when that leaves it
 *       blank; other line breaks in them are written with the layout's separator;
 *   <li>tag labels are separated by spaces when the reader would find the same labels again, and by
 *       {@code " | "} otherwise;
 *   <li>a tags line with no labels (the word {@code Tags} alone) ends the body when the reader would
 *       otherwise take the last paragraph for the tags line or the notice, or would not find the notice
 *       (one it does not recognise, or of several lines);
 *   <li>a byte-order mark is written before a headline that starts with {@code U+FEFF}, so that the
 *       reader does not take that character for one.
 * </ul>
 *
 * <p><b>Lossless.</b> Text is never trimmed or normalised on reading; the line separator, a final
 * line break, a byte-order mark and the form of the tags line are kept in the {@link TextLayout} of
 * the {@link TextReading}, so {@code write(reading.getArticle(), reading.getLayout())} gives back the
 * text read. {@link #unwritten(Article)} names every property of an article that reading what the
 * writer writes would not bring back equal.
 *
 * <p>Reading and writing are linear in the length of the text, plus the cost of the quote finder
 * (run on the headline and paragraphs when reading, and when writing an article with tags) and of
 * the notice reader (run on the notice and the last blocks) — see theirs. Immutable and thread-safe.
 */
public final class ArticleText {
  /** Longest line read as an image credit, in chars. */
  public static final int CREDIT_MAX_LENGTH = 80;

  /** Most words in a line read as an image credit. */
  public static final int CREDIT_MAX_WORDS = 8;

  private static final String TAGS = "Tags";
  private static final String BAR = " | ";

  private static final ArticleText STANDARD = builder().build();

  private final Map<String, Tag> vocabulary;
  private final int longestLabelWords;

  private ArticleText(Builder b) {
    this.vocabulary = Map.copyOf(b.vocabulary);
    int longest = 0;
    for (String label : vocabulary.keySet()) {
      longest = Math.max(longest, label.split(" ", -1).length);
    }
    this.longestLabelWords = longest;
  }

  /**
   * The reader and writer with no tag vocabulary.
   *
   * @return the shared instance
   */
  public static ArticleText standard() {
    return STANDARD;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a text in the article layout.
   *
   * @param text the text; not {@code null}
   * @return the article and the layout to write it back exactly
   * @throws ArticleTextException when the text has no headline, mixes line separators, has irregular
   *     blank lines or a headline of several lines
   */
  public TextReading read(String text) {
    Objects.requireNonNull(text, "text");
    boolean bom = text.startsWith("\uFEFF");
    String body = bom ? text.substring(1) : text;
    String br = separator(body);
    boolean finalBreak = body.endsWith(br) && body.length() > br.length();
    if (finalBreak) {
      body = body.substring(0, body.length() - br.length());
    }
    if (body.isBlank()) {
      throw new ArticleTextException(ArticleTextException.Kind.EMPTY_TEXT, 1, "the text has no headline");
    }
    List<String> blocks = blocks(body, br);
    String headline = blocks.get(0);
    if (headline.contains(br)) {
      throw new ArticleTextException(ArticleTextException.Kind.MULTI_LINE_HEADLINE, 2, "the headline is one line, followed by a blank line");
    }
    Tail tail = tail(blocks, br);
    int first = tail.lastBody() >= 2 && isCredit(blocks.get(1), br) ? 2 : 1;
    List<String> paragraphs = new ArrayList<>();
    for (int i = first; i <= tail.lastBody(); i++) {
      paragraphs.add(inArticle(blocks.get(i), br));
    }
    List<Quote> quotes = QuoteFinder.find(headline, paragraphs);
    Article.Builder article = Article.builder().headline(headline).paragraphs(paragraphs).quotes(quotes);
    if (first == 2) {
      article.addMedia(Media.builder().credit(blocks.get(1)).build());
    }
    TextLayout layout = TextLayout.of(br, finalBreak, bom);
    if (tail.tags() >= 0) {
      String line = blocks.get(tail.tags());
      if (line.equals(TAGS)) {
        layout = layout.withEmptyTagsLine(true);
      } else {
        String labels = line.substring(TAGS.length() + 1);
        article.tags(tags(labels, people(quotes)));
        if (labels.contains(BAR)) {
          layout = layout.withTagSeparator(TextLayout.TagSeparator.BAR);
        }
      }
    }
    if (tail.notice() != null) {
      article.rights(tail.notice().getNotice());
    }
    return new TextReading(article.build(), layout);
  }

  /**
   * Writes an article in the layout, with {@code \n}, no final line break, no byte-order mark.
   *
   * @param article the article; not {@code null}
   * @return the text, which {@link #read(String)} always reads
   * @throws IllegalArgumentException when the headline is blank (validation refuses such an article
   *     too): the layout starts with the headline
   */
  public String write(Article article) {
    return write(article, TextLayout.DEFAULT);
  }

  /**
   * Writes an article in the given layout: line separator, final line break, byte-order mark and form
   * of the tags line. The class description says what is written and how a text the layout cannot
   * hold is changed; {@link #unwritten(Article, TextLayout)} names what does not come back.
   *
   * @param article the article; not {@code null}
   * @param layout the layout, as a {@link TextReading} reported it; not {@code null}
   * @return the text, which {@link #read(String)} always reads
   * @throws IllegalArgumentException when the headline is blank (validation refuses such an article
   *     too): the layout starts with the headline
   */
  public String write(Article article, TextLayout layout) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(layout, "layout");
    String headline = oneLine(article.getHeadline());
    if (headline.isBlank()) {
      throw new IllegalArgumentException("an article with a blank headline cannot be written: the layout starts with the headline");
    }
    List<String> body = new ArrayList<>(); // blocks with \n for line breaks: credit, paragraphs
    boolean credit = false;
    if (!article.getMedia().isEmpty() && article.getMedia().get(0).getCredit().isPresent()) {
      String line = oneLine(article.getMedia().get(0).getCredit().get());
      if (!line.isBlank()) {
        body.add(line);
        credit = true;
      }
    }
    for (String paragraph : article.getParagraphs()) {
      String block = block(paragraph);
      if (block != null) {
        body.add(block);
      }
    }
    String notice = article.getRights().flatMap(r -> r.getText()).map(ArticleText::block).orElse(null);
    String tagsLine = null;
    if (!article.getTags().isEmpty()) {
      boolean creditRead = credit && body.size() >= 2 && isCredit(body.get(0), "\n");
      List<String> paragraphs = creditRead ? body.subList(1, body.size()) : body;
      tagsLine = TAGS + " " + labels(article.getTags(), layout.getTagSeparator(), headline, paragraphs);
    } else if (layout.hasEmptyTagsLine() || needsTagsLine(headline, body, notice)) {
      tagsLine = TAGS;
    }
    String br = layout.getLineSeparator();
    StringBuilder out = new StringBuilder();
    if (layout.hasByteOrderMark() || headline.startsWith("\uFEFF")) {
      out.append('\uFEFF');
    }
    out.append(headline);
    for (String block : body) {
      out.append(br).append(br).append(inText(block, br));
    }
    if (tagsLine != null) {
      out.append(br).append(br).append(tagsLine);
    }
    if (notice != null) {
      out.append(br).append(br).append(inText(notice, br));
    }
    if (layout.hasFinalLineBreak()) {
      out.append(br);
    }
    return out.toString();
  }

  /**
   * What does not survive {@link #write(Article)} and {@link #read(String)}: the path of every
   * property of the article that reading the written text would not bring back equal, such as
   * {@code "published"}, {@code "paragraphs[2]"}, {@code "media[0].caption"}, {@code "tags[1].kind"},
   * {@code "rights.years"} or {@code "quotes"} (the reader finds the quotations again in the text; an
   * article whose quotations are not the ones {@link QuoteFinder} finds gets this entry). A list that
   * would come back with another number of items is named as a whole ({@code "tags"}); a notice or
   * media item that would be missing or appear, too ({@code "rights"}). It reads the text it writes,
   * so it costs a write and a read.
   *
   * @param article the article; not {@code null}
   * @return the property paths, in the order of the article's properties; empty when the article
   *     comes back equal
   * @throws IllegalArgumentException when the headline is blank, as {@link #write(Article)} does
   */
  public List<String> unwritten(Article article) {
    return unwritten(article, TextLayout.DEFAULT);
  }

  /**
   * What does not survive {@link #write(Article, TextLayout)} in this layout and {@link #read(String)};
   * see {@link #unwritten(Article)}.
   *
   * @param article the article; not {@code null}
   * @param layout the layout it would be written in; not {@code null}
   * @return the property paths; empty when the article comes back equal
   * @throws IllegalArgumentException when the headline is blank, as {@link #write(Article, TextLayout)}
   *     does
   */
  public List<String> unwritten(Article article, TextLayout layout) {
    Article back = read(write(article, layout)).getArticle();
    return Differences.between(article, back);
  }

  // ---- reading helpers ------------------------------------------------------------------------

  /**
   * The text's line separator: the one ending every line ({@code \n} when there is one line). A
   * text whose lines end in more than one way is refused, naming the first line that ends otherwise
   * than the first.
   */
  private static String separator(String text) {
    String first = null;
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String end;
      if (c == '\r') {
        boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
        end = crlf ? "\r\n" : "\r";
        i += crlf ? 1 : 0;
      } else if (c == '\n') {
        end = "\n";
      } else {
        continue;
      }
      if (first == null) {
        first = end;
      } else if (!first.equals(end)) {
        throw new ArticleTextException(ArticleTextException.Kind.MIXED_LINE_ENDINGS, line,
            "lines end both with " + escaped(first) + " and with " + escaped(end));
      }
      line++;
    }
    return first == null ? "\n" : first;
  }

  private static String escaped(String lineEnd) {
    return lineEnd.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** Cuts at blank lines; two blank lines in a row, or one at the start or end, are refused. */
  private static List<String> blocks(String text, String br) {
    List<String> blocks = new ArrayList<>();
    String blank = br + br;
    int line = 1;
    int start = 0;
    while (true) {
      int cut = text.indexOf(blank, start);
      String block = cut < 0 ? text.substring(start) : text.substring(start, cut);
      if (block.isBlank() || block.startsWith(br) || block.endsWith(br)) {
        throw new ArticleTextException(ArticleTextException.Kind.IRREGULAR_BLANK_LINES, line,
            "blocks are separated by exactly one blank line");
      }
      blocks.add(block);
      line += countLines(block, br) + 1;
      if (cut < 0) {
        return blocks;
      }
      start = cut + blank.length();
    }
  }

  private static int countLines(String block, String br) {
    int lines = 1;
    for (int i = block.indexOf(br); i >= 0; i = block.indexOf(br, i + br.length())) {
      lines++;
    }
    return lines;
  }

  /**
   * The roles of the last blocks: the index of the tags line (-1: none), the notice as read (null:
   * none) and the index of the last block of the body.
   */
  private record Tail(int tags, RightsReading notice, int lastBody) {}

  /** Decides which of the last blocks are the tags line and the notice; see the class description. */
  private static Tail tail(List<String> blocks, String br) {
    int last = blocks.size() - 1;
    if (last >= 1 && isTagsLine(blocks.get(last), br)) {
      return new Tail(last, null, last - 1);
    }
    if (last >= 2 && isTagsLine(blocks.get(last - 1), br)) {
      return new Tail(last - 1, RightsNotices.parse(inArticle(blocks.get(last), br)), last - 2);
    }
    RightsReading notice = last >= 1 ? startingNotice(blocks.get(last), br) : null;
    return notice != null ? new Tail(-1, notice, last - 1) : new Tail(-1, null, last);
  }

  private static boolean isTagsLine(String block, String br) {
    return (block.equals(TAGS) || block.startsWith(TAGS + " ")) && !block.contains(br);
  }

  /** The block read as a notice, or null when it is not one line that starts like a notice. */
  private static RightsReading startingNotice(String block, String br) {
    if (block.contains(br)) {
      return null;
    }
    RightsReading reading = RightsNotices.parse(block);
    if (reading.getRecognised().isEmpty()) {
      return null;
    }
    RecognisedPart first = reading.getRecognised().get(0);
    int lead = 0;
    while (lead < block.length() && Character.isWhitespace(block.charAt(lead))) {
      lead++;
    }
    boolean startsLikeANotice = first.getSpan().getStart() == block.codePointCount(0, lead)
        && (first.getKind() == NoticePart.COPYRIGHT || first.getKind() == NoticePart.ALL_RIGHTS_RESERVED
            || first.getKind() == NoticePart.LICENSE);
    return startsLikeANotice ? reading : null;
  }

  private static boolean isCredit(String block, String br) {
    if (block.contains(br) || block.length() > CREDIT_MAX_LENGTH || block.isBlank()) {
      return false;
    }
    if (block.strip().split("\\s+").length > CREDIT_MAX_WORDS) {
      return false;
    }
    for (int i = 0; i < block.length(); i++) {
      char c = block.charAt(i);
      if ("\u201c\u201d\u2018\"".indexOf(c) >= 0) {
        return false;
      }
    }
    char end = block.charAt(block.length() - 1);
    return ".!?:\u201d\u2019\"".indexOf(end) < 0;
  }

  /** A block of the text as article text: line breaks as {@code \n}. */
  private static String inArticle(String block, String br) {
    return br.equals("\n") ? block : block.replace(br, "\n");
  }

  /** The names of the people the quote finder attributed quotations to. */
  private static Set<String> people(List<Quote> quotes) {
    Set<String> people = new HashSet<>();
    for (Quote q : quotes) {
      q.getAttribution().getSource().filter(a -> a instanceof Person).map(Agent::getName).ifPresent(people::add);
    }
    return people;
  }

  private List<Tag> tags(String line, Set<String> people) {
    List<Tag> tags = new ArrayList<>();
    for (String label : labels(line, people)) {
      Tag known = vocabulary.get(label);
      tags.add(known != null ? known : people.contains(label) ? Tag.of(label, TagKind.PERSON) : Tag.of(label));
    }
    return tags;
  }

  /** The labels of a tags line (what follows {@code "Tags "}). */
  private List<String> labels(String line, Set<String> people) {
    if (line.contains(BAR)) {
      return List.of(line.split(Pattern.quote(BAR), -1));
    }
    String[] words = line.split(" ", -1);
    List<String> labels = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int taken = 0;
      for (int len = Math.min(longestLabelWords, words.length - i); len >= 1 && taken == 0; len--) {
        if (vocabulary.containsKey(label(words, i, i + len))) {
          taken = len;
        }
      }
      for (int len = Math.min(4, words.length - i); len >= 2 && taken == 0; len--) {
        if (people.contains(label(words, i, i + len))) {
          taken = len;
        }
      }
      if (taken == 0) {
        int j = i + 1;
        while (j < words.length && !startsNewTag(words[j - 1], words[j]) && !startsKnown(words, j, people)) {
          j++;
        }
        taken = j - i;
      }
      labels.add(label(words, i, i + taken));
      i += taken;
    }
    return labels;
  }

  private boolean startsKnown(String[] words, int j, Set<String> people) {
    for (int len = 1; len <= Math.max(longestLabelWords, 4) && j + len <= words.length; len++) {
      String label = label(words, j, j + len);
      if (vocabulary.containsKey(label) || len >= 2 && people.contains(label)) {
        return true;
      }
    }
    return false;
  }

  private static String label(String[] words, int from, int to) {
    return String.join(" ", Arrays.asList(words).subList(from, to));
  }

  private static boolean startsNewTag(String previous, String next) {
    return !previous.isEmpty() && !next.isEmpty()
        && Character.isLowerCase(previous.codePointAt(0)) && Character.isUpperCase(next.codePointAt(0));
  }

  // ---- writing helpers ------------------------------------------------------------------------

  /** The tag labels as written: separated by spaces when they would be read back so, else by a bar. */
  private String labels(List<Tag> tags, TextLayout.TagSeparator preferred, String headline, List<String> paragraphs) {
    List<String> labels = new ArrayList<>(tags.size());
    for (Tag t : tags) {
      labels.add(oneLine(t.getLabel()));
    }
    if (preferred == TextLayout.TagSeparator.SPACE) {
      String spaced = String.join(" ", labels);
      if (labels(spaced, people(QuoteFinder.find(headline, paragraphs))).equals(labels)) {
        return spaced;
      }
    }
    return String.join(BAR, labels);
  }

  /**
   * Whether an empty tags line must end the body: without one, the reader would take a block of the
   * body for the tags line or the notice, or would not find the notice.
   */
  private static boolean needsTagsLine(String headline, List<String> body, String notice) {
    List<String> blocks = new ArrayList<>(body.size() + 2);
    blocks.add(headline);
    blocks.addAll(body);
    if (notice != null) {
      blocks.add(notice);
    }
    Tail tail = tail(blocks, "\n");
    if (notice == null) {
      return tail.tags() >= 0 || tail.notice() != null;
    }
    // a notice that is itself a tags line is read as one whatever comes before it
    return !isTagsLine(notice, "\n") && (tail.tags() >= 0 || tail.notice() == null);
  }

  /**
   * A paragraph or notice as one block (line breaks as {@code \n}): as it is when a block can hold it,
   * else with every line break as a space; null when that leaves it blank.
   */
  private static String block(String text) {
    boolean fits = !text.isBlank() && text.indexOf('\r') < 0 && !text.startsWith("\n") && !text.endsWith("\n")
        && !text.contains("\n\n");
    if (fits) {
      return text;
    }
    String flat = oneLine(text);
    return flat.isBlank() ? null : flat;
  }

  /** The text with every line break ({@code \n}, {@code \r}) as a space. */
  private static String oneLine(String text) {
    return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace('\n', ' ').replace('\r', ' ');
  }

  /** A block in the text: line breaks as the layout's separator. */
  private static String inText(String block, String br) {
    return br.equals("\n") ? block : block.replace("\n", br);
  }

  /** Configures an {@link ArticleText}. */
  public static final class Builder {
    private final Map<String, Tag> vocabulary = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Known tags: on reading, a tags line is split at these labels first, and each found tag is the
     * vocabulary's (with its kind and scheme).
     *
     * @param tags the known tags; not {@code null}
     * @return this builder
     */
    public Builder tagVocabulary(Collection<Tag> tags) {
      for (Tag t : tags) {
        vocabulary.put(t.getLabel(), t);
      }
      return this;
    }

    /**
     * Builds the reader and writer.
     *
     * @return an immutable, thread-safe instance
     */
    public ArticleText build() {
      return new ArticleText(this);
    }
  }
}
