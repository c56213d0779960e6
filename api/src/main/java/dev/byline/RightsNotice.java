package dev.byline;

import dev.byline.constraints.ConsistentRights;
import dev.byline.constraints.NoControlCharacters;
import dev.byline.constraints.SingleLine;
import dev.byline.constraints.WebUri;
import jakarta.validation.Valid;
import dev.byline.constraints.NotBlankText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rights that go with an article or a picture: who holds the copyright, since when, what the
 * notice forbids or allows, and under which licence. schema.org {@code copyrightHolder},
 * {@code copyrightYear}, {@code copyrightNotice}, {@code license}, {@code usageInfo}; ninjs
 * {@code copyrightHolder}, {@code copyrightNotice}, {@code usageTerms}, {@code rightsInfo}; a W3C ODRL
 * 2.2 {@code Set} policy.
 *
 * <p>The seed's notice, "Copyright 2023 Nexstar Media Inc. All rights reserved. This material may
 * not be published, broadcast, rewritten, or redistributed.", is a notice with holder "Nexstar Media
 * Inc.", year 2023, all rights reserved, and {@link Use#PUBLISH}, {@link Use#BROADCAST},
 * {@link Use#REWRITE} and {@link Use#REDISTRIBUTE} prohibited. {@code byline-core} reads such text
 * into a notice.
 *
 * <p>Immutable and thread-safe; equal when all properties are equal.
 */
@Value.Immutable
@ConsistentRights
public abstract class RightsNotice {
  RightsNotice() {}

  /**
   * The notice exactly as published, never trimmed or normalised (schema.org
   * {@code copyrightNotice}, ninjs {@code copyrightNotice}).
   *
   * @return the verbatim text, if the notice came from text
   */
  public abstract Optional<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.MEDIUM_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getText();

  /**
   * Who holds the copyright, as named: "Nexstar Media Inc." (schema.org {@code copyrightHolder},
   * ninjs {@code copyrightHolder}, ODRL {@code assigner}).
   *
   * @return the holder, if named
   */
  public abstract Optional<
          @NotBlankText @SingleLine @NoControlCharacters
          @Size(max = Limits.SHORT_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getHolder();

  /**
   * The year or years of the claim (schema.org {@code copyrightYear}).
   *
   * @return the years, if given
   */
  public abstract Optional<@Valid YearRange> getYears();

  /**
   * Tells whether the notice reserves all rights ("All rights reserved", "Alle Rechte
   * vorbehalten", "Tous droits réservés"); {@code false} unless set.
   *
   * @return {@code true} when all rights are reserved
   */
  @Value.Default
  public boolean isAllRightsReserved() {
    return false;
  }

  /**
   * The uses the notice forbids in so many words (ODRL {@code prohibition}), in declaration order.
   *
   * @return an unmodifiable set, empty when none is named
   */
  public abstract Set<Use> getProhibitedUses();

  /**
   * The uses the notice allows in so many words (ODRL {@code permission}), in declaration order.
   * Uses a {@link #getLicense() licence} grants are not listed here; {@link #permission(Use)}
   * accounts for them.
   *
   * @return an unmodifiable set, empty when none is named
   */
  public abstract Set<Use> getPermittedUses();

  /**
   * The licence the material is offered under, such as
   * {@code https://creativecommons.org/licenses/by/4.0/} (schema.org {@code license}, ninjs
   * {@code rightsInfo.linkedRights}).
   *
   * @return the licence URI, if any
   */
  public abstract Optional<@WebUri URI> getLicense();

  /**
   * Free-text terms of use beyond the copyright line, for example "Editorial use only" (ninjs
   * {@code usageTerms}, schema.org {@code usageInfo}).
   *
   * @return the terms, if any
   */
  public abstract Optional<
          @NotBlankText @NoControlCharacters
          @Size(max = Limits.MEDIUM_TEXT_MAX_LENGTH, message = "{dev.byline.tooLong}") String>
      getUsageTerms();

  /**
   * The Creative Commons licence this notice's {@link #getLicense() licence URI} names.
   *
   * @return the licence, or empty when there is no licence or it is not a Creative Commons one
   */
  public final Optional<CreativeCommonsLicense> getCreativeCommonsLicense() {
    return getLicense().flatMap(CreativeCommonsLicense::fromUri);
  }

  /**
   * Tells whether a use that is permitted comes with a duty to credit the holder (ODRL
   * {@code duty} with action {@code attribute}): true for every Creative Commons licence but CC0.
   *
   * @return {@code true} when attribution is required
   */
  public final boolean isAttributionRequired() {
    return getCreativeCommonsLicense().map(CreativeCommonsLicense::requiresAttribution).orElse(false);
  }

  /**
   * Answers "may I do this?" for {@code use}, in this order:
   *
   * <ol>
   *   <li>a use the notice prohibits is {@link Permission#PROHIBITED} — explicit prohibitions win;
   *   <li>a use the notice permits is {@link Permission#PERMITTED};
   *   <li>under a Creative Commons licence, the licence's answer
   *       ({@link CreativeCommonsLicense#permission(Use)});
   *   <li>anything else is {@link Permission#ASK}: "all rights reserved", a licence Byline does not
   *       know, or a notice that says nothing about the use.
   * </ol>
   *
   * <p>For an article with no notice at all, use {@link Article#permission(Use)}, which answers
   * {@link Permission#ASK}: no notice means unknown, not free.
   *
   * @param use the intended use; not {@code null}
   * @return the answer
   * @throws NullPointerException if {@code use} is {@code null}
   */
  public final Permission permission(Use use) {
    Objects.requireNonNull(use, "use");
    if (getProhibitedUses().contains(use)) {
      return Permission.PROHIBITED;
    }
    if (getPermittedUses().contains(use)) {
      return Permission.PERMITTED;
    }
    return getCreativeCommonsLicense().map(l -> l.permission(use)).orElse(Permission.ASK);
  }

  /**
   * Starts a builder for a rights notice.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder filled with this notice's properties, to make a changed copy.
   *
   * @return a new builder holding this notice's values
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds {@link RightsNotice} values. Not thread-safe; every setter refuses {@code null} with a
   * {@link NullPointerException} naming the property.
   */
  public static final class Builder extends ImmutableRightsNotice.Builder {
    Builder() {}
  }
}
