package dev.byline.serialization.ninjs;

import java.util.List;

/**
 * A JSON Schema validator, supplied by the caller, that {@link Ninjs#read(String, NinjsSchemaCheck)}
 * runs against IPTC's official ninjs schema before importing. Byline ships the schemas
 * ({@link Ninjs#schema(NinjsVersion)}, {@link Ninjs#geoJsonSchema()}) but no validator, so that it
 * does not tie its users to one; any 2020-12 validator fits, for example:
 *
 * <pre>{@code
 * NinjsSchemaCheck check = (json, version) -> {
 *   Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
 *           b -> b.schemas(Map.of(Ninjs.GEOJSON_SCHEMA_URI, Ninjs.geoJsonSchema())))
 *       .getSchema(Ninjs.schema(version), InputFormat.JSON);   // networknt json-schema-validator
 *   return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
 * };
 * }</pre>
 */
@FunctionalInterface
public interface NinjsSchemaCheck {
  /**
   * Validates a document against the official schema of {@code version}.
   *
   * @param json the ninjs document
   * @param version {@link NinjsVersion#V3_1} or {@link NinjsVersion#V2_2}: the schema to use
   * @return what is wrong, one message each; empty when the document conforms
   */
  List<String> problems(String json, NinjsVersion version);
}
