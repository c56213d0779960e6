package dev.byline.serialization.schemaorg;

import java.util.ArrayList;
import java.util.List;

/** The notes of one import, in order. */
final class Notes {
  final List<SchemaOrgNote> list = new ArrayList<>();

  void add(SchemaOrgNote.Kind kind, String where, String value, String message) {
    list.add(new SchemaOrgNote(kind, where, value, message));
  }
}
