package dev.byline.core.validation.internal;

import dev.byline.Limits;
import java.net.URI;

/**
 * The rules of {@code @WebUri} and {@code @IdentifierUri}. Both first require a URI text that every
 * Byline format can carry — at most {@link Limits#URI_MAX_LENGTH} chars, no unpaired surrogate
 * ({@code java.net.URI} lets one through among the non-ASCII characters it allows) — and then the
 * shape. One finding per URI at most, in that order.
 */
final class UriRules {
  /** Longest namespace identifier of a URN (RFC 8141). */
  private static final int NID_MAX_LENGTH = 32;

  private UriRules() {}

  /**
   * A URI that is not an absolute {@code http} or {@code https} URI with a host, or whose text is
   * too long or holds an unpaired surrogate.
   *
   * @param uri the URI; not {@code null}
   * @return a {@code tooLong}, {@code controlCharacter} or {@code notWebUri} finding, or {@code null}
   */
  static Finding web(URI uri) {
    return web(uri, true);
  }

  /**
   * {@link #web(URI)}, skipping the scan for control characters and unpaired surrogates when the
   * caller knows the URI's text holds none.
   *
   * @param uri the URI; not {@code null}
   * @param controlCharacters whether the text may hold a control character or unpaired surrogate
   * @return the finding, or {@code null}
   */
  static Finding web(URI uri, boolean controlCharacters) {
    Finding text = text(uri, controlCharacters);
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
    return identifier(uri, true);
  }

  /**
   * {@link #identifier(URI)}, skipping the scan for control characters and unpaired surrogates when
   * the caller knows the URI's text holds none.
   *
   * @param uri the URI; not {@code null}
   * @param controlCharacters whether the text may hold a control character or unpaired surrogate
   * @return the finding, or {@code null}
   */
  static Finding identifier(URI uri, boolean controlCharacters) {
    Finding text = text(uri, controlCharacters);
    if (text != null) {
      return text;
    }
    if (isWeb(uri)
        || "urn".equalsIgnoreCase(uri.getScheme())
            && uri.getRawSchemeSpecificPart() != null
            && isUrnBody(uri.getRawSchemeSpecificPart())) {
      return null;
    }
    return Finding.of("{dev.byline.notIdentifierUri}", uri);
  }

  /**
   * Whether {@code s} is {@code <NID>:<NSS>}: a namespace identifier of 2 to 32 ASCII letters, digits
   * and hyphens that starts and ends with a letter or digit, a colon, then one or more chars none of
   * which is ASCII white space (space, tab, line feed, vertical tab, form feed, carriage return).
   * One pass, no backtracking; the regular expression
   * {@code [A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\S+} says the same.
   *
   * @param s the scheme-specific part
   * @return whether it has the shape
   */
  static boolean isUrnBody(String s) {
    int colon = -1;
    for (int i = 0; i < s.length() && i <= NID_MAX_LENGTH; i++) {
      char c = s.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (!isAsciiLetterOrDigit(c) && (c != '-' || i == 0)) {
        return false;
      }
    }
    if (colon < 2 || s.charAt(colon - 1) == '-' || colon + 1 == s.length()) {
      return false;
    }
    for (int i = colon + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  private static Finding text(URI uri, boolean controlCharacters) {
    String s = uri.toString();
    if (s.length() > Limits.URI_MAX_LENGTH) {
      return Finding.of("{dev.byline.tooLong}", uri).with("max", Limits.URI_MAX_LENGTH);
    }
    if (!controlCharacters) {
      return null;
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
