package dev.byline.core.validation.internal;

import dev.byline.Limits;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The rules of {@code @WebUri} and {@code @IdentifierUri}. Both first require a URI text that every
 * Byline format can carry — at most {@link Limits#URI_MAX_LENGTH} chars, no unpaired surrogate
 * ({@code java.net.URI} lets one through among the non-ASCII characters it allows) — and then the
 * shape. One finding per URI at most, in that order.
 */
final class UriRules {
  private static final Pattern URN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\\S+");

  private UriRules() {}

  /**
   * A URI that is not an absolute {@code http} or {@code https} URI with a host, or whose text is
   * too long or holds an unpaired surrogate.
   *
   * @param uri the URI; not {@code null}
   * @return a {@code tooLong}, {@code controlCharacter} or {@code notWebUri} finding, or {@code null}
   */
  static Finding web(URI uri) {
    Finding text = text(uri);
    if (text != null) {
      return text;
    }
    return isWeb(uri) ? null : Finding.of("{dev.byline.notWebUri}", uri);
  }

  /**
   * A URI that is neither a web URI nor a URN {@code urn:<NID>:<NSS>} as RFC 8141 shapes it (a
   * namespace identifier of 2 to 32 letters, digits and hyphens, then a non-empty string), or whose
   * text is too long or holds an unpaired surrogate.
   *
   * @param uri the URI; not {@code null}
   * @return a {@code tooLong}, {@code controlCharacter} or {@code notIdentifierUri} finding, or
   *     {@code null}
   */
  static Finding identifier(URI uri) {
    Finding text = text(uri);
    if (text != null) {
      return text;
    }
    if (isWeb(uri)
        || "urn".equalsIgnoreCase(uri.getScheme())
            && uri.getRawSchemeSpecificPart() != null
            && URN.matcher(uri.getRawSchemeSpecificPart()).matches()) {
      return null;
    }
    return Finding.of("{dev.byline.notIdentifierUri}", uri);
  }

  private static Finding text(URI uri) {
    String s = uri.toString();
    if (s.length() > Limits.URI_MAX_LENGTH) {
      return Finding.of("{dev.byline.tooLong}", uri).with("max", Limits.URI_MAX_LENGTH);
    }
    int bad = TextRules.controlCharacterIndex(s);
    return bad < 0 ? null : TextRules.controlCharacterAt(s, bad, uri);
  }

  private static boolean isWeb(URI uri) {
    String scheme = uri.getScheme();
    return uri.isAbsolute()
        && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        && uri.getHost() != null
        && !uri.getHost().isEmpty();
  }
}
