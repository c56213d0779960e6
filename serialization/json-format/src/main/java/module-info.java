/**
 * Byline's JSON format on its own, with no JSON library: the format's version and limits, its one
 * exception type, its JSON Schema, and (for the Jackson bindings only) the one reader and writer of
 * the format. Applications use it through a binding: {@code dev.byline.serialization} on Jackson 3,
 * {@code dev.byline.jackson2} on Jackson 2.
 */
@SuppressWarnings("module") // the bindings are compiled after this module
module dev.byline.json {
  requires transitive dev.byline.core;

  exports dev.byline.json;
  exports dev.byline.json.internal to
      dev.byline.serialization,
      dev.byline.jackson2;
}
