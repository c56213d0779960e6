/**
 * schema.org JSON-LD, the markup publishers embed in their pages:
 * {@link dev.byline.serialization.schemaorg.SchemaOrg} writes an article as a {@code NewsArticle}
 * (with its quotations as {@code Quotation} parts) and reads the JSON-LD found in real pages back
 * into an article, noting what it decoded, assumed or left out.
 */
package dev.byline.serialization.schemaorg;
