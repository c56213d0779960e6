package dev.byline.core.rights;

/** A kind of statement the notice reader recognises in a rights notice. */
public enum NoticePart {
  /**
   * A copyright statement: "©", "(c)", "Copyright" with a holder and/or years; or, in a notice whose
   * statements name nobody, the words that name the holder: "is the property of Chicago Mercantile
   * Exchange Inc.", "Operated by TOPICSEED LIMITED".
   */
  COPYRIGHT,
  /** "All rights reserved", in English or another language. */
  ALL_RIGHTS_RESERVED,
  /** A statement that forbids uses: "This material may not be published, broadcast, …". */
  PROHIBITION,
  /** A Creative Commons licence, by name or by URL. */
  LICENSE
}
