import dev.byline.core.validation.internal.ChronologicalDatesValidator;
import dev.byline.core.validation.internal.ConsistentRightsValidator;
import dev.byline.core.validation.internal.IdentifierUriValidator;
import dev.byline.core.validation.internal.LanguageTagValidator;
import dev.byline.core.validation.internal.NoControlCharactersValidator;
import dev.byline.core.validation.internal.NotBlankTextValidator;
import dev.byline.core.validation.internal.QuotesMatchTextValidator;
import dev.byline.core.validation.internal.Rfc3339TimestampValidator;
import dev.byline.core.validation.internal.SingleLineValidator;
import dev.byline.core.validation.internal.UniqueTagLabelsValidator;
import dev.byline.core.validation.internal.ValidTextSpanValidator;
import dev.byline.core.validation.internal.ValidYearRangeValidator;
import dev.byline.core.validation.internal.WebUriValidator;

/**
 * Byline's behaviour over the model: validation of articles (with the validators of every Byline
 * constraint, registered for any Bean Validation provider), the rights-notice reader and the
 * quotation finder.
 */
@SuppressWarnings("module") // dev.byline.json is compiled after this module
module dev.byline.core {
  requires transitive dev.byline;
  requires org.hibernate.validator;
  // Resolves the Expression Language on the module path, so that a plain default validator
  // (Hibernate Validator's message interpolator needs it; its descriptor only has "requires static
  // jakarta.el") works without --add-modules; the implementation (expressly) is bound as a service.
  requires jakarta.el;

  exports dev.byline.core.validation;
  exports dev.byline.core.rights;
  exports dev.byline.core.quotes;

  // Byline's JSON reader validates as it reads through AfterReading and TextKinds; nothing else
  // of the package is used outside this module.
  exports dev.byline.core.validation.internal to
      dev.byline.json;

  // Hibernate Validator instantiates the constraint validators reflectively.
  opens dev.byline.core.validation.internal to
      org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      ChronologicalDatesValidator,
      ConsistentRightsValidator,
      IdentifierUriValidator,
      LanguageTagValidator,
      NoControlCharactersValidator,
      NotBlankTextValidator,
      QuotesMatchTextValidator,
      Rfc3339TimestampValidator,
      SingleLineValidator,
      UniqueTagLabelsValidator,
      ValidTextSpanValidator,
      ValidYearRangeValidator,
      WebUriValidator;
}
