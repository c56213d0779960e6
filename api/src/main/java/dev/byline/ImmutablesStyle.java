package dev.byline;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/** The one code-generation style of every Byline value type (not part of the API). */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"paragraph:paragraphs", "media:media", "use:uses"},
    optionalAcceptNullable = false,
    // No annotation found on the processor's class path goes into the generated classes: in
    // particular not org.immutables.value.Generated, whose jar users do not have (javac
    // -Xlint:all warns about every such annotation it cannot find). Override is a placeholder, as
    // an empty list means "every annotation found".
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
@interface ImmutablesStyle {}
