package dev.byline;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Creative Commons licences and the CC0 public-domain dedication, with what each permits. A
 * {@link RightsNotice} whose {@link RightsNotice#getLicense() licence} is one of these answers
 * {@link RightsNotice#permission(Use)} from the licence's terms.
 *
 * <p>Every licence but CC0 requires attribution (an ODRL {@code attribute} duty). {@code ND}
 * ("NoDerivatives") prohibits {@link Use#REWRITE}; {@code NC} ("NonCommercial") prohibits
 * {@link Use#COMMERCIAL_USE}; {@code SA} ("ShareAlike") permits rewriting on the condition that the
 * new work carries the same licence.
 */
public enum CreativeCommonsLicense {
  /** CC0: no rights reserved, no conditions. */
  CC0("zero", false, false, false, false),
  /** Attribution (CC BY). */
  BY("by", true, false, false, false),
  /** Attribution-ShareAlike (CC BY-SA). */
  BY_SA("by-sa", true, true, false, false),
  /** Attribution-NoDerivatives (CC BY-ND). */
  BY_ND("by-nd", true, false, true, false),
  /** Attribution-NonCommercial (CC BY-NC). */
  BY_NC("by-nc", true, false, false, true),
  /** Attribution-NonCommercial-ShareAlike (CC BY-NC-SA). */
  BY_NC_SA("by-nc-sa", true, true, false, true),
  /** Attribution-NonCommercial-NoDerivatives (CC BY-NC-ND). */
  BY_NC_ND("by-nc-nd", true, false, true, true);

  private static final Pattern URI_PATTERN =
      Pattern.compile(
          "(?:licenses/(by|by-sa|by-nd|by-nc|by-nc-sa|by-nc-nd)|publicdomain/(zero))/([0-9]{1,2}\\.[0-9]{1,2})(?:/[a-z-]{0,20})?/?"
              + "(?:(?:deed|legalcode)(?:\\.[a-zA-Z-]{1,10})?)?");

  private final String code;
  private final boolean attribution;
  private final boolean shareAlike;
  private final boolean noDerivatives;
  private final boolean nonCommercial;

  CreativeCommonsLicense(
      String code, boolean attribution, boolean shareAlike, boolean noDerivatives, boolean nonCommercial) {
    this.code = code;
    this.attribution = attribution;
    this.shareAlike = shareAlike;
    this.noDerivatives = noDerivatives;
    this.nonCommercial = nonCommercial;
  }

  /**
   * The licence's short code as it appears in its URL: {@code by}, {@code by-nc-sa}, {@code zero}.
   *
   * @return the code
   */
  public String getCode() {
    return code;
  }

  /**
   * Tells whether the licence requires crediting the author (all but CC0).
   *
   * @return {@code true} when attribution is a duty
   */
  public boolean requiresAttribution() {
    return attribution;
  }

  /**
   * Tells whether adaptations must carry the same licence ({@code SA}).
   *
   * @return {@code true} for ShareAlike licences
   */
  public boolean requiresShareAlike() {
    return shareAlike;
  }

  /**
   * Answers whether the licence allows {@code use}: {@link Permission#PROHIBITED} for
   * {@link Use#REWRITE} under {@code ND} and {@link Use#COMMERCIAL_USE} under {@code NC},
   * {@link Permission#PERMITTED} otherwise.
   *
   * @param use the intended use; not {@code null}
   * @return the licence's answer, never {@link Permission#ASK}
   */
  public Permission permission(Use use) {
    Objects.requireNonNull(use, "use");
    if (use == Use.REWRITE && noDerivatives) {
      return Permission.PROHIBITED;
    }
    if (use == Use.COMMERCIAL_USE && nonCommercial) {
      return Permission.PROHIBITED;
    }
    return Permission.PERMITTED;
  }

  /**
   * The canonical URI of this licence at {@code version}, for example
   * {@code https://creativecommons.org/licenses/by-sa/4.0/}.
   *
   * @param version the licence version such as {@code "4.0"}; CC0 exists only as {@code "1.0"}
   * @return the canonical licence URI
   */
  public URI uri(String version) {
    Objects.requireNonNull(version, "version");
    String path = this == CC0 ? "publicdomain/zero/" : "licenses/" + code + "/";
    return URI.create("https://creativecommons.org/" + path + version + "/");
  }

  /**
   * Recognises a Creative Commons licence URI in any of its usual spellings: {@code http} or
   * {@code https}, with or without {@code www.}, a jurisdiction port, a trailing slash,
   * {@code deed.en} or {@code legalcode}.
   *
   * @param uri the licence URI; not {@code null}
   * @return the licence, or empty when {@code uri} is not a Creative Commons licence URI
   */
  public static Optional<CreativeCommonsLicense> fromUri(URI uri) {
    return match(uri).map(m -> m.group(2) != null ? CC0 : fromCode(m.group(1)));
  }

  /**
   * The version in a Creative Commons licence URI, such as {@code "4.0"}.
   *
   * @param uri a licence URI; not {@code null}
   * @return the version, or empty when {@code uri} is not a Creative Commons licence URI
   */
  public static Optional<String> versionOf(URI uri) {
    return match(uri).map(m -> m.group(3));
  }

  /** The match of a Creative Commons licence URI's path, or empty for any other URI. */
  private static Optional<Matcher> match(URI uri) {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme();
    String host = uri.getHost();
    String path = uri.getPath();
    if (scheme == null || host == null || path == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (!h.equals("creativecommons.org") && !h.equals("www.creativecommons.org")) {
      return Optional.empty();
    }
    Matcher m = URI_PATTERN.matcher(path.startsWith("/") ? path.substring(1) : path);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  private static CreativeCommonsLicense fromCode(String code) {
    for (CreativeCommonsLicense licence : values()) {
      if (licence.code.equals(code)) {
        return licence;
      }
    }
    throw new IllegalArgumentException(code);
  }
}
