package dev.byline.json.internal;

/**
 * The property names the format's writer writes, so that a binding encodes each once (by
 * {@link #ordinal()}) instead of at every property of every document.
 */
public enum JsonProperty {
  /** The property {@code "formatVersion"}. */
  FORMAT_VERSION("formatVersion"),
  /** The property {@code "id"}. */
  ID("id"),
  /** The property {@code "url"}. */
  URL("url"),
  /** The property {@code "headline"}. */
  HEADLINE("headline"),
  /** The property {@code "subheadline"}. */
  SUBHEADLINE("subheadline"),
  /** The property {@code "language"}. */
  LANGUAGE("language"),
  /** The property {@code "section"}. */
  SECTION("section"),
  /** The property {@code "dateline"}. */
  DATELINE("dateline"),
  /** The property {@code "published"}. */
  PUBLISHED("published"),
  /** The property {@code "modified"}. */
  MODIFIED("modified"),
  /** The property {@code "contributors"}. */
  CONTRIBUTORS("contributors"),
  /** The property {@code "publisher"}. */
  PUBLISHER("publisher"),
  /** The property {@code "paragraphs"}. */
  PARAGRAPHS("paragraphs"),
  /** The property {@code "quotes"}. */
  QUOTES("quotes"),
  /** The property {@code "media"}. */
  MEDIA("media"),
  /** The property {@code "tags"}. */
  TAGS("tags"),
  /** The property {@code "rights"}. */
  RIGHTS("rights"),
  /** The property {@code "agent"}. */
  AGENT("agent"),
  /** The property {@code "role"}. */
  ROLE("role"),
  /** The property {@code "type"}. */
  TYPE("type"),
  /** The property {@code "name"}. */
  NAME("name"),
  /** The property {@code "title"}. */
  TITLE("title"),
  /** The property {@code "affiliation"}. */
  AFFILIATION("affiliation"),
  /** The property {@code "identifier"}. */
  IDENTIFIER("identifier"),
  /** The property {@code "text"}. */
  TEXT("text"),
  /** The property {@code "kind"}. */
  KIND("kind"),
  /** The property {@code "attribution"}. */
  ATTRIBUTION("attribution"),
  /** The property {@code "location"}. */
  LOCATION("location"),
  /** The property {@code "source"}. */
  SOURCE("source"),
  /** The property {@code "cue"}. */
  CUE("cue"),
  /** The property {@code "context"}. */
  CONTEXT("context"),
  /** The property {@code "paragraph"}. */
  PARAGRAPH("paragraph"),
  /** The property {@code "start"}. */
  START("start"),
  /** The property {@code "end"}. */
  END("end"),
  /** The property {@code "caption"}. */
  CAPTION("caption"),
  /** The property {@code "altText"}. */
  ALT_TEXT("altText"),
  /** The property {@code "credit"}. */
  CREDIT("credit"),
  /** The property {@code "label"}. */
  LABEL("label"),
  /** The property {@code "scheme"}. */
  SCHEME("scheme"),
  /** The property {@code "holder"}. */
  HOLDER("holder"),
  /** The property {@code "years"}. */
  YEARS("years"),
  /** The property {@code "allRightsReserved"}. */
  ALL_RIGHTS_RESERVED("allRightsReserved"),
  /** The property {@code "prohibitedUses"}. */
  PROHIBITED_USES("prohibitedUses"),
  /** The property {@code "permittedUses"}. */
  PERMITTED_USES("permittedUses"),
  /** The property {@code "license"}. */
  LICENSE("license"),
  /** The property {@code "usageTerms"}. */
  USAGE_TERMS("usageTerms");

  private final String text;

  JsonProperty(String text) {
    this.text = text;
  }

  /**
   * The name as it stands in a document.
   *
   * @return the name
   */
  public String text() {
    return text;
  }
}
