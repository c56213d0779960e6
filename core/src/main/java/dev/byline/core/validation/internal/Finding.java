package dev.byline.core.validation.internal;

import java.util.Arrays;

/**
 * One violation a Byline rule found, before anyone reports it: the fixed message template, its
 * named parameters, the offending value to show, and where below the validated value it lies.
 *
 * <p>The rules ({@link TextRules}, {@link UriRules}, {@link TagLabels}, {@link QuotesInText}, …)
 * return findings; Hibernate Validator's constraint validators turn them into custom violations
 * ({@link Violations#report}) and {@link FastValidator} into report entries, so both see exactly
 * the same violations. A finding is only made when something is wrong: valid values cost nothing
 * here.
 *
 * <p>The place is relative to the validated value: nothing (the value itself), a property
 * {@code leaf} ({@code end}), an element {@code leaf} of the validated list at {@code index}
 * ({@code [3].label}), or a property {@code container} of the validated bean with, optionally, an
 * element {@code leaf} at {@code index} ({@code quotes[3].location}).
 */
final class Finding {
  private static final Object[] NONE = {};

  final String template;
  /** The message parameters: name, value, name, value, … in the order they were added. */
  final Object[] parameters;
  final Object shown;
  final String container;
  final String leaf;
  final int index;

  private Finding(
      String template, Object[] parameters, Object shown, String container, String leaf, int index) {
    this.template = template;
    this.parameters = parameters;
    this.shown = shown;
    this.container = container;
    this.leaf = leaf;
    this.index = index;
  }

  /**
   * A finding about the validated value itself.
   *
   * @param template the message template, {@code {dev.byline.<keyword>}}
   * @param shown the offending value
   * @return the finding
   */
  static Finding of(String template, Object shown) {
    return new Finding(template, NONE, shown, null, null, -1);
  }

  /**
   * Adds a message parameter.
   *
   * <p>A number is kept as it is; any other value is kept as its text with Bean Validation's special
   * characters (backslash, braces and dollar sign) escaped by a backslash, so that the interpolator,
   * which removes those backslashes again, inserts the text exactly: on every Hibernate Validator
   * from 8.0 on (Spring Boot 3.5 and 4.0 bring 8.0 and 9.0, which lack 9.1's
   * {@code MessageParameterEscaping}), in {@link dev.byline.core.validation.ArticleValidator} and in
   * a plain validator alike.
   *
   * @param name the parameter's name in the template
   * @param value its value, inserted literally
   * @return a finding with the parameter
   */
  Finding with(String name, Object value) {
    Object[] p = Arrays.copyOf(parameters, parameters.length + 2);
    p[parameters.length] = name;
    p[parameters.length + 1] = value instanceof Number ? value : escaped(String.valueOf(value));
    return new Finding(template, p, shown, container, leaf, index);
  }

  /** {@code text} with a backslash before each backslash, brace and dollar sign. */
  static String escaped(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append('\\');
      }
      if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Places the finding on a property of the validated bean.
   *
   * @param property the property's name
   * @return the placed finding
   */
  Finding at(String property) {
    return new Finding(template, parameters, shown, container, property, -1);
  }

  /**
   * Places the finding on a property of the element at {@code index} of the validated list.
   *
   * @param index the element's index
   * @param property the element's property
   * @return the placed finding
   */
  Finding atElement(int index, String property) {
    return new Finding(template, parameters, shown, container, property, index);
  }

  /**
   * Places the finding below a list property of the validated bean.
   *
   * @param list the list property's name
   * @return the placed finding
   */
  Finding in(String list) {
    return new Finding(template, parameters, shown, list, leaf, index);
  }
}
