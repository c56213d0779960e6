package dev.byline;

/** The kind of a media item (schema.org {@code ImageObject} / {@code VideoObject} / {@code AudioObject}; ninjs {@code type}). */
public enum MediaKind {
  /** A photograph, graphic or illustration (ninjs type {@code image}). */
  IMAGE,
  /** A video (ninjs type {@code video}). */
  VIDEO,
  /** An audio recording (ninjs type {@code audio}). */
  AUDIO
}
