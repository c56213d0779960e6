package dev.byline.core.validation.internal;

import dev.byline.CreativeCommonsLicense;
import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.constraints.ConsistentRights;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.Set;

/**
 * Validates {@link ConsistentRights}: no use both permitted and prohibited (reported on
 * {@code prohibitedUses}); "all rights reserved" together with a Creative Commons licence (reported on
 * {@code license}).
 */
public final class ConsistentRightsValidator
    implements ConstraintValidator<ConsistentRights, RightsNotice> {
  /** Creates the validator (called by the Bean Validation provider). */
  public ConsistentRightsValidator() {}

  @Override
  public boolean isValid(RightsNotice value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    boolean ok = true;
    Set<Use> both = EnumSet.noneOf(Use.class);
    both.addAll(value.getProhibitedUses());
    both.retainAll(value.getPermittedUses());
    if (!both.isEmpty()) {
      ok = false;
      Violations.start(context, both)
          .addMessageParameter("uses", both.toString())
          .buildConstraintViolationWithTemplate("{dev.byline.alsoPermitted}")
          .addPropertyNode("prohibitedUses")
          .addConstraintViolation();
    }
    if (value.isAllRightsReserved() && value.getCreativeCommonsLicense().isPresent()) {
      ok = false;
      CreativeCommonsLicense licence = value.getCreativeCommonsLicense().get();
      Violations.start(context, value.getLicense().get())
          .addMessageParameter("licence", licence.name())
          .buildConstraintViolationWithTemplate("{dev.byline.contradictsAllRightsReserved}")
          .addPropertyNode("license")
          .addConstraintViolation();
    }
    return ok;
  }
}
