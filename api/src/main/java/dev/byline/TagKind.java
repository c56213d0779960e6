package dev.byline;

/**
 * What a tag names, which decides where it goes in ninjs ({@code subjects}, {@code people},
 * {@code organisations}, {@code places}, {@code events}) and in schema.org ({@code about},
 * {@code mentions}, {@code keywords}).
 */
public enum TagKind {
  /** A topic: "Post-Soviet conflicts" (ninjs {@code subjects}). */
  SUBJECT,
  /** A person: "Jens Stoltenberg" (ninjs {@code people}). */
  PERSON,
  /** An organisation: "NATO" (ninjs {@code organisations}). */
  ORGANISATION,
  /** A place: "Ukraine" (ninjs {@code places}). */
  PLACE,
  /** An event: "2022 NATO summit" (ninjs {@code events}). */
  EVENT
}
