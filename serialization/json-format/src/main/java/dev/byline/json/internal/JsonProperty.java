package dev.byline.json.internal;

/**
 * The property names the format's writer writes, so that a binding encodes each once (by
 * {@link #ordinal()}) instead of at every property of every document.
 */
public enum JsonProperty {
  FORMAT_VERSION("formatVersion"),
  ID("id"),
  URL("url"),
  HEADLINE("headline"),
  SUBHEADLINE("subheadline"),
  LANGUAGE("language"),
  SECTION("section"),
  DATELINE("dateline"),
  PUBLISHED("published"),
  MODIFIED("modified"),
  CONTRIBUTORS("contributors"),
  PUBLISHER("publisher"),
  PARAGRAPHS("paragraphs"),
  QUOTES("quotes"),
  MEDIA("media"),
  TAGS("tags"),
  RIGHTS("rights"),
  AGENT("agent"),
  ROLE("role"),
  TYPE("type"),
  NAME("name"),
  TITLE("title"),
  AFFILIATION("affiliation"),
  IDENTIFIER("identifier"),
  TEXT("text"),
  KIND("kind"),
  ATTRIBUTION("attribution"),
  LOCATION("location"),
  SOURCE("source"),
  CUE("cue"),
  CONTEXT("context"),
  PARAGRAPH("paragraph"),
  START("start"),
  END("end"),
  CAPTION("caption"),
  ALT_TEXT("altText"),
  CREDIT("credit"),
  LABEL("label"),
  SCHEME("scheme"),
  HOLDER("holder"),
  YEARS("years"),
  ALL_RIGHTS_RESERVED("allRightsReserved"),
  PROHIBITED_USES("prohibitedUses"),
  PERMITTED_USES("permittedUses"),
  LICENSE("license"),
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
