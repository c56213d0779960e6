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
    // lazyhash: a value's hash code is computed once, on first use, so that a Bean Validation
    // provider that hashes the root bean for every violation (Hibernate Validator does) stays
    // linear. It is set here, not on a type: attributes of @Value.Immutable on a public type end up
    // in its class file, and a user's javac -Xlint:all warns that it cannot find their annotation.
    defaults = @Value.Immutable(copy = false, lazyhash = true))
@interface ImmutablesStyle {}
