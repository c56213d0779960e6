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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
 * <p><b>Blocks.</b> The text is cut into blocks at blank lines (exactly one blank line between
 * blocks). The first block is the headline (one line). The last block is the rights notice when the
 * notice reader ({@link RightsNotices}) recognises a copyright statement, "all rights reserved" or a
 * licence at its very start. The block before it, or the last block, is the tags line when it starts
 * with {@code "Tags "}. The block after the headline is the lead image's credit line when it is
 * short — one line of at most {@value #CREDIT_MAX_LENGTH} chars and {@value #CREDIT_MAX_WORDS}
 * words, with no quotation mark and no closing punctuation ({@code . ! ? : ”}) — and at least one
 * paragraph follows; otherwise it is the first paragraph. Every other block is a paragraph (a line
 * break inside a block stays in the paragraph).
 *
 * <p><b>Tags.</b> The tags line has no separators. With a known vocabulary
 * ({@link Builder#tagVocabulary(Collection)}) the longest known label is taken at each point, with
 * the vocabulary's kind and scheme. Without help: a person the quote finder met in the text ("Jens
 * Stoltenberg") is one tag of kind {@link TagKind#PERSON}; otherwise a tag runs over words until a
 * capitalised word follows a lower-case one ("Post-Soviet conflicts | Russia–NATO relations").
 *
 * <p><b>Quotations</b> are found by {@link QuoteFinder} in the headline and paragraphs.
 *
 * <p><b>Lossless.</b> Text is never trimmed or normalised; the line separator ({@code \n} or
 * {@code \r\n}), a final line break and a byte-order mark are kept in the {@link TextLayout} of the
 * {@link TextReading}, so {@code write(reading.getArticle(), reading.getLayout())} gives back the
 * text read. The writer writes what the layout holds — headline, the first media item's credit,
 * paragraphs, tag labels, the notice's verbatim text — and nothing else;
 * {@link #unwritten(Article)} lists what an article has beyond that.
 *
 * <p>Reading is linear in the length of the text. Immutable and thread-safe.
 */
public final class ArticleText {
  /** Longest line read as an image credit, in chars. */
  public static final int CREDIT_MAX_LENGTH = 80;

  /** Most words in a line read as an image credit. */
  public static final int CREDIT_MAX_WORDS = 8;

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
    String separator = separator(body);
    boolean finalBreak = body.endsWith(separator) && body.length() > separator.length();
    if (finalBreak) {
      body = body.substring(0, body.length() - separator.length());
    }
    if (body.isBlank()) {
      throw new ArticleTextException(ArticleTextException.Kind.EMPTY_TEXT, 1, "the text has no headline");
    }
    List<String> blocks = blocks(body, separator);
    String lineBreak = separator;
    String headline = blocks.get(0);
    if (headline.contains(lineBreak)) {
      throw new ArticleTextException(ArticleTextException.Kind.MULTI_LINE_HEADLINE, 2, "the headline is one line, followed by a blank line");
    }
    int last = blocks.size() - 1;
    RightsReading rights = null;
    if (last >= 1) {
      rights = notice(blocks.get(last), lineBreak);
      if (rights != null) {
        last--;
      }
    }
    String tagsLine = null;
    if (last >= 1 && blocks.get(last).startsWith("Tags ") && !blocks.get(last).contains(lineBreak)) {
      tagsLine = blocks.get(last).substring("Tags ".length());
      last--;
    }
    int first = 1;
    String credit = null;
    if (last >= 2 && isCredit(blocks.get(1), lineBreak)) {
      credit = blocks.get(1);
      first = 2;
    }
    List<String> paragraphs = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      paragraphs.add(lineBreak.equals("\n") ? blocks.get(i) : blocks.get(i).replace(lineBreak, "\n"));
    }
    List<Quote> quotes = QuoteFinder.find(headline, paragraphs);
    Article.Builder article = Article.builder().headline(headline).paragraphs(paragraphs).quotes(quotes);
    if (credit != null) {
      article.addMedia(Media.builder().credit(credit).build());
    }
    if (tagsLine != null) {
      article.tags(tags(tagsLine, quotes));
    }
    if (rights != null) {
      article.rights(rights.getNotice());
    }
    return new TextReading(article.build(), TextLayout.of(separator, finalBreak, bom));
  }

  /**
   * Writes an article in the layout, with {@code \n}, no final line break, no byte-order mark.
   *
   * @param article the article; not {@code null}
   * @return the text
   */
  public String write(Article article) {
    return write(article, TextLayout.DEFAULT);
  }

  /**
   * Writes an article in the layout with the given line separator, final line break and
   * byte-order mark.
   *
   * @param article the article; not {@code null}
   * @param layout the layout, as a {@link TextReading} reported it; not {@code null}
   * @return the text
   */
  public String write(Article article, TextLayout layout) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(layout, "layout");
    String br = layout.getLineSeparator();
    String blank = br + br;
    StringBuilder out = new StringBuilder();
    if (layout.hasByteOrderMark()) {
      out.append('\uFEFF');
    }
    out.append(article.getHeadline());
    if (!article.getMedia().isEmpty() && article.getMedia().get(0).getCredit().isPresent()) {
      out.append(blank).append(article.getMedia().get(0).getCredit().get());
    }
    for (String paragraph : article.getParagraphs()) {
      out.append(blank).append(br.equals("\n") ? paragraph : paragraph.replace("\n", br));
    }
    if (!article.getTags().isEmpty()) {
      out.append(blank).append("Tags");
      for (Tag tag : article.getTags()) {
        out.append(' ').append(tag.getLabel());
      }
    }
    article.getRights().flatMap(r -> r.getText()).ifPresent(text -> out.append(blank).append(text));
    if (layout.hasFinalLineBreak()) {
      out.append(br);
    }
    return out.toString();
  }

  /**
   * What {@link #write(Article)} leaves out of an article, because the layout has no place for it:
   * property names such as {@code "published"}, {@code "media[1]"}, {@code "tags[0].kind"}. Quotes
   * are not listed: the reader finds them again in the text.
   *
   * @param article the article; not {@code null}
   * @return the property names, empty when the layout holds the whole article
   */
  public List<String> unwritten(Article article) {
    Objects.requireNonNull(article, "article");
    List<String> out = new ArrayList<>();
    article.getId().ifPresent(x -> out.add("id"));
    article.getUrl().ifPresent(x -> out.add("url"));
    article.getSubheadline().ifPresent(x -> out.add("subheadline"));
    article.getLanguage().ifPresent(x -> out.add("language"));
    article.getSection().ifPresent(x -> out.add("section"));
    article.getDateline().ifPresent(x -> out.add("dateline"));
    article.getPublished().ifPresent(x -> out.add("published"));
    article.getModified().ifPresent(x -> out.add("modified"));
    if (!article.getContributors().isEmpty()) {
      out.add("contributors");
    }
    article.getPublisher().ifPresent(x -> out.add("publisher"));
    for (int i = 0; i < article.getMedia().size(); i++) {
      Media m = article.getMedia().get(i);
      boolean creditOnly = m.getCredit().isPresent() && m.equals(Media.builder().credit(m.getCredit().get()).build());
      if (i > 0 || !creditOnly) {
        out.add("media[" + i + "]");
      }
    }
    for (int i = 0; i < article.getTags().size(); i++) {
      Tag t = article.getTags().get(i);
      if (t.getKind().isPresent()) {
        out.add("tags[" + i + "].kind");
      }
      if (t.getScheme().isPresent()) {
        out.add("tags[" + i + "].scheme");
      }
    }
    article.getRights().ifPresent(r -> {
      if (r.getText().isEmpty() || !RightsNotices.parse(r.getText().get()).getNotice().equals(r)) {
        out.add("rights");
      }
    });
    return out;
  }

  // ---- reading helpers ------------------------------------------------------------------------

  /** {@code \r\n} when every line ends so, {@code \n} otherwise; a lone {@code \r} is text, not a line end. */
  private static String separator(String text) {
    int crlf = 0;
    int lf = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        crlf++;
        i++;
      } else if (c == '\n') {
        lf++;
      }
    }
    if (crlf > 0 && lf > 0) {
      throw new ArticleTextException(ArticleTextException.Kind.MIXED_LINE_ENDINGS, firstLineOf(text, text.indexOf("\r\n") < text.indexOf('\n')),
          "lines end both with \\r\\n and with \\n");
    }
    return crlf > 0 ? "\r\n" : "\n";
  }

  /** The first line (from 1) that ends the other way than the text's first line ending. */
  private static int firstLineOf(String text, boolean crlfFirst) {
    int line = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        boolean isCrlf = i > 0 && text.charAt(i - 1) == '\r';
        if (isCrlf != crlfFirst) {
          return line;
        }
        line++;
      }
    }
    return line;
  }

  /** Cuts at blank lines; a blank line with white space, or two in a row, is refused. */
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

  /** The block read as a notice, or null when it does not start like one. */
  private static RightsReading notice(String block, String br) {
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

  private List<Tag> tags(String line, List<Quote> quotes) {
    Set<String> people = new HashSet<>();
    for (Quote q : quotes) {
      q.getAttribution().getSource().filter(a -> a instanceof Person).map(Agent::getName).ifPresent(people::add);
    }
    String[] words = line.split(" ", -1);
    List<Tag> tags = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int taken = 0;
      Tag tag = null;
      for (int len = Math.min(longestLabelWords, words.length - i); len >= 1 && tag == null; len--) {
        Tag known = vocabulary.get(label(words, i, i + len));
        if (known != null) {
          tag = known;
          taken = len;
        }
      }
      for (int len = Math.min(4, words.length - i); len >= 2 && tag == null; len--) {
        String label = label(words, i, i + len);
        if (people.contains(label)) {
          tag = Tag.of(label, TagKind.PERSON);
          taken = len;
        }
      }
      if (tag == null) {
        int j = i + 1;
        while (j < words.length && !startsNewTag(words[j - 1], words[j]) && !startsKnown(words, j, people)) {
          j++;
        }
        tag = Tag.of(label(words, i, j));
        taken = j - i;
      }
      tags.add(tag);
      i += taken;
    }
    return tags;
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
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
  }

  private static boolean startsNewTag(String previous, String next) {
    return !previous.isEmpty() && !next.isEmpty()
        && Character.isLowerCase(previous.codePointAt(0)) && Character.isUpperCase(next.codePointAt(0));
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
