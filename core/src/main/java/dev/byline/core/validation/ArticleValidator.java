package dev.byline.core.validation;

import dev.byline.Article;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates articles and their parts against every constraint of the Byline model, and reports all
 * violations at once with paths, stable codes, messages and the offending values.
 *
 * <pre>{@code
 * ValidationReport report = ArticleValidator.create().validate(article);
 * report.getViolations().forEach(System.out::println);
 * // quotes[3].location: does not match the quotation's text [location.mismatch] (was paragraph 2[1, 194))
 * }</pre>
 *
 * <p>A thin facade over Hibernate Validator. The same rules hold with any plain
 * {@code jakarta.validation.Validator}: {@code byline-core} registers its constraint validators through
 * {@code META-INF/services}, so {@code @Valid Article} in Spring, Quarkus or Jakarta REST enforces them
 * too. This facade adds the stable codes, JSON Pointers and safe value printing.
 *
 * <p>Messages are interpolated with {@code {parameter}} substitution only (Hibernate Validator's
 * {@code ParameterMessageInterpolator}): no Expression Language is ever evaluated, so neither a
 * user's text nor an overridden message can run an expression, and the facade needs no EL
 * implementation on the module path.
 *
 * <p>Thread-safe and cheap to share: {@link #create()} returns one shared instance, built on first
 * use. Validation cost is linear in the size of the article (the benchmark in this module's
 * {@code benchmarks} profile measures it).
 */
public final class ArticleValidator {
  private static final int MAX_VALUE_CODE_POINTS = 80;

  private final ValidatorFactory factory;
  private final Validator validator;

  private ArticleValidator(Clock clock) {
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  private static final class Shared {
    static final ArticleValidator INSTANCE = new ArticleValidator(Clock.systemDefaultZone());
  }

  /**
   * The shared validator, using the system clock for "not after next year".
   *
   * @return the shared, thread-safe validator
   */
  public static ArticleValidator create() {
    return Shared.INSTANCE;
  }

  /**
   * A validator that reads "now" from {@code clock} (for the rights years' "not after next year"
   * rule). Building one costs a few milliseconds: build it once and share it.
   *
   * @param clock the clock; not {@code null}
   * @return a new, thread-safe validator
   */
  public static ArticleValidator withClock(Clock clock) {
    return new ArticleValidator(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Validates an article, or any single Byline model value (a {@code Quote}, a
   * {@code RightsNotice}, a {@code Person}, …) with its nested values.
   *
   * @param value the value to validate; not {@code null}
   * @return the report, listing every violation
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not a Byline model value
   */
  public ValidationReport validate(Object value) {
    Objects.requireNonNull(value, "value");
    if (!value.getClass().getPackageName().equals(Article.class.getPackageName())) {
      throw new IllegalArgumentException(
          "not a Byline model value (package dev.byline): " + value.getClass().getName());
    }
    Set<ConstraintViolation<Object>> found = validator.validate(value);
    List<Violation> violations = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      violations.add(toViolation(v));
    }
    violations.sort(Comparator.comparing(Violation::getPath).thenComparing(Violation::getCode));
    return new ValidationReport(violations);
  }

  /**
   * Returns {@code value} if it is valid, and throws otherwise.
   *
   * @param <T> the value's type
   * @param value the value to validate; not {@code null}
   * @return {@code value}, unchanged
   * @throws ValidationFailedException listing every violation, if there is any
   * @throws NullPointerException if {@code value} is {@code null}
   * @throws IllegalArgumentException if {@code value} is not a Byline model value
   */
  public <T> T requireValid(T value) {
    ValidationReport report = validate(value);
    if (!report.isValid()) {
      throw new ValidationFailedException(typeName(value), report);
    }
    return value;
  }

  private static String typeName(Object value) {
    Class<?> type = value.getClass();
    while (type.getSimpleName().startsWith("Immutable") && type.getSuperclass() != null) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  private static Violation toViolation(ConstraintViolation<Object> v) {
    StringBuilder path = new StringBuilder();
    StringBuilder pointer = new StringBuilder();
    String leaf = null;
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getIndex() != null) {
        path.append('[').append(node.getIndex()).append(']');
        pointer.append('/').append(node.getIndex());
      } else if (node.getKey() != null) {
        path.append('[').append(node.getKey()).append(']');
        pointer.append('/').append(escapePointer(String.valueOf(node.getKey())));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(name);
        pointer.append('/').append(escapePointer(name));
        leaf = name;
      }
    }
    if (leaf == null) {
      leaf = decapitalize(typeName(v.getLeafBean() != null ? v.getLeafBean() : v.getRootBean()));
    }
    String template = v.getMessageTemplate();
    String keyword =
        template.startsWith("{dev.byline.") && template.endsWith("}")
            ? template.substring("{dev.byline.".length(), template.length() - 1)
            : decapitalize(
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
    Object shown = v.getInvalidValue();
    HibernateConstraintViolation<?> hv = v.unwrap(HibernateConstraintViolation.class);
    Object payload = hv.getDynamicPayload(Object.class);
    if (payload != null) {
      shown = payload;
    }
    return new Violation(
        path.toString(), pointer.toString(), leaf + "." + keyword, v.getMessage(), printable(shown));
  }

  private static String escapePointer(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String decapitalize(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  static String printable(Object value) {
    if (value == null) {
      return "null";
    }
    boolean text = value instanceof CharSequence;
    String s = text ? value.toString() : String.valueOf(value);
    StringBuilder out = new StringBuilder(text ? "\"" : "");
    int count = 0;
    int i = 0;
    while (i < s.length() && count < MAX_VALUE_CODE_POINTS) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      count++;
      if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp == '"' && text) {
        out.append("\\\"");
      } else if (cp == '\\' && text) {
        out.append("\\\\");
      } else if (Character.getType(cp) == Character.CONTROL
          || Character.getType(cp) == Character.SURROGATE
          || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    if (i < s.length()) {
      out.append("\u2026(").append(s.codePointCount(i, s.length())).append(" more)");
    }
    if (text) {
      out.append('"');
    }
    return out.toString();
  }
}
