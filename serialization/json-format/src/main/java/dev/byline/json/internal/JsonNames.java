package dev.byline.json.internal;

import dev.byline.ContributorRole;
import dev.byline.MediaKind;
import dev.byline.QuoteKind;
import dev.byline.TagKind;
import dev.byline.Use;

/** The format's words, in one place for the reader and the writer. */
final class JsonNames {
  static final Words<QuoteKind> QUOTE_KINDS = new Words<>(QuoteKind.class);
  static final Words<ContributorRole> ROLES = new Words<>(ContributorRole.class);
  static final Words<MediaKind> MEDIA_KINDS = new Words<>(MediaKind.class);
  static final Words<TagKind> TAG_KINDS = new Words<>(TagKind.class);
  static final Words<Use> USES = new Words<>(Use.class);

  static final String PERSON = "person";
  static final String ORGANIZATION = "organization";

  private JsonNames() {}
}
