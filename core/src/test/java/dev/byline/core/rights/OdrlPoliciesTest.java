package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.fixtures.SeedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ODRL export says what the notice says, in ODRL 2.2's own vocabulary. */
class OdrlPoliciesTest {
  static final URI ARTICLE = URI.create("urn:uuid:6a1f0c3e-2b7d-4e8a-9c1b-5d2e3f4a5b6c");

  static String resource(String name) throws IOException {
    try (InputStream in = OdrlPoliciesTest.class.getResourceAsStream("odrl/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String withoutUids(String json) {
    return json.replaceAll("\"uid\":\"urn:uuid:[0-9a-f-]{36}\"", "\"uid\":\"…\"");
  }

  @Test
  void seedNoticeIsASetThatProhibitsTheSixActionsOfItsFourUses() {
    String policy = OdrlPolicies.toJsonLd(SeedArticle.RIGHTS, ARTICLE);

    assertThat(withoutUids(policy))
        .isEqualTo("{\"@context\":\"http://www.w3.org/ns/odrl.jsonld\",\"@type\":\"Set\",\"uid\":\"…\","
            + "\"target\":\"urn:uuid:6a1f0c3e-2b7d-4e8a-9c1b-5d2e3f4a5b6c\","
            + "\"assigner\":{\"@type\":\"Party\",\"uid\":\"…\",\"vcard:fn\":\"Nexstar Media Inc.\"},"
            + "\"prohibition\":[{\"action\":\"distribute\"},{\"action\":\"present\"},{\"action\":\"stream\"},"
            + "{\"action\":\"modify\"},{\"action\":\"derive\"},{\"action\":\"reproduce\"}]}");
  }

  @Test
  void ccByLicenceGivesPermissionsWithAnAttributionDuty() {
    RightsNotice notice = RightsNotices.parse("© 2024 Jane Doe. CC BY 4.0").getNotice();

    String policy = OdrlPolicies.toJsonLd(notice);

    assertThat(policy).contains("\"permission\":[{\"action\":\"distribute\",\"duty\":[{\"action\":\"attribute\"}]}");
    assertThat(policy).doesNotContain("prohibition", "\"target\"");
  }

  @Test
  void ncLicenceProhibitsCommercialUse() {
    RightsNotice notice = RightsNotices.parse("CC BY-NC-ND 4.0").getNotice();

    String policy = OdrlPolicies.toJsonLd(notice);

    assertThat(policy).contains("\"prohibition\":[{\"action\":\"modify\"},{\"action\":\"derive\"},{\"action\":\"cc:CommercialUse\"}]");
  }

  @Test
  void prohibitionWinsWhereTwoUsesShareAnAction() {
    RightsNotice notice =
        RightsNotice.builder().addPermittedUse(Use.QUOTE).addProhibitedUse(Use.REDISTRIBUTE).build();

    String policy = OdrlPolicies.toJsonLd(notice);

    assertThat(policy).contains("\"permission\":[{\"action\":\"extract\"}]");
    assertThat(policy).contains("\"prohibition\":[{\"action\":\"distribute\"},{\"action\":\"reproduce\"}]");
  }

  @Test
  void sameNoticeGivesTheSamePolicyIdentifier() {
    assertThat(OdrlPolicies.toJsonLd(SeedArticle.RIGHTS)).isEqualTo(OdrlPolicies.toJsonLd(SeedArticle.RIGHTS));
    assertThat(OdrlPolicies.toJsonLd(SeedArticle.RIGHTS))
        .isNotEqualTo(OdrlPolicies.toJsonLd(SeedArticle.RIGHTS.toBuilder().holder("Someone Else").build()));
  }

  @Test
  void holderNamesAreEscapedAsJson() {
    RightsNotice notice = RightsNotice.builder().holder("The \"Quoted\" \\ Co.").build();

    assertThat(OdrlPolicies.toJsonLd(notice)).contains("\"vcard:fn\":\"The \\\"Quoted\\\" \\\\ Co.\"");
  }

  @Test
  void everyTermTheExportUsesIsDefinedByOdrl22() throws IOException {
    String context = resource("ODRL22.jsonld");
    String vocabulary = resource("ODRL22.ttl");
    Set<String> terms = new LinkedHashSet<>();
    for (RightsNotice notice : new RightsNotice[] {
        SeedArticle.RIGHTS,
        RightsNotices.parse("© 2024 Jane Doe. CC BY-NC-SA 4.0").getNotice(),
        RightsNotice.builder().holder("X").addPermittedUses(Use.values()).build(),
        RightsNotice.builder().addProhibitedUses(Use.values()).build()}) {
      String policy = OdrlPolicies.toJsonLd(notice, URI.create("https://news.example/1"));
      Matcher keys = Pattern.compile("\"([^\"@]+)\":").matcher(policy);
      while (keys.find()) {
        terms.add(keys.group(1));
      }
      Matcher values = Pattern.compile("\"(?:action|@type)\":\"([^\"]+)\"").matcher(policy);
      while (values.find()) {
        terms.add(values.group(1));
      }
    }
    assertThat(terms).contains("permission", "prohibition", "duty", "assigner", "target", "attribute", "cc:CommercialUse");
    for (String term : terms) {
      if (term.contains(":")) {
        String prefix = term.substring(0, term.indexOf(':'));
        assertThat(context).as(term).contains("\"" + prefix + "\":");
        if (prefix.equals("cc")) {
          assertThat(vocabulary).as(term).containsPattern("(?m)^" + Pattern.quote(term) + "\\s*\\n\\s*a :Action");
        }
      } else {
        assertThat(context).as(term).contains("\"" + term + "\":");
      }
    }
  }
}
