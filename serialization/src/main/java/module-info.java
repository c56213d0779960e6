/**
 * Formats for Byline articles: Byline's own lossless JSON on Jackson 3 (with a Jackson module and a
 * ready facade), the plain-text layout of wire copy, and interchange with the news industry's
 * formats (IPTC ninjs; schema.org JSON-LD, imported from a block or a whole news page, with jsoup as
 * the HTML parser).
 */
module dev.byline.serialization {
  requires transitive dev.byline.core;
  requires transitive dev.byline.json;
  requires transitive tools.jackson.databind;
  requires org.jsoup;

  exports dev.byline.serialization.json;
  exports dev.byline.serialization.text;
  exports dev.byline.serialization.ninjs;
  exports dev.byline.serialization.schemaorg;
}
