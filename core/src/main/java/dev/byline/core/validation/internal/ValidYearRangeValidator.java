package dev.byline.core.validation.internal;

import dev.byline.Limits;
import dev.byline.YearRange;
import dev.byline.constraints.ValidYearRange;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Year;

/**
 * Validates {@link ValidYearRange}: ordered, not before {@link Limits#EARLIEST_YEAR}, not after next
 * year by the validator's {@link jakarta.validation.ClockProvider}.
 */
public final class ValidYearRangeValidator implements ConstraintValidator<ValidYearRange, YearRange> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ValidYearRangeValidator() {}

  @Override
  public boolean isValid(YearRange value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean ok = true;
    if (value.getStart() > value.getEnd()) {
      ok = report(context, "{dev.byline.beforeStart}", "end", value.getEnd(), "start", value.getStart());
    }
    if (value.getStart() < Limits.EARLIEST_YEAR) {
      ok = report(context, "{dev.byline.tooEarly}", "start", value.getStart(), "earliest", Limits.EARLIEST_YEAR);
    }
    int nextYear = Year.now(context.getClockProvider().getClock()).getValue() + 1;
    if (value.getEnd() > nextYear) {
      ok = report(context, "{dev.byline.inFuture}", "end", value.getEnd(), "latest", nextYear);
    }
    return ok;
  }

  private static boolean report(
      ConstraintValidatorContext context, String template, String node, int year, String param, int bound) {
    Violations.start(context, year)
        .addMessageParameter(param, bound)
        .buildConstraintViolationWithTemplate(template)
        .addPropertyNode(node)
        .addConstraintViolation();
    return false;
  }
}
