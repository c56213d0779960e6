package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.byline.CreativeCommonsLicense;
import dev.byline.Permission;
import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.YearRange;
import dev.byline.fixtures.SeedArticle;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Notices written out by hand for every kind the reader promises to recognise. */
class RightsNoticesTest {
  static final Set<Use> WIRE = EnumSet.of(Use.PUBLISH, Use.BROADCAST, Use.REWRITE, Use.REDISTRIBUTE);

  static RightsNotice read(String text) {
    return RightsNotices.parse(text).getNotice();
  }

  @Test
  void seedNoticeReadsAsTheSeedFixture() {
    RightsReading reading = RightsNotices.parse(SeedArticle.NOTICE);

    assertThat(reading.getNotice()).isEqualTo(SeedArticle.RIGHTS);
    assertThat(reading.isFullyRecognised()).isTrue();
    assertThat(reading.getRecognised())
        .extracting(RecognisedPart::getKind)
        .containsExactly(NoticePart.COPYRIGHT, NoticePart.ALL_RIGHTS_RESERVED, NoticePart.PROHIBITION);
    assertThat(reading.getRecognised().get(0).getText()).isEqualTo("Copyright 2023 Nexstar Media Inc.");
  }

  @Test
  void seedNoticeProhibitsPublishBroadcastRewriteRedistribute() {
    RightsNotice notice = read(SeedArticle.NOTICE);

    for (Use use : WIRE) {
      assertThat(notice.permission(use)).as(use.name()).isEqualTo(Permission.PROHIBITED);
    }
    assertThat(notice.permission(Use.QUOTE)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "This material may not be published, broadcast, rewritten or redistributed.",
    "This material may not be published, broadcast, rewritten, or redistributed.",
    "This material may not be published, broadcast, rewritten or redistributed without permission.",
    "THIS MATERIAL MAY NOT BE PUBLISHED, BROADCAST, REWRITTEN OR REDISTRIBUTED.",
  })
  void wireServiceLineProhibitsTheFourUses(String text) {
    assertThat(read(text).getProhibitedUses()).isEqualTo(WIRE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "© 2023 Example News Ltd.|Example News Ltd.|2023|2023",
    "(c) 2023 Example News Ltd.|Example News Ltd.|2023|2023",
    "(C) Example News 2021|Example News|2021|2021",
    "Copyright 2023 Example News|Example News|2023|2023",
    "COPYRIGHT 2023 EXAMPLE NEWS|EXAMPLE NEWS|2023|2023",
    "Copyright © 2023 Example News|Example News|2023|2023",
    "© Example News 2019–2023|Example News|2019|2023",
    "© 2019-2023 Example News|Example News|2019|2023",
    "© 2019 – 2023 Example News|Example News|2019|2023",
    "Copyright 2019, 2021 Example News|Example News|2019|2021",
    "© Example Media, Inc. 2022|Example Media, Inc.|2022|2022",
    "© 2022 Example Media LLC|Example Media LLC|2022|2022",
    "© 2022 Beispiel Verlag GmbH|Beispiel Verlag GmbH|2022|2022",
    "© 2022 Exemplo Comunicação S.A.|Exemplo Comunicação S.A.|2022|2022",
    "© 2022 Smith, Jones & Partners Ltd.|Smith, Jones & Partners Ltd.|2022|2022",
    "Example Gazette © 2020|Example Gazette|2020|2020",
  })
  void copyrightStatementsInTheirUsualForms(String text, String holder, int start, int end) {
    RightsNotice notice = read(text);

    assertThat(notice.getHolder()).contains(holder);
    assertThat(notice.getYears()).contains(YearRange.of(start, end));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "© 2024 Example. All rights reserved.",
    "© 2024 Example. ALL RIGHTS RESERVED",
    "© 2024 Example. All Rights Reserved",
    "© 2024 Example. Alle Rechte vorbehalten.",
    "© 2024 Example. Tous droits réservés.",
    "© 2024 Example. Todos los derechos reservados.",
    "© 2024 Example. Tutti i diritti riservati.",
    "© 2024 Example. Todos os direitos reservados.",
  })
  void allRightsReservedInAnyCaseAndInFiveOtherLanguages(String text) {
    RightsNotice notice = read(text);

    assertThat(notice.isAllRightsReserved()).isTrue();
    assertThat(notice.getHolder()).contains("Example");
    assertThat(notice.permission(Use.PUBLISH)).isEqualTo(Permission.ASK);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Licensed under Creative Commons Attribution-ShareAlike 4.0 International.|https://creativecommons.org/licenses/by-sa/4.0/",
    "Text: CC BY-NC 4.0|https://creativecommons.org/licenses/by-nc/4.0/",
    "This work is licensed under CC BY 4.0.|https://creativecommons.org/licenses/by/4.0/",
    "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International|https://creativecommons.org/licenses/by-nc-nd/4.0/",
    "Creative Commons Attribution 3.0 Unported|https://creativecommons.org/licenses/by/3.0/",
    "Photo: Jane Doe, CC BY-SA 2.0|https://creativecommons.org/licenses/by-sa/2.0/",
    "Dedicated to the public domain under CC0 1.0.|https://creativecommons.org/publicdomain/zero/1.0/",
    "See http://creativecommons.org/licenses/by-nd/4.0/deed.en for terms.|https://creativecommons.org/licenses/by-nd/4.0/",
    "https://creativecommons.org/licenses/by/4.0/|https://creativecommons.org/licenses/by/4.0/",
  })
  void creativeCommonsByNameAndByUrlGiveTheCanonicalUri(String text, String uri) {
    assertThat(read(text).getLicense()).contains(URI.create(uri));
  }

  @Test
  void creativeCommonsLicenceAnswersWhatItPermits() {
    RightsNotice byNcNd = read("© 2024 Jane Doe. CC BY-NC-ND 4.0");

    assertThat(byNcNd.getCreativeCommonsLicense()).contains(CreativeCommonsLicense.BY_NC_ND);
    assertThat(byNcNd.permission(Use.REDISTRIBUTE)).isEqualTo(Permission.PERMITTED);
    assertThat(byNcNd.permission(Use.REWRITE)).isEqualTo(Permission.PROHIBITED);
    assertThat(byNcNd.permission(Use.COMMERCIAL_USE)).isEqualTo(Permission.PROHIBITED);
    assertThat(byNcNd.isAttributionRequired()).isTrue();
    assertThat(byNcNd.getHolder()).contains("Jane Doe");
  }

  @Test
  void unrecognisedTextNeverThrowsAndIsReportedForAPerson() {
    RightsReading reading = RightsNotices.parse("Reuse permitted for schools on Tuesdays.");

    assertThat(reading.getNotice().getText()).contains("Reuse permitted for schools on Tuesdays.");
    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.getRecognised()).isEmpty();
    assertThat(reading.getUnrecognised()).containsExactly("Reuse permitted for schools on Tuesdays.");
    assertThat(reading.isFullyRecognised()).isFalse();
  }

  @Test
  void partlyRecognisedTextSaysWhatIsLeft() {
    RightsReading reading =
        RightsNotices.parse("© 2019 Example Times | Terms of Service | Privacy Policy");

    assertThat(reading.getNotice().getHolder()).contains("Example Times");
    assertThat(reading.getUnrecognised()).containsExactly("| Terms of Service | Privacy Policy");
  }

  @Test
  void photoCreditBeforeAnAgencyLineIsTheHolderAndTheAgencyLineGivesTheYears() {
    RightsReading reading = RightsNotices.parse("Copyright Frank Franklin II/Copyright 2026 The AP. All rights reserved.");

    assertThat(reading.getHolders()).containsExactly("Frank Franklin II", "The AP");
    assertThat(reading.getNotice().getHolder()).contains("Frank Franklin II");
    assertThat(reading.getNotice().getYears()).contains(YearRange.of(2026));
  }

  @Test
  void twoDifferentHoldersWithoutYearsTheFirstSpeaksForTheNotice() {
    RightsReading reading = RightsNotices.parse("© Rundfunk Berlin-Brandenburg© rbb");

    assertThat(reading.getHolders()).containsExactly("Rundfunk Berlin-Brandenburg", "rbb");
    assertThat(reading.getNotice().getHolder()).contains("Rundfunk Berlin-Brandenburg");
  }

  @Test
  void emptyAndBlankTextGiveAnEmptyNoticeWithoutText() {
    for (String blank : new String[] {"", "   ", "\n\t"}) {
      RightsReading reading = RightsNotices.parse(blank);
      assertThat(reading.getNotice()).isEqualTo(RightsNotice.builder().build());
      assertThat(reading.isFullyRecognised()).isTrue();
    }
  }

  @Test
  void nullIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> RightsNotices.parse(null)).withMessage("text");
  }

  @Test
  void implausibleYearsAreReadAsWrittenOrNotAtAllAndNeverJoinTheHolder() {
    assertThat(read("© 99999 Example News").getHolder()).contains("Example News");
    assertThat(read("© 99999 Example News").getYears()).isEmpty();
    assertThat(read("© 1066 Example News").getYears()).contains(YearRange.of(1066));
  }

  @Test
  void controlCharactersSeparateStatementsAndAreKeptVerbatim() {
    RightsNotice notice = read("© 2020 Example\u0000News\u0007 All rights reserved.");

    assertThat(notice.getText()).contains("© 2020 Example\u0000News\u0007 All rights reserved.");
    assertThat(notice.getHolder()).contains("Example");
    assertThat(notice.isAllRightsReserved()).isTrue();
  }

  @Test
  void prohibitionInGermanAndKorean() {
    assertThat(read("Eine Weiterverarbeitung oder Wiederveröffentlichung ist nicht gestattet.").getProhibitedUses())
        .containsExactly(Use.PUBLISH, Use.REWRITE);
    assertThat(read("Copyright (c) 매경AX. 무단 전재, 재배포 금지").getProhibitedUses())
        .containsExactly(Use.PUBLISH, Use.REDISTRIBUTE);
  }

  @Test
  void recognisedPartsCountCodePoints() {
    RightsReading reading = RightsNotices.parse("\uD83D\uDCF0 © 2024 Example");

    RecognisedPart part = reading.getRecognised().get(0);
    assertThat(part.getText()).isEqualTo("© 2024 Example");
    assertThat(part.getSpan().getStart()).isEqualTo(2);
    assertThat(part.getSpan().getEnd()).isEqualTo(16);
  }
}
