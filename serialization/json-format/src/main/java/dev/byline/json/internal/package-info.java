/**
 * The format's one reader and writer, written against two small token interfaces that each Jackson
 * binding adapts its parser and generator to. Exported to the bindings only; not an API.
 */
package dev.byline.json.internal;
