/**
 * Byline's model: the value types of a news article and the Bean Validation constraints declared on
 * them. Depends at run time on nothing but {@code jakarta.validation}.
 */
module dev.byline {
  requires transitive jakarta.validation;
  requires static org.immutables.value.annotations;

  exports dev.byline;
  exports dev.byline.constraints;
}
