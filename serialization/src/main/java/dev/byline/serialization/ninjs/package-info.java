/**
 * IPTC ninjs ("News in JSON"), the news industry's JSON for news items:
 * {@link dev.byline.serialization.ninjs.Ninjs} writes an article as ninjs 3.1 or 2.2 and reads
 * versions 3.1, 3.0, 2.2 and 2.1, reporting what the other side has no place for instead of dropping
 * it silently. IPTC's official ninjs JSON Schemas ship in the jar for callers who check documents
 * against them.
 */
package dev.byline.serialization.ninjs;
