package dev.byline.core.validation.internal;

/**
 * A place in the validated value as the fast path walks it: a chain of property names, each
 * optionally at a list index ({@code quotes[3]} then {@code attribution}). Made into a property path
 * and a JSON Pointer only when a violation is reported there.
 */
final class Where {
  static final Where ROOT = new Where(null, null, -1);

  final Where parent;
  final String name;
  final int index;

  private Where(Where parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  Where child(String property) {
    return new Where(this, property, -1);
  }

  /** This list property, at the element {@code i}. */
  Where at(int i) {
    return new Where(parent, name, i);
  }

  /** The outermost place with an index, or {@code null}. */
  Where outermostIndexed() {
    Where found = null;
    for (Where w = this; w != null; w = w.parent) {
      if (w.index >= 0) {
        found = w;
      }
    }
    return found;
  }

  String path(boolean indexes) {
    StringBuilder b = new StringBuilder();
    append(b, indexes);
    return b.toString();
  }

  private void append(StringBuilder b, boolean indexes) {
    if (parent != null) {
      parent.append(b, indexes);
    }
    if (name != null) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(name);
    }
    if (index >= 0) {
      b.append('[');
      if (indexes) {
        b.append(index);
      }
      b.append(']');
    }
  }

  String pointer() {
    StringBuilder b = new StringBuilder();
    appendPointer(b);
    return b.toString();
  }

  private void appendPointer(StringBuilder b) {
    if (parent != null) {
      parent.appendPointer(b);
    }
    if (name != null) {
      b.append('/').append(Reports.escapePointer(name));
    }
    if (index >= 0) {
      b.append('/').append(index);
    }
  }

  /** The last property name, or {@code null} at the root. */
  String leaf() {
    for (Where w = this; w != null; w = w.parent) {
      if (w.name != null) {
        return w.name;
      }
    }
    return null;
  }
}
