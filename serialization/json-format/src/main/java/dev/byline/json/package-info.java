/**
 * Byline's JSON format without a JSON library: {@link dev.byline.json.JsonFormat} (the version and
 * the JSON Schema), {@link dev.byline.json.JsonLimits}, the one exception type
 * {@link dev.byline.json.ArticleJsonException}, {@link dev.byline.json.IgnoredProperty} for lenient
 * reading, and the settings both facades share ({@link dev.byline.json.ArticleJsonBuilder}).
 */
package dev.byline.json;
