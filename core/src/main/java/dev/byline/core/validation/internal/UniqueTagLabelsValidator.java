package dev.byline.core.validation.internal;

import dev.byline.Tag;
import dev.byline.constraints.UniqueTagLabels;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates {@link UniqueTagLabels}: labels compared exactly; every later duplicate is reported at
 * {@code tags[i].label}.
 */
public final class UniqueTagLabelsValidator implements ConstraintValidator<UniqueTagLabels, List<Tag>> {
  /** Creates the validator (called by the Bean Validation provider). */
  public UniqueTagLabelsValidator() {}

  @Override
  public boolean isValid(List<Tag> value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Map<String, Integer> first = new HashMap<>();
    boolean ok = true;
    for (int i = 0; i < value.size(); i++) {
      String label = value.get(i).getLabel();
      Integer earlier = first.putIfAbsent(label, i);
      if (earlier != null) {
        if (ok) {
          context.disableDefaultConstraintViolation();
        }
        ok = false;
        Violations.start(context, label)
            .addMessageParameter("first", earlier)
            .buildConstraintViolationWithTemplate("{dev.byline.duplicate}")
            .addPropertyNode("label")
            .inIterable()
            .atIndex(i)
            .addConstraintViolation();
      }
    }
    return ok;
  }
}
