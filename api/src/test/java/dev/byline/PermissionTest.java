package dev.byline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.fixtures.SeedArticle;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** permission(Use) follows the rights semantics of the design notes. */
class PermissionTest {

  @ParameterizedTest
  @EnumSource(value = Use.class, names = {"PUBLISH", "BROADCAST", "REWRITE", "REDISTRIBUTE"})
  void seedNoticeProhibitsWhatItNames(Use use) {
    assertThat(SeedArticle.ARTICLE.permission(use)).isEqualTo(Permission.PROHIBITED);
  }

  @ParameterizedTest
  @EnumSource(value = Use.class, names = {"QUOTE", "ARCHIVE", "COMMERCIAL_USE"})
  void seedNoticeReservesAllOtherRightsSoTheAnswerIsAsk(Use use) {
    assertThat(SeedArticle.ARTICLE.permission(use)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest
  @EnumSource(Use.class)
  void allRightsReservedWithoutLicenceMeansAskForEveryUse(Use use) {
    RightsNotice notice =
        RightsNotice.builder().text("© 2024 Example News Ltd. All rights reserved.").allRightsReserved(true).build();

    assertThat(notice.permission(use)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest
  @EnumSource(Use.class)
  void noNoticeAtAllMeansAskNotFree(Use use) {
    Article article = Article.builder().headline("Untitled wire copy").build();

    assertThat(article.permission(use)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest
  @EnumSource(Use.class)
  void ccByPermitsEveryUseWithAttribution(Use use) {
    RightsNotice notice =
        RightsNotice.builder().license(URI.create("https://creativecommons.org/licenses/by/4.0/")).build();

    assertThat(notice.permission(use)).isEqualTo(Permission.PERMITTED);
    assertThat(notice.isAttributionRequired()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "https://creativecommons.org/licenses/by-nd/4.0/, REWRITE, PROHIBITED",
    "https://creativecommons.org/licenses/by-nd/4.0/, REDISTRIBUTE, PERMITTED",
    "https://creativecommons.org/licenses/by-nc/4.0/, COMMERCIAL_USE, PROHIBITED",
    "https://creativecommons.org/licenses/by-nc/4.0/, PUBLISH, PERMITTED",
    "https://creativecommons.org/licenses/by-nc-nd/4.0/, REWRITE, PROHIBITED",
    "https://creativecommons.org/licenses/by-sa/4.0/, REWRITE, PERMITTED",
    "https://example.com/our-terms, PUBLISH, ASK",
  })
  void licencesRestrictAccordingly(String licence, Use use, Permission expected) {
    RightsNotice notice = RightsNotice.builder().license(URI.create(licence)).build();

    assertThat(notice.permission(use)).isEqualTo(expected);
  }

  @Test
  void explicitProhibitionWinsOverALicence() {
    RightsNotice notice =
        RightsNotice.builder()
            .license(URI.create("https://creativecommons.org/licenses/by/4.0/"))
            .addProhibitedUse(Use.BROADCAST)
            .build();

    assertThat(notice.permission(Use.BROADCAST)).isEqualTo(Permission.PROHIBITED);
    assertThat(notice.permission(Use.PUBLISH)).isEqualTo(Permission.PERMITTED);
  }

  @Test
  void explicitPermissionAnswersPermittedEvenWithAllRightsReserved() {
    RightsNotice notice =
        RightsNotice.builder().allRightsReserved(true).addPermittedUse(Use.QUOTE).build();

    assertThat(notice.permission(Use.QUOTE)).isEqualTo(Permission.PERMITTED);
    assertThat(notice.permission(Use.PUBLISH)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest
  @CsvSource({
    "http://creativecommons.org/licenses/by/4.0, BY, 4.0",
    "https://www.creativecommons.org/licenses/by-sa/3.0/deed.en, BY_SA, 3.0",
    "https://creativecommons.org/licenses/by-nc-nd/2.5/legalcode, BY_NC_ND, 2.5",
    "https://creativecommons.org/licenses/by/3.0/de/, BY, 3.0",
    "https://creativecommons.org/publicdomain/zero/1.0/, CC0, 1.0",
  })
  void creativeCommonsUrisAreRecognisedInTheirUsualSpellings(
      String uri, CreativeCommonsLicense licence, String version) {
    assertThat(CreativeCommonsLicense.fromUri(URI.create(uri))).contains(licence);
    assertThat(CreativeCommonsLicense.versionOf(URI.create(uri))).contains(version);
  }

  @Test
  void otherUrisAreNotCreativeCommons() {
    assertThat(CreativeCommonsLicense.fromUri(URI.create("https://example.org/licenses/by/4.0/"))).isEmpty();
    assertThat(CreativeCommonsLicense.fromUri(URI.create("https://creativecommons.org/about/"))).isEmpty();
    assertThat(CreativeCommonsLicense.fromUri(URI.create("urn:isbn:123"))).isEmpty();
  }

  @Test
  void canonicalLicenceUri() {
    assertThat(CreativeCommonsLicense.BY_NC.uri("4.0"))
        .isEqualTo(URI.create("https://creativecommons.org/licenses/by-nc/4.0/"));
    assertThat(CreativeCommonsLicense.CC0.uri("1.0"))
        .isEqualTo(URI.create("https://creativecommons.org/publicdomain/zero/1.0/"));
  }

  @Test
  void eachUseNamesItsOdrlActions() {
    assertThat(Use.PUBLISH.getOdrlActions()).containsExactly("distribute", "present");
    assertThat(Use.BROADCAST.getOdrlActions()).containsExactly("stream", "present");
    assertThat(Use.REWRITE.getOdrlActions()).containsExactly("modify", "derive");
    assertThat(Use.REDISTRIBUTE.getOdrlActions()).containsExactly("distribute", "reproduce");
  }
}
