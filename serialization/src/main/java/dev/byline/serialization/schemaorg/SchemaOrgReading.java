package dev.byline.serialization.schemaorg;

import dev.byline.Article;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article imported from schema.org JSON-LD or from a news page, with notes on everything the
 * import did beyond copying a value, and the source of each field.
 *
 * <p>The article passes {@link dev.byline.core.validation.ArticleValidator}: whatever would have
 * made it invalid was left out, and each such value has a {@link SchemaOrgNote.Kind#LEFT_OUT} note.
 * Every value of the input that the article does not carry has a note too, so nothing is dropped
 * silently.
 *
 * <p>Immutable and thread-safe.
 */
public final class SchemaOrgReading {
  private final Article article;
  private final List<SchemaOrgNote> notes;
  private final Map<String, FieldSource> sources;

  SchemaOrgReading(Article article, List<SchemaOrgNote> notes, Map<String, FieldSource> sources) {
    this.article = Objects.requireNonNull(article, "article");
    this.notes = List.copyOf(notes);
    this.sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
  }

  /**
   * The article, valid by Byline's rules.
   *
   * @return the article
   */
  public Article getArticle() {
    return article;
  }

  /**
   * What the import did beyond copying, in the order it happened: text changed by the HTML-to-text
   * rule, values read under an assumption, values left out and why, input properties the model has
   * no place for, and remarks on the JSON itself.
   *
   * @return an unmodifiable list
   */
  public List<SchemaOrgNote> getNotes() {
    return notes;
  }

  /**
   * The notes of one kind.
   *
   * @param kind the kind; not {@code null}
   * @return an unmodifiable list, in the order of {@link #getNotes()}
   */
  public List<SchemaOrgNote> getNotes(SchemaOrgNote.Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return notes.stream().filter(n -> n.getKind() == kind).toList();
  }

  /**
   * Which part of the input gave each field the article has, keyed by the field's name in Byline's
   * JSON format: {@code headline}, {@code subheadline}, {@code id}, {@code url}, {@code language},
   * {@code section}, {@code dateline}, {@code published}, {@code modified}, {@code contributors},
   * {@code publisher}, {@code paragraphs}, {@code tags}, {@code media}, {@code rights}. A field the
   * article does not have is absent. A block read on its own gives every field from
   * {@link FieldSource#JSON_LD}.
   *
   * @return an unmodifiable map, in the order of the fields above
   */
  public Map<String, FieldSource> getSources() {
    return sources;
  }
}
