package dev.byline.core.validation.internal;

import dev.byline.Limits;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Turns violations into report entries — property path, JSON Pointer, stable code, message and the
 * offending value, printed safely — the same way for the validation engine's violations and the
 * fast path's findings, and caps every rule at {@link Limits#MAX_REPORTED_VIOLATIONS} entries the
 * same way ({@link Cap}).
 */
public final class Reports {
  private Reports() {}

  /** Receives the entries of a report. */
  @FunctionalInterface
  public interface Sink {
    /**
     * Receives one entry.
     *
     * @param path the property path, {@code quotes[3].location}
     * @param pointer the JSON Pointer, {@code /quotes/3/location}
     * @param code the stable code, {@code location.mismatch}
     * @param message the interpolated message
     * @param value the offending value, printed
     */
    void add(String path, String pointer, String code, String message, String value);
  }

  /**
   * Reports the violations a Bean Validation provider found, capping every rule.
   *
   * @param found the violations, in any order
   * @param messages interpolates the summaries of capped rules
   * @param sink receives the entries, in no particular order
   */
  public static void fromEngine(Iterable<? extends ConstraintViolation<?>> found, Messages messages, Sink sink) {
    Map<String, List<Item>> groups = new LinkedHashMap<>();
    for (ConstraintViolation<?> v : found) {
      Item item = new Item(v);
      if (item.indexes.length == 0) {
        item.emit(sink);
      } else {
        groups.computeIfAbsent(item.stripped + '#' + item.code, k -> new ArrayList<>()).add(item);
      }
    }
    for (List<Item> group : groups.values()) {
      if (group.size() > Limits.MAX_REPORTED_VIOLATIONS) {
        group.sort(Comparator.comparing((Item i) -> i.indexes, Arrays::compare));
      }
      int listed = Math.min(group.size(), Limits.MAX_REPORTED_VIOLATIONS);
      for (int i = 0; i < listed; i++) {
        group.get(i).emit(sink);
      }
      if (group.size() > listed) {
        Item first = group.get(listed);
        Finding summary = Cap.summary(first.code, group.size() - listed, first.indexes[0]);
        sink.add(
            first.listPath,
            first.listPointer,
            code(first.listLeaf, summary.template, first.descriptor.getAnnotation().annotationType()),
            messages.interpolate(summary.template, summary.parameters, first.descriptor, summary.shown, first.root),
            Printable.of(summary.shown));
      }
    }
  }

  /** One engine violation, with what grouping needs. */
  private static final class Item {
    final String path;
    final String pointer;
    final String code;
    final String message;
    final String shown;
    final String stripped;
    final int[] indexes;
    final String listPath;
    final String listPointer;
    final String listLeaf;
    final ConstraintDescriptor<?> descriptor;
    final Class<?> root;

    Item(ConstraintViolation<?> v) {
      StringBuilder path = new StringBuilder();
      StringBuilder pointer = new StringBuilder();
      StringBuilder stripped = new StringBuilder();
      int[] found = new int[0];
      String leaf = null;
      String lPath = null;
      String lPointer = null;
      String lLeaf = null;
      for (Path.Node node : v.getPropertyPath()) {
        Object key = node.getKey();
        if (node.getIndex() != null) {
          if (found.length == 0) {
            lPath = path.toString();
            lPointer = pointer.toString();
            lLeaf = leaf;
          }
          found = Arrays.copyOf(found, found.length + 1);
          found[found.length - 1] = node.getIndex();
          path.append('[').append(node.getIndex()).append(']');
          pointer.append('/').append(node.getIndex());
          stripped.append("[]");
        } else if (key != null) {
          path.append('[').append(key).append(']');
          pointer.append('/').append(escapePointer(String.valueOf(key)));
          stripped.append('[').append(key).append(']');
        }
        String name = node.getName();
        if (name != null && !name.startsWith("<")) {
          if (path.length() > 0) {
            path.append('.');
            stripped.append('.');
          }
          path.append(name);
          stripped.append(name);
          pointer.append('/').append(escapePointer(name));
          leaf = name;
        }
      }
      Object bean = v.getLeafBean() != null ? v.getLeafBean() : v.getRootBean();
      this.path = path.toString();
      this.pointer = pointer.toString();
      this.stripped = stripped.toString();
      this.indexes = found;
      this.listPath = lPath;
      this.listPointer = lPointer;
      this.listLeaf = lLeaf;
      this.code =
          code(leaf == null ? decapitalize(typeName(bean.getClass())) : leaf,
              v.getMessageTemplate(),
              v.getConstraintDescriptor().getAnnotation().annotationType());
      this.message = v.getMessage();
      Object payload = v.unwrap(HibernateConstraintViolation.class).getDynamicPayload(Object.class);
      this.shown = Printable.of(payload != null ? payload : v.getInvalidValue());
      this.descriptor = v.getConstraintDescriptor();
      this.root = v.getRootBeanClass();
    }

    void emit(Sink sink) {
      sink.add(path, pointer, code, message, shown);
    }
  }

  /**
   * The stable code: the property reported on, a dot, and the keyword of the message template
   * {@code {dev.byline.<keyword>}} (or else the constraint's name, decapitalised).
   *
   * @param leaf the property's name
   * @param template the message template
   * @param annotation the constraint, for templates that are not Byline's; may be {@code null} for
   *     Byline's templates
   * @return the code
   */
  static String code(String leaf, String template, Class<?> annotation) {
    String keyword =
        template.startsWith("{dev.byline.") && template.endsWith("}")
            ? template.substring("{dev.byline.".length(), template.length() - 1)
            : decapitalize(annotation.getSimpleName());
    return leaf + "." + keyword;
  }

  /**
   * The simple name of a model type, without the {@code Immutable} prefix of its implementation.
   *
   * @param type a model value's class
   * @return the name, {@code Article}
   */
  public static String typeName(Class<?> type) {
    Class<?> t = type;
    while (t.getSimpleName().startsWith("Immutable") && t.getSuperclass() != null) {
      t = t.getSuperclass();
    }
    return t.getSimpleName();
  }

  static String escapePointer(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
