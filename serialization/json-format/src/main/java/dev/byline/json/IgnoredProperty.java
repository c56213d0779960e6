package dev.byline.json;

import java.util.Objects;

/**
 * A property that a lenient reader skipped because the format does not define it, reported so that
 * nothing is dropped silently.
 *
 * <p>Immutable and thread-safe.
 */
public final class IgnoredProperty {
  private final String pointer;
  private final int line;
  private final int column;

  /**
   * Creates the report of one skipped property; Byline's readers do, applications have no need to.
   *
   * @param pointer the JSON Pointer of the property; not {@code null}
   * @param line the line of its name, from 1
   * @param column the column of its name, from 1
   */
  public IgnoredProperty(String pointer, int line, int column) {
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.line = line;
    this.column = column;
  }

  /**
   * The JSON Pointer of the skipped property, for example {@code /quotes/0/speakerId}.
   *
   * @return the pointer
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The line of the property's name (from 1).
   *
   * @return the line
   */
  public int getLine() {
    return line;
  }

  /**
   * The column of the property's name (from 1).
   *
   * @return the column
   */
  public int getColumn() {
    return column;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IgnoredProperty p && pointer.equals(p.pointer) && line == p.line && column == p.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, line, column);
  }

  /**
   * Returns {@code pointer (line l, column c)}.
   *
   * @return a description for people
   */
  @Override
  public String toString() {
    return pointer + " (line " + line + ", column " + column + ")";
  }
}
