package dev.byline.serialization.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.byline.Article;
import dev.byline.Media;
import dev.byline.Quote;
import dev.byline.Tag;
import dev.byline.TagKind;
import dev.byline.core.quotes.QuoteFinder;
import dev.byline.RightsNotice;
import dev.byline.fixtures.FuzzChoices;
import dev.byline.core.rights.RightsNotices;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.fixtures.ArticleFields;
import dev.byline.fixtures.ArticleGenerator;
import dev.byline.fixtures.Choices;
import dev.byline.fixtures.SeedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The plain-text layout, read and written exactly. */
class ArticleTextTest {
  static final ArticleText WITH_VOCABULARY = ArticleText.builder().tagVocabulary(SeedArticle.TAGS).build();

  @Test
  void seedReadsAsTheSeedArticleWithAKnownTagVocabulary() {
    TextReading reading = WITH_VOCABULARY.read(SeedArticle.text());

    assertThat(reading.getArticle()).isEqualTo(SeedArticle.ARTICLE);
    assertThat(reading.getLayout()).isEqualTo(TextLayout.DEFAULT);
  }

  @Test
  void seedIsWrittenBackByteForByte() {
    TextReading reading = ArticleText.standard().read(SeedArticle.text());

    String written = ArticleText.standard().write(reading.getArticle(), reading.getLayout());

    assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(SeedArticle.bytes());
  }

  @Test
  void seedTagsLineSplitsIntoItsThreeTagsWithoutHelp() {
    Article article = ArticleText.standard().read(SeedArticle.text()).getArticle();

    assertThat(article.getTags()).containsExactly(
        Tag.of("Jens Stoltenberg", TagKind.PERSON), Tag.of("Post-Soviet conflicts"), Tag.of("Russia\u2013NATO relations"));
  }

  @Test
  void seedPartsAreReadIntoTheirPlaces() {
    Article article = ArticleText.standard().read(SeedArticle.text()).getArticle();

    assertThat(article.getHeadline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(article.getMedia()).containsExactly(Media.builder().credit("Getty").build());
    assertThat(article.getParagraphs()).isEqualTo(SeedArticle.PARAGRAPHS);
    assertThat(article.getQuotes()).isEqualTo(SeedArticle.QUOTES);
    assertThat(article.getRights()).contains(SeedArticle.RIGHTS);
  }

  @Test
  void crlfTextIsReadAndWrittenBackAsRead() {
    String crlf = SeedArticle.text().replace("\n", "\r\n") + "\r\n";

    TextReading reading = WITH_VOCABULARY.read(crlf);

    assertThat(reading.getArticle()).isEqualTo(SeedArticle.ARTICLE);
    assertThat(reading.getLayout()).isEqualTo(TextLayout.of("\r\n", true, false));
    assertThat(WITH_VOCABULARY.write(reading.getArticle(), reading.getLayout())).isEqualTo(crlf);
  }

  @Test
  void byteOrderMarkIsKeptInTheLayoutNotInTheHeadline() {
    String withBom = "\uFEFF" + SeedArticle.text();

    TextReading reading = WITH_VOCABULARY.read(withBom);

    assertThat(reading.getArticle().getHeadline()).isEqualTo(SeedArticle.HEADLINE);
    assertThat(reading.getLayout().hasByteOrderMark()).isTrue();
    assertThat(WITH_VOCABULARY.write(reading.getArticle(), reading.getLayout())).isEqualTo(withBom);
  }

  @Test
  void onlyAHeadline() {
    Article article = ArticleText.standard().read("NATO meets on Monday").getArticle();

    assertThat(article).isEqualTo(Article.builder().headline("NATO meets on Monday").build());
  }

  @Test
  void shortSecondBlockIsAParagraphWhenNothingFollowsIt() {
    Article article = ArticleText.standard().read("Headline\n\nGetty").getArticle();

    assertThat(article.getMedia()).isEmpty();
    assertThat(article.getParagraphs()).containsExactly("Getty");
  }

  @Test
  void sentenceInTheSecondBlockIsNoCredit() {
    Article article = ArticleText.standard().read("Headline\n\nHe left.\n\nShe stayed.").getArticle();

    assertThat(article.getMedia()).isEmpty();
    assertThat(article.getParagraphs()).containsExactly("He left.", "She stayed.");
  }

  @Test
  void emptyTextIsADocumentedError() {
    for (String empty : new String[] {"", "   ", "\n\n", "\uFEFF"}) {
      ArticleTextException e = catchThrowableOfType(ArticleTextException.class, () -> ArticleText.standard().read(empty));
      assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.EMPTY_TEXT);
    }
  }

