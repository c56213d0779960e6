package dev.byline.core.validation;

import dev.byline.Article;
import dev.byline.Limits;
import dev.byline.core.validation.internal.AfterReading;
import dev.byline.core.validation.internal.FastValidator;
import dev.byline.core.validation.internal.Messages;
import dev.byline.core.validation.internal.Reports;
import dev.byline.core.validation.internal.TextKinds;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates articles and their parts against every constraint of the Byline model, and reports all
 * violations at once with paths, stable codes, messages and the offending values.
 *
 * <pre>{@code
 * ValidationReport report = ArticleValidator.create().validate(article);
 * report.getViolations().forEach(System.out::println);
 * // quotes[3].location: does not cover exactly the quotation's text [location.mismatch] (was paragraph 2[1, 194))
 * }</pre>
 *
 * <p><b>One set of rules.</b> The rules are the Bean Validation constraints on the model and their
 * validators in this module. The same rules hold with any plain {@code jakarta.validation.Validator}:
 * {@code byline-core} registers its constraint validators through {@code META-INF/services}, so
 * {@code @Valid Article} in Spring, Quarkus or Jakarta REST enforces them too. This facade adds the
 * stable codes, JSON Pointers, safe value printing and a bound on the report, and checks Byline's own
 * types without the engine's generic machinery: a walk over the model calls the constraint
 * validators' own rules directly and reports exactly what Hibernate Validator would (same paths,
 * codes, messages, values and order; a test in the build compares the two on every constraint and on
 * generated articles). The walk is built from the engine's metadata for the model; if that metadata
 * is not the model's own (XML constraint mappings change it), and for any other value, the facade
 * validates through Hibernate Validator itself.
 *
 * <p><b>Cost.</b> Linear in the size of the article, at a small multiple of reading every code point
 * of its text once: each text is scanned once by each rule that reads it whole (control characters;
 * line breaks on single-line fields), each located quotation is compared in place once the part it
 * names is indexed, all unlocated quotations are looked for together in one pass over the text, tag
 * labels take one hash lookup each. A valid article allocates a few small objects per quotation, tag,
 * contributor and media item, plus an index of the paragraphs quotations point into (only for those
 * with characters beyond the Basic Multilingual Plane) and, when there are unlocated quotations, an
 * automaton of about 15 bytes per character of their distinct texts. The benchmarks in this module's
 * {@code benchmarks} profile measure it against a code-point scan and against inputs built to be
 * hostile.
 *
 * <p><b>Many violations.</b> Each rule — one constraint at one place of the model, such as "a
 * paragraph must not be blank" — is reported one by one for at most
 * {@link Limits#MAX_REPORTED_VIOLATIONS} values, the first by list index; the rest are counted in one
 * violation on the list, code {@code <list>.moreViolations} (for example
 * {@code paragraphs.moreViolations}), whose message names the code counted and the index of the first
 * value not listed. So the report, and the time and memory to build it, stay proportionate to the
 * input however broken it is. A plain validator gets the same cap from the two constraints that find
 * many violations in one value ({@code @UniqueTagLabels}, {@code @QuotesMatchText}), but reports
 * every element of a list that breaks a per-element rule; and Hibernate Validator 9.1 keeps its
 * violations in a hash set whose hash of a path ignores list indexes, so thousands of violations
 * that differ only in their index (the same blank text in every paragraph) cost it time quadratic
 * in their number. Validate untrusted articles with this facade (Byline's readers do).
 *
 * <p>Messages are interpolated with {@code {parameter}} substitution only (Hibernate Validator's
 * {@code ParameterMessageInterpolator}): no Expression Language is ever evaluated, so neither a
 * user's text nor an overridden message can run an expression, and the facade needs no EL
 * implementation on the module path.
 *
 * <p>Thread-safe and cheap to share: {@link #create()} returns one shared instance, built on first
 * use.
 */
public final class ArticleValidator {
  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::getPath)
          .thenComparing(Violation::getCode)
          .thenComparing(Violation::getMessage);

  static {
    AfterReading.install(ArticleValidator::validateRead);
  }

  private final ValidatorFactory factory;
  private final Validator validator;
  private final Messages messages;
  private final FastValidator fast;

  private ArticleValidator(Clock clock) {
    this.factory =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .clockProvider(() -> clock)
            .messageInterpolator(new ParameterMessageInterpolator())
            .constraintExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
            .customViolationExpressionLanguageFeatureLevel(ExpressionLanguageFeatureLevel.NONE)
            .buildValidatorFactory();
    this.validator = factory.getValidator();
    this.messages = new Messages(factory.getMessageInterpolator());
    this.fast = FastValidator.create(validator, messages, clock);
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
    return validateRead(value, TextKinds.ALL);
  }

  /**
   * Validates a value whose strings hold only the {@link TextKinds kinds of character} in
   * {@code kinds}, as a reader has seen them: the same report as {@link #validate}.
   */
  private ValidationReport validateRead(Object value, int kinds) {
    checkModelValue(value);
    List<Violation> violations = new ArrayList<>();
    Reports.Sink sink = (path, pointer, code, message, shown) ->
        violations.add(new Violation(path, pointer, code, message, shown));
    if (fast != null && fast.handles(value)) {
      fast.validate(value, sink, kinds);
    } else {
      Reports.fromEngine(validator.validate(value), messages, sink);
    }
    return report(violations);
  }

  /** Validates through Hibernate Validator only, as the facade does for values the walk does not know. */
  ValidationReport validateWithEngine(Object value) {
    checkModelValue(value);
    return reportOf(validator.validate(value));
  }

  /** Tells whether Byline's types are validated by the walk (the engine's metadata is the model's own). */
  boolean hasFastPath() {
    return fast != null;
  }

  /**
   * The report of violations some Bean Validation validator found, as this facade reports them
   * (codes, pointers, printed values, capped rules, order).
   */
  ValidationReport reportOf(Iterable<? extends ConstraintViolation<?>> found) {
    List<Violation> violations = new ArrayList<>();
    Reports.fromEngine(found, messages, (path, pointer, code, message, shown) ->
        violations.add(new Violation(path, pointer, code, message, shown)));
    return report(violations);
  }

  private static ValidationReport report(List<Violation> violations) {
    violations.sort(ORDER);
    return new ValidationReport(violations);
  }

  private static void checkModelValue(Object value) {
    Objects.requireNonNull(value, "value");
    if (!value.getClass().getPackageName().equals(Article.class.getPackageName())) {
      throw new IllegalArgumentException(
          "not a Byline model value (package dev.byline): " + value.getClass().getName());
    }
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
      throw new ValidationFailedException(Reports.typeName(value.getClass()), report);
    }
    return value;
  }
}
