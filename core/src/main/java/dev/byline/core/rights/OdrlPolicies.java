package dev.byline.core.rights;

import dev.byline.Permission;
import dev.byline.RightsNotice;
import dev.byline.Use;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Writes a {@link RightsNotice} as a W3C ODRL 2.2 policy in JSON-LD, usable as IPTC ninjs
 * {@code rightsInfo.encodedRights} (with {@code rightsInfo.langId} {@code http://www.w3.org/ns/odrl/2/}).
 *
 * <p>The policy is a {@code Set} in the ODRL 2.2 JSON-LD context
 * ({@code http://www.w3.org/ns/odrl.jsonld}):
 *
 * <ul>
 *   <li>{@code uid}: a name-based UUID URN derived from the notice, so the same notice always gives
 *       the same policy identifier;
 *   <li>{@code target}: the asset, when given;
 *   <li>{@code assigner}: the holder, as a {@code Party} with a {@code vcard:fn} name;
 *   <li>{@code prohibition}: one rule per ODRL action of each prohibited {@link Use}
 *       ({@link Use#getOdrlActions()});
 *   <li>{@code permission}: one rule per action of each use the notice or its licence permits, with
 *       an {@code attribute} duty when the licence requires attribution. An action that a prohibited
 *       use also names is left out of the permissions: the prohibition wins, as in
 *       {@link RightsNotice#permission(Use)}.
 * </ul>
 *
 * <p>Uses that are neither permitted nor prohibited ({@link Permission#ASK}) are not written: an
 * ODRL {@code Set} says nothing about them, which means the same. The output is compact JSON with
 * a fixed member order. Thread-safe; no state.
 */
public final class OdrlPolicies {
  /** The ODRL 2.2 JSON-LD context. */
  public static final String CONTEXT = "http://www.w3.org/ns/odrl.jsonld";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private OdrlPolicies() {}

  /**
   * The policy for {@code notice}, with no target.
   *
   * @param notice the notice; not {@code null}
   * @return the policy as a JSON-LD string
   */
  public static String toJsonLd(RightsNotice notice) {
    return write(notice, null);
  }

  /**
   * The policy for {@code notice}, applying to the asset {@code target} (for example the article's
   * ninjs {@code uri}).
   *
   * @param notice the notice; not {@code null}
   * @param target the asset's identifier; not {@code null}
   * @return the policy as a JSON-LD string
   */
  public static String toJsonLd(RightsNotice notice, URI target) {
    return write(notice, Objects.requireNonNull(target, "target"));
  }

  private static String write(RightsNotice notice, URI target) {
    Objects.requireNonNull(notice, "notice");
    Set<String> prohibited = new LinkedHashSet<>();
    Set<String> permitted = new LinkedHashSet<>();
    for (Use use : Use.values()) {
      Permission answer = notice.permission(use);
      if (answer == Permission.PROHIBITED) {
        prohibited.addAll(use.getOdrlActions());
      } else if (answer == Permission.PERMITTED) {
        permitted.addAll(use.getOdrlActions());
      }
    }
    permitted.removeAll(prohibited);

    StringBuilder json = new StringBuilder(256);
    json.append("{\"@context\":").append(quote(CONTEXT));
    json.append(",\"@type\":\"Set\"");
    json.append(",\"uid\":").append(quote(uid(notice)));
    if (target != null) {
      json.append(",\"target\":").append(quote(target.toString()));
    }
    notice.getHolder().ifPresent(holder -> json.append(",\"assigner\":{\"@type\":\"Party\",\"uid\":")
        .append(quote("urn:uuid:" + UUID.nameUUIDFromBytes(("party:" + holder).getBytes(StandardCharsets.UTF_8))))
        .append(",\"vcard:fn\":").append(quote(holder)).append('}'));
    if (!permitted.isEmpty()) {
      json.append(",\"permission\":[");
      String duty = notice.isAttributionRequired() ? ",\"duty\":[{\"action\":\"attribute\"}]" : "";
      appendRules(json, permitted, duty);
      json.append(']');
    }
    if (!prohibited.isEmpty()) {
      json.append(",\"prohibition\":[");
      appendRules(json, prohibited, "");
      json.append(']');
    }
    json.append('}');
    return json.toString();
  }

  private static void appendRules(StringBuilder json, Set<String> actions, String extra) {
    boolean first = true;
    for (String action : actions) {
      json.append(first ? "" : ",").append("{\"action\":").append(quote(action)).append(extra).append('}');
      first = false;
    }
  }

  private static String uid(RightsNotice notice) {
    String key = notice.getText().orElse("") + '\u0000' + notice.getHolder().orElse("") + '\u0000'
        + notice.getYears().map(Object::toString).orElse("") + '\u0000' + notice.isAllRightsReserved()
        + '\u0000' + notice.getProhibitedUses() + notice.getPermittedUses() + notice.getLicense().map(URI::toString).orElse("");
    return "urn:uuid:" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped; the rest as is. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
            b.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4) {
              b.append(HEX[(c >> shift) & 0xf]);
            }
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
