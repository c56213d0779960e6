package dev.byline.core.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The URN shape of {@code @IdentifierUri} is checked by hand in one pass; it must accept exactly
 * what RFC 8141's shape as a regular expression accepts: every string of up to 5 chars over an
 * alphabet of letters, digits, hyphen, colon, ASCII white space and others, and namespace
 * identifiers around the 32-char limit.
 */
class UrnShapeTest {
  private static final Pattern URN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:\\S+");
  private static final char[] ALPHABET = {'a', 'Z', '0', '-', ':', ' ', '\t', '\u000B', '\u00e9', '.'};

  @Test
  void everyShortStringIsJudgedAsTheRegularExpressionJudgesIt() {
    StringBuilder s = new StringBuilder();
    int checked = check(s, 5);

    assertThat(checked).isEqualTo(111_111);
  }

  private static int check(StringBuilder s, int depth) {
    String text = s.toString();
    assertThat(UriRules.isUrnBody(text)).as("\"%s\"", text).isEqualTo(URN.matcher(text).matches());
    int count = 1;
    if (depth > 0) {
      for (char c : ALPHABET) {
        s.append(c);
        count += check(s, depth - 1);
        s.setLength(s.length() - 1);
      }
    }
    return count;
  }

  @Test
  void aNamespaceIdentifierHasAtMost32Chars() {
    String nid32 = "a".repeat(31) + "b";

    assertThat(UriRules.isUrnBody(nid32 + ":x")).isTrue();
    assertThat(UriRules.isUrnBody("a" + nid32 + ":x")).isFalse();
    assertThat(UriRules.isUrnBody("isni:0000 0001")).isFalse();
    assertThat(UriRules.isUrnBody("isni:0000-0001:x")).isTrue();
    assertThat(UriRules.isUrnBody("x-:1")).isFalse();
  }
}
