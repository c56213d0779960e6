/**
 * Byline's own JSON format on Jackson 3: the lossless form in which articles travel between
 * systems, with a JSON Schema. {@link dev.byline.serialization.json.ArticleJson} reads and writes it
 * strictly — an error names its kind, its JSON Pointer, line and column — and validates what it
 * reads; {@code BylineJsonModule} brings the same format into an application's own
 * {@code JsonMapper}. The format and its schema are described in the module's README; the schema
 * ships in the jar ({@code dev.byline.json.JsonFormat.schema()} reads it, on the class path and the module path).
 */
package dev.byline.serialization.json;
