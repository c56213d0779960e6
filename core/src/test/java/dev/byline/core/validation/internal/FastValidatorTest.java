package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Tag;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.junit.jupiter.api.Test;

/**
 * The walk is built only when the engine's constraints on the model are exactly the ones it
 * checks; a mapping that adds one (as XML or programmatic mappings can) leaves the engine in
 * charge.
 */
class FastValidatorTest {
  @Test
  void theModelAsDeclaredGetsTheWalk() {
    try (ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure().buildValidatorFactory()) {
      Messages messages = new Messages(factory.getMessageInterpolator());

      assertThat(FastValidator.create(factory.getValidator(), messages, Clock.systemUTC())).isNotNull();
    }
  }

  @Test
  void aConstraintMappedOntoTheModelLeavesTheEngineInCharge() {
    HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping mapping = config.createConstraintMapping();
    mapping.type(Tag.class).getter("label").constraint(new PatternDef().regexp("[a-z ]+"));
    try (ValidatorFactory factory = config.addMapping(mapping).buildValidatorFactory()) {
      Messages messages = new Messages(factory.getMessageInterpolator());

      assertThat(FastValidator.create(factory.getValidator(), messages, Clock.systemUTC())).isNull();
    }
  }
}