  @Test
  void mixedLineEndingsAreADocumentedErrorNamingTheLine() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Headline\r\n\r\nFirst.\n\nSecond."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.MIXED_LINE_ENDINGS);
    assertThat(e.getLine()).isEqualTo(3);
  }

  @Test
  void twoBlankLinesInARowAreADocumentedError() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Headline\n\n\nFirst."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.IRREGULAR_BLANK_LINES);
  }

  @Test
  void binaryJunkIsReadAsTextAndValidationIsLeftToTheValidator() {
    String junk = new String(new byte[] {0, 1, 2, (byte) 0xff, 10, 10, 'a', 0x7f}, StandardCharsets.ISO_8859_1);

    Article article = ArticleText.standard().read(junk).getArticle();

    assertThat(article.getHeadline()).isEqualTo("\u0000\u0001\u0002\u00ff");
    assertThat(article.getParagraphs()).containsExactly("a\u007f");
  }

  @Test
  void tenMegabytesAreReadWhole() {
    String big = SeedArticle.HEADLINE + ("\n\n" + SeedArticle.PARAGRAPHS.get(2)).repeat(34_000);
    assertThat(big.length()).isGreaterThan(10_000_000);

    Article article = ArticleText.standard().read(big).getArticle();

    assertThat(article.getParagraphs()).hasSize(34_000);
    assertThat(article.getQuotes()).hasSize(1 + 68_000);
  }

  @Test
  void unwrittenListsWhatTheLayoutCannotHold() {
    Article article = SeedArticle.ARTICLE.toBuilder()
        .language("en")
        .published(java.time.OffsetDateTime.parse("2022-01-10T15:30:00+01:00"))
        .build();

    // the standard reader finds Jens Stoltenberg as a person, but the two subjects come back without a kind
    assertThat(ArticleText.standard().unwritten(article))
        .containsExactly("language", "published", "tags[1].kind", "tags[2].kind");
    assertThat(WITH_VOCABULARY.unwritten(article)).containsExactly("language", "published");
  }

  @Test
  void seedComesBackEqualWithItsTagVocabulary() {
    assertThat(WITH_VOCABULARY.unwritten(SeedArticle.ARTICLE)).isEmpty();
    assertThat(WITH_VOCABULARY.read(WITH_VOCABULARY.write(SeedArticle.ARTICLE)).getArticle()).isEqualTo(SeedArticle.ARTICLE);
  }

  // ---- issue 15: what the layout now carries, and what it names ---------------------------------

  static Article headlineAndBody(String... paragraphs) {
    return Article.builder().headline("Talks resume").paragraphs(List.of(paragraphs)).build();
  }

  @Test
  void twoMultiWordTagsComeBackAsTwoTagsSeparatedByBars() {
    Article article = headlineAndBody("Body.").toBuilder().addTags(Tag.of("climate change"), Tag.of("energy")).build();

    String written = ArticleText.standard().write(article);

    assertThat(written).isEqualTo("Talks resume\n\nBody.\n\nTags climate change | energy");
    assertThat(ArticleText.standard().read(written).getArticle()).isEqualTo(article);
    assertThat(ArticleText.standard().unwritten(article)).isEmpty();
  }

  @Test
  void tagsTheReaderSplitsAgainAreSeparatedBySpacesAsInTheSeed() {
    Article article = headlineAndBody("Body.").toBuilder()
        .addTags(Tag.of("Post-Soviet conflicts"), Tag.of("Russia\u2013NATO relations")).build();

    assertThat(ArticleText.standard().write(article))
        .isEqualTo("Talks resume\n\nBody.\n\nTags Post-Soviet conflicts Russia\u2013NATO relations");
  }

  @Test
  void barSeparatedTagsLineIsKeptInTheLayoutAndWrittenBackAsRead() {
    String text = "Talks resume\n\nBody.\n\nTags Post-Soviet conflicts | NATO";

    TextReading reading = ArticleText.standard().read(text);

    assertThat(reading.getArticle().getTags()).containsExactly(Tag.of("Post-Soviet conflicts"), Tag.of("NATO"));
    assertThat(reading.getLayout().getTagSeparator()).isEqualTo(TextLayout.TagSeparator.BAR);
    assertThat(ArticleText.standard().write(reading.getArticle(), reading.getLayout())).isEqualTo(text);
  }

  @Test
  void noticeTheReaderDoesNotRecogniseComesBackAfterAnEmptyTagsLine() {
    Article article = headlineAndBody("Body.").toBuilder()
        .rights(RightsNotice.builder().text("Distributed by Tribune Content Agency.").build()).build();

    String written = ArticleText.standard().write(article);

    assertThat(written).isEqualTo("Talks resume\n\nBody.\n\nTags\n\nDistributed by Tribune Content Agency.");
    Article back = ArticleText.standard().read(written).getArticle();
    assertThat(back.getParagraphs()).containsExactly("Body.");
    assertThat(back.getRights().flatMap(RightsNotice::getText)).contains("Distributed by Tribune Content Agency.");
  }

  @Test
  void noticeOfSeveralLinesComesBackAfterTheTagsLine() {
    Article article = headlineAndBody("Body.").toBuilder().addTags(Tag.of("energy"))
        .rights(RightsNotice.builder().text("Copyright 2020 Example News.\nAll rights reserved.").build()).build();

    Article back = ArticleText.standard().read(ArticleText.standard().write(article)).getArticle();

    assertThat(back.getRights().flatMap(RightsNotice::getText)).contains("Copyright 2020 Example News.\nAll rights reserved.");
    assertThat(back.getParagraphs()).containsExactly("Body.");
  }

  @Test
  void lastParagraphThatLooksLikeANoticeStaysAParagraph() {
    Article article = headlineAndBody("Body.", "Copyright 2023 Example Media Inc. All rights reserved.");

    String written = ArticleText.standard().write(article);

    assertThat(written).endsWith("All rights reserved.\n\nTags");
    assertThat(ArticleText.standard().read(written).getArticle()).isEqualTo(article);
  }

  @Test
  void emptyTagsLineInATextIsKeptInTheLayout() {
    String text = "Talks resume\n\nBody.\n\nTags\n\n" + SeedArticle.NOTICE;

    TextReading reading = ArticleText.standard().read(text);

    assertThat(reading.getArticle().getTags()).isEmpty();
    assertThat(reading.getArticle().getRights()).contains(SeedArticle.RIGHTS);
    assertThat(reading.getLayout().hasEmptyTagsLine()).isTrue();
    assertThat(ArticleText.standard().write(reading.getArticle(), reading.getLayout())).isEqualTo(text);
  }

  @Test
  void creditThatReadsAsASentenceIsNamedWithTheParagraphs() {
    Article article = headlineAndBody("Body.").toBuilder().addMedia(Media.builder().credit("Photo by Jane Doe.").build()).build();

    // the credit comes back as the first paragraph
    assertThat(ArticleText.standard().unwritten(article)).containsExactly("paragraphs", "media");
  }

  @Test
  void paragraphThatLooksLikeACreditIsNamedWithTheMedia() {
    Article article = headlineAndBody("Getty Images", "Body.");

    // "Getty Images" comes back as the lead image's credit
    assertThat(ArticleText.standard().unwritten(article)).containsExactly("paragraphs", "media");
  }

  @Test
  void paragraphEndingInALineBreakIsWrittenReadablyAndNamed() {
    Article article = headlineAndBody("The talks resumed on Monday after a long break in Geneva.\n", "More.");

    String written = ArticleText.standard().write(article);

    assertThat(written).isEqualTo("Talks resume\n\nThe talks resumed on Monday after a long break in Geneva. \n\nMore.");
    assertThat(ArticleText.standard().read(written).getArticle().getParagraphs())
        .containsExactly("The talks resumed on Monday after a long break in Geneva. ", "More.");
    assertThat(ArticleText.standard().unwritten(article)).containsExactly("paragraphs[0]");
  }

  @Test
  void paragraphHoldingABlankLineIsWrittenAsOneBlock() {
    Article article = headlineAndBody("First half.\n\nSecond half.");

    assertThat(ArticleText.standard().write(article)).isEqualTo("Talks resume\n\nFirst half.  Second half.");
    assertThat(ArticleText.standard().unwritten(article)).containsExactly("paragraphs[0]");
  }

  @Test
  void lineBreakInsideAParagraphComesBackInEveryLayout() {
    Article article = headlineAndBody("Line one\nline two.");

    for (String br : new String[] {"\n", "\r\n", "\r"}) {
      TextLayout layout = TextLayout.of(br, true, false);
      String written = ArticleText.standard().write(article, layout);
      assertThat(written).isEqualTo("Talks resume" + br + br + "Line one" + br + "line two." + br);
      assertThat(ArticleText.standard().read(written).getArticle()).isEqualTo(article);
    }
  }

  @Test
  void headlineStartingWithAByteOrderMarkCharacterComesBack() {
    Article article = Article.builder().headline("\uFEFFTalks resume").build();

    String written = ArticleText.standard().write(article);

    assertThat(written).isEqualTo("\uFEFF\uFEFFTalks resume");
    assertThat(ArticleText.standard().read(written).getArticle()).isEqualTo(article);
  }

  @Test
  void blankHeadlineCannotBeWritten() {
    Article article = Article.builder().headline(" ").addParagraphs("Body.").build();

    assertThatIllegalArgumentException().isThrownBy(() -> ArticleText.standard().write(article))
        .withMessageContaining("blank headline");
  }

  @Test
  void quotationsTheFinderDoesNotFindAreNamed() {
    Article article = headlineAndBody("Body.").toBuilder()
        .addQuotes(Quote.builder().text("Body").attribution(dev.byline.Attribution.unknown()).build()).build();

    assertThat(ArticleText.standard().unwritten(article)).containsExactly("quotes");
  }

  @Test
  void loneCarriageReturnsEndLinesAndAreKeptInTheLayout() {
    TextReading reading = ArticleText.standard().read("Talks resume\r\rBody.\rMore.");

    assertThat(reading.getArticle().getHeadline()).isEqualTo("Talks resume");
    assertThat(reading.getArticle().getParagraphs()).containsExactly("Body.\nMore.");
    assertThat(reading.getLayout().getLineSeparator()).isEqualTo("\r");
  }

  @Test
  void loneCarriageReturnAmongLineFeedsIsAMixedLineEnding() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Talks resume\n\nBody.\rMore."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.MIXED_LINE_ENDINGS);
    assertThat(e.getLine()).isEqualTo(3);
  }

  @Test
  void lineOfWhiteSpaceInsideABlockIsText() {
    Article article = ArticleText.standard().read("Talks resume\n\nBody.\n \nMore.").getArticle();

    assertThat(article.getParagraphs()).containsExactly("Body.\n \nMore.");
  }

  @Test
  void blockOfWhiteSpaceIsIrregular() {
    ArticleTextException e = catchThrowableOfType(ArticleTextException.class,
        () -> ArticleText.standard().read("Talks resume\n\n \n\nMore."));

    assertThat(e.getKind()).isEqualTo(ArticleTextException.Kind.IRREGULAR_BLANK_LINES);
    assertThat(e.getLine()).isEqualTo(3);
  }

  // ---- properties -------------------------------------------------------------------------------

  static final int SEEDS = 1_000;

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  static final TextLayout[] LAYOUTS = {
    TextLayout.DEFAULT, TextLayout.of("\r\n", true, false), TextLayout.of("\r", false, true),
    TextLayout.DEFAULT.withTagSeparator(TextLayout.TagSeparator.BAR).withEmptyTagsLine(true)
  };

  /**
   * An edge article, or (every other seed) the part of it the layout holds: headline, lead credit,
   * paragraphs, tags without kinds, the notice as the notice reader reads its text, and the
   * quotations the finder finds — so that both outcomes of the property are exercised.
   */
  static Article input(Choices choices, boolean textShaped) {
    Article a = ArticleGenerator.edgeArticle(choices);
    assertThat(VALIDATOR.validate(a).isValid()).as("generated article is valid: %s", a).isTrue();
    if (!textShaped) {
      return a;
    }
    Article.Builder b = Article.builder().headline(a.getHeadline()).paragraphs(a.getParagraphs())
        .quotes(QuoteFinder.find(a.getHeadline(), a.getParagraphs()));
    a.getMedia().stream().findFirst().flatMap(Media::getCredit).ifPresent(c -> b.addMedia(Media.builder().credit(c).build()));
    a.getTags().forEach(t -> b.addTag(Tag.of(t.getLabel())));
    a.getRights().flatMap(RightsNotice::getText).ifPresent(t -> b.rights(RightsNotices.parse(t).getNotice()));
    return b.build();
  }

  /** Validation with a fixed clock: the generator's dates are at most in 2025. */
  static final ArticleValidator VALIDATOR =
      ArticleValidator.withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

  /** The outcome of one round trip: true when the article came back equal. */
  static boolean roundTripIsHonest(Article article, TextLayout layout) {
    String written = ArticleText.standard().write(article, layout);
    TextReading back = ArticleText.standard().read(written);
    List<String> unwritten = ArticleText.standard().unwritten(article, layout);
    List<String> differing = ArticleFields.differing(article, back.getArticle());

    assertThat(ArticleFields.unreported(differing, unwritten)).as("changed but not in unwritten() %s\n%s", unwritten, written).isEmpty();
    assertThat(ArticleFields.groundless(differing, unwritten)).as("in unwritten() but unchanged\n%s", written).isEmpty();
    assertThat(ArticleText.standard().write(back.getArticle(), back.getLayout())).as("the text read is written back as read").isEqualTo(written);
    return differing.isEmpty();
  }

  // Property: write -> read gives back an equal article or unwritten() names every difference (and only those).
  @ParameterizedTest
  @MethodSource("seeds")
  void everyDifferenceOfAWriteAndReadIsNamedInUnwritten(long seed) {
    roundTripIsHonest(input(Choices.seeded(seed), seed % 2 == 1), LAYOUTS[(int) (seed / 2 % LAYOUTS.length)]);
  }

  @FuzzTest(maxExecutions = 50_000, maxDuration = "20s")
  void everyDifferenceOfAWriteAndReadIsNamedInUnwrittenFuzzed(FuzzedDataProvider data) {
    FuzzChoices choices = new FuzzChoices(data);
    roundTripIsHonest(input(choices, choices.coin()), LAYOUTS[choices.pick(LAYOUTS.length)]);
  }

  @Test
  void seededRoundTripsComeBackEqualOrNamedAndBothHappen() {
    int[] equal = new int[2];
    int[] named = new int[2];
    for (long seed = 0; seed < SEEDS; seed++) {
      int shaped = (int) (seed % 2);
      boolean same = roundTripIsHonest(input(Choices.seeded(seed), shaped == 1), LAYOUTS[(int) (seed / 2 % LAYOUTS.length)]);
      (same ? equal : named)[shaped]++;
    }
    System.out.printf("ArticleText round trips: %d edge articles: %d equal, %d with differences named;"
        + " %d text-shaped articles: %d equal, %d with differences named%n",
        SEEDS / 2, equal[0], named[0], SEEDS / 2, equal[1], named[1]);
    assertThat(equal[1]).as("text-shaped articles that come back equal").isGreaterThan(SEEDS / 20);
    assertThat(named[0]).as("edge articles with differences").isGreaterThan(0);
  }

  static final String[] JUNK = {"", " ", "\n", "\r", "\r\n", "a\rb", "a\r\n\r\nb", "\n\nx\n\n", "Tags", "Tags x | y", "\t", "x\n"};

  /** An edge article with text properties the validator refuses: blank, carriage returns, line breaks. */
  static Article junk(Choices c) {
    Article a = ArticleGenerator.edgeArticle(c);
    Article.Builder b = a.toBuilder();
    if (c.coin()) {
      b.headline(a.getHeadline() + JUNK[c.pick(JUNK.length)] + "x");
    }
    List<String> paragraphs = new ArrayList<>(a.getParagraphs());
    for (int i = c.pick(3); i > 0; i--) {
      paragraphs.add(c.pick(paragraphs.size() + 1), JUNK[c.pick(JUNK.length)]);
    }
    b.paragraphs(paragraphs);
    if (c.coin()) {
      b.media(List.of(Media.builder().credit(JUNK[c.pick(JUNK.length)]).build()));
    }
    if (c.coin()) {
      b.tags(List.of(Tag.of(JUNK[c.pick(JUNK.length)]), Tag.of("x" + JUNK[c.pick(JUNK.length)])));
    }
    if (c.coin()) {
      b.rights(RightsNotice.builder().text(JUNK[c.pick(JUNK.length)]).build());
    }
    return b.build();
  }

  // Property: the writer writes text the reader reads for any article with a headline, valid or not.
  @ParameterizedTest
  @MethodSource("seeds")
  void articlesTheValidatorRefusesAreWrittenReadablyWithEveryDifferenceNamed(long seed) {
    roundTripIsHonest(junk(Choices.seeded(seed)), LAYOUTS[(int) (seed % LAYOUTS.length)]);
  }

  // Property: a text the reader reads is written back byte for byte.
  @FuzzTest(maxExecutions = 100_000, maxDuration = "20s")
  void arbitraryTextOnlyEverFailsWithTheDocumentedException(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    try {
      TextReading reading = ArticleText.standard().read(text);
      assertThat(ArticleText.standard().write(reading.getArticle(), reading.getLayout())).isEqualTo(text);
    } catch (ArticleTextException expected) {
      assertThat(expected.getLine()).isPositive();
    }
  }

  static Stream<String> texts() {
    List<String> texts = new ArrayList<>();
    for (long seed = 0; seed < 300; seed++) {
      Choices c = Choices.seeded(seed);
      String written = ArticleText.standard().write(input(c, false), LAYOUTS[c.pick(LAYOUTS.length)]);
      // cut, doubled and re-joined pieces of written texts
      int cut = c.pick(written.length() + 1);
      texts.add(written);
      texts.add(written.substring(0, cut));
      texts.add(written.substring(cut) + written.substring(0, cut));
    }
    return texts.stream();
  }

  @ParameterizedTest
  @MethodSource("texts")
  void textTheReaderReadsIsWrittenBackByteForByte(String text) {
    try {
      TextReading reading = ArticleText.standard().read(text);
      assertThat(ArticleText.standard().write(reading.getArticle(), reading.getLayout())).isEqualTo(text);
    } catch (ArticleTextException expected) {
      assertThat(expected.getLine()).isPositive();
    }
  }
}
