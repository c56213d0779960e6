package dev.byline.core.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates messages for violations the fast path finds, exactly as Hibernate Validator does for
 * the same violation: the validator factory's own interpolator (so a user's
 * {@code ValidationMessages.properties} overrides apply), message parameters as {@link Finding}
 * escaped them (so that they are inserted literally), the constraint's attributes
 * ({@code {max}}) from its descriptor, and no Expression Language.
 */
public final class Messages {
  private final MessageInterpolator interpolator;

  /**
   * Wraps the interpolator of the validator factory that the engine uses.
   *
   * @param interpolator the factory's interpolator, configured with no Expression Language
   */
  public Messages(MessageInterpolator interpolator) {
    this.interpolator = interpolator;
  }

  /**
   * Interpolates a message.
   *
   * @param template the message template
   * @param parameters the message parameters: name, value, name, value, … (values escaped by {@link Finding})
   * @param descriptor the constraint, for its attributes
   * @param value the validated value
   * @param root the class of the validated root value
   * @return the message
   */
  String interpolate(
      String template, Object[] parameters, ConstraintDescriptor<?> descriptor, Object value, Class<?> root) {
    Map<String, Object> escaped; // by Finding
    if (parameters.length == 0) {
      escaped = Collections.emptyMap();
    } else {
      escaped = new HashMap<>();
      for (int i = 0; i < parameters.length; i += 2) {
        escaped.put((String) parameters[i], parameters[i + 1]);
      }
    }
    return interpolator.interpolate(template, new Context(descriptor, value, root, escaped));
  }

  /** What the interpolator may ask about the violation. */
  private static final class Context implements HibernateMessageInterpolatorContext {
    private final ConstraintDescriptor<?> descriptor;
    private final Object value;
    private final Class<?> root;
    private final Map<String, Object> parameters;

    Context(ConstraintDescriptor<?> descriptor, Object value, Class<?> root, Map<String, Object> parameters) {
      this.descriptor = descriptor;
      this.value = value;
      this.root = root;
      this.parameters = parameters;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return descriptor;
    }

    @Override
    public Object getValidatedValue() {
      return value;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      if (type.isInstance(this)) {
        return type.cast(this);
      }
      throw new ValidationException("cannot unwrap the interpolation context to " + type.getName());
    }

    @Override
    public Class<?> getRootBeanType() {
      return root;
    }

    @Override
    public Map<String, Object> getMessageParameters() {
      return parameters;
    }

    @Override
    public Map<String, Object> getExpressionVariables() {
      return Collections.emptyMap();
    }

    /**
     * Not known here; the parameter interpolator Byline configures does not ask for it.
     *
     * @return {@code null}
     */
    @Override
    public Path getPropertyPath() {
      return null;
    }

    @Override
    public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
      return ExpressionLanguageFeatureLevel.NONE;
    }
  }
}
