package dev.byline;

import dev.byline.constraints.ChronologicalDates;
import dev.byline.constraints.IdentifierUri;
import dev.byline.constraints.LanguageTag;
import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.QuotesMatchText;
import dev.byline.constraints.Rfc3339Timestamp;
import dev.byline.constraints.SingleLine;
import dev.byline.constraints.UniqueTagLabels;
import dev.byline.constraints.WebUri;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A news article as data: headline, body paragraphs, the quotations in them and who said them, the
 * byline, media with credit lines, tags and the rights notice. schema.org {@code NewsArticle}; an
 * IPTC ninjs 3.1 item of type {@code text}.
 *
 * <p>Build one with {@link #builder()}; only the headline is required:
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .headline("Secretary general: NATO willing to listen to Russia")
 *     .addParagraph("NATO Secretary-General Jens Stoltenberg on Monday said …")
 *     .addTag(Tag.of("Jens Stoltenberg", TagKind.PERSON))
 *     .build();
 * }</pre>
 *
 * <p>Text is kept exactly as given: nothing is trimmed, normalised or re-encoded. Quotation
 * locations count code points in the headline or a paragraph (see {@link TextLocation}).
 *
 * <p>Immutable and thread-safe; two articles are equal when all their properties are equal
 * (timestamps compare with {@link OffsetDateTime#equals(Object)}, so the same instant at another
 * offset is a different value).
 *
 * <p><b>Validation.</b> Building checks structure only; the content rules declared on these getters
 * (a headline on one line, quotations that stand in the text, dates in order, …) are checked by
 * {@code ArticleValidator} in {@code byline-core} ({@code
 * dev.byline.core.validation.ArticleValidator}), which reports every violation at once with a path,
 * a JSON Pointer and a stable code — or by any plain Jakarta Bean Validation validator once
 * {@code byline-core} is on the class path or module path.
 *
 * <p><b>JSON and other formats.</b> {@code ArticleJson} in {@code byline-serialization} ({@code
 * dev.byline.serialization.json.ArticleJson}) reads and writes an article in Byline's lossless JSON
 * format; the same module reads and writes the plain-text layout of wire copy ({@code ArticleText}),
 * IPTC ninjs ({@code Ninjs}) and schema.org JSON-LD ({@code SchemaOrg}).
 */
@Value.Immutable
@QuotesMatchText
@ChronologicalDates
public abstract class Article {
  Article() {}

  /**
   * A stable identifier of the article: a URN such as {@code urn:uuid:…} or an absolute
   * {@code http(s)} URI (ninjs {@code uri}, schema.org {@code @id}).
   *
   * @return the identifier, if assigned
   */
  public abstract Optional<@IdentifierUri URI> getId();

  /**
   * The canonical web address of the article (schema.org {@code url}).
   *
   * @return the URL, if published on the web
   */
  public abstract Optional<@WebUri URI> getUrl();

  /**
   * The headline, one line (schema.org {@code headline}, ninjs {@code headlines[role=main]}).
   *
   * @return the headline; validation requires it not blank, one line, at most
   *     {@value Limits#HEADLINE_MAX_LENGTH} chars
   */
  @NotBlankText
  @SingleLine
  @NoControlCharacters
  @Size(max = Limits.HEADLINE_MAX_LENGTH, message = "{dev.byline.tooLong}")
  public abstract String getHeadline();

  /**
   * The subheadline or dek (schema.org {@code alternativeHeadline}, ninjs
   * {@code headlines[role=sub]}).
   *
   * @return the subheadline, if any
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.HEADLINE_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getSubheadline();

  /**
   * The language of the text as a BCP 47 tag such as {@code en} or {@code en-GB} (schema.org
   * {@code inLanguage}, ninjs {@code language}).
   *
   * @return the language tag, if known
   */
  public abstract Optional<@LanguageTag String> getLanguage();

  /**
   * The section of the publication: "World", "Politics" (schema.org {@code articleSection}).
   *
   * @return the section, if any
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getSection();

  /**
   * The dateline, where and when the story was filed: "BRUSSELS, Jan 10" (schema.org
   * {@code dateline}, ninjs {@code located}).
   *
   * @return the dateline, if any
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getDateline();

  /**
   * When the article was first published, with the publisher's UTC offset (schema.org
   * {@code datePublished}, ninjs {@code firstCreated}).
   *
   * <p>Validation requires a timestamp RFC 3339 can write: a year from 0000 to 9999 and a UTC offset in
   * whole minutes.
   *
   * @return the publication time, if known
   */
  public abstract Optional<@Rfc3339Timestamp OffsetDateTime> getPublished();

  /**
   * When the article was last changed, with the publisher's UTC offset (schema.org
   * {@code dateModified}, ninjs {@code versionCreated}). Validation requires it not before
   * {@link #getPublished()}, and, as there, a timestamp RFC 3339 can write.
   *
   * @return the modification time, if known
   */
  public abstract Optional<@Rfc3339Timestamp OffsetDateTime> getModified();

  /**
   * The byline: who wrote, edited or photographed the article, in order (schema.org
   * {@code author} / {@code contributor}, ninjs {@code by}).
   *
   * @return an unmodifiable list, empty when no one is credited
   */
  @Size(max = Limits.MAX_ITEMS, message = "{dev.byline.tooMany}")
  public abstract List<@Valid Contributor> getContributors();

  /**
   * The organisation that publishes the article (schema.org {@code publisher}).
   *
   * @return the publisher, if known
   */
  public abstract Optional<@Valid Organization> getPublisher();

  /**
   * The body, paragraph by paragraph, as plain text (schema.org {@code articleBody}, ninjs
   * {@code bodies[contentType=text/plain]}).
   *
   * @return an unmodifiable list of paragraphs, empty for a headline-only item
   */
  @Size(max = Limits.MAX_PARAGRAPHS, message = "{dev.byline.tooMany}")
  public abstract List<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.PARAGRAPH_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getParagraphs();

  /**
   * The quotations in the headline and body, in reading order (schema.org {@code Quotation} items).
   *
   * @return an unmodifiable list, empty when none is recorded
   */
  @Size(max = Limits.MAX_QUOTES, message = "{dev.byline.tooMany}")
  public abstract List<@Valid Quote> getQuotes();

  /**
   * Pictures, video and audio, the lead item first (schema.org {@code image} / {@code video},
   * ninjs {@code associations}).
   *
   * @return an unmodifiable list, empty when there are none
   */
  @Size(max = Limits.MAX_ITEMS, message = "{dev.byline.tooMany}")
  public abstract List<@Valid Media> getMedia();

  /**
   * Subjects, people, organisations, places and events the article is about (schema.org
   * {@code keywords} / {@code about}, ninjs {@code subjects} etc.). Labels are unique.
   *
   * @return an unmodifiable list, empty when untagged
   */
  @UniqueTagLabels
  @Size(max = Limits.MAX_ITEMS, message = "{dev.byline.tooMany}")
  public abstract List<@Valid Tag> getTags();

  /**
   * The rights notice of the article's text.
   *
   * @return the notice, if the article carries one
   */
  public abstract Optional<@Valid RightsNotice> getRights();

  /**
   * The body as one text, paragraphs separated by a blank line ({@code "\n\n"}), as schema.org
   * {@code articleBody} carries it.
   *
   * @return the body text, empty for no paragraphs
   */
  public final String getBodyText() {
    return String.join("\n\n", getParagraphs());
  }

  /**
   * Answers "may I do this with the article?" from its rights notice; with no notice the answer is
   * {@link Permission#ASK}, because no notice means unknown, not free.
   *
   * @param use the intended use; not {@code null}
   * @return the answer
   * @see RightsNotice#permission(Use)
   */
  public final Permission permission(Use use) {
    Objects.requireNonNull(use, "use");
    return getRights().map(r -> r.permission(use)).orElse(Permission.ASK);
  }

  /**
   * Starts a builder for an article. Only {@code headline} is required.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this article's properties, to make a changed copy.
   *
   * @return a new builder holding this article's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link Article} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property, collection setters copy what they are given,
   * and {@link #build()} throws {@link IllegalStateException} when the headline is missing.
   */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
