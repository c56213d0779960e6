package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where a holder's name starts and ends, written out by hand for each rule of {@link RightsNotices}
 * (invented notices in the shapes of real footers and picture credits, not corpus lines).
 */
class HolderBoundariesTest {

  static RightsReading reading(String text) {
    return RightsNotices.parse(text);
  }

  static String holder(String text) {
    return reading(text).getNotice().getHolder().orElse("-");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2024 Example News | Contact us | Privacy\tExample News",
    "© 2024 Example News · Impressum · Datenschutz\tExample News",
    "© 2024 Example News • About • Careers\tExample News",
    "© 2024 Example Post Terms of Service\tExample Post",
    "© 2024 Example WelleDatenschutzImpressum\tExample Welle",
    "© 2024 Example News Home About Jobs Press Contact\tExample News",
    "© 2024 Example News / About / Contact\tExample News",
    "© 2024 Example Presse / About / Contact\tExample Presse",
    "© 2024 Example News Follow us on Facebook Twitter Instagram\tExample News",
  })
  void theNameStopsAtMenuEntriesOfTheFooter(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Back to top © 2019 Copyright Example Post Media Pvt. Ltd. All Rights Reserved.\tExample Post Media Pvt. Ltd.",
    "Back to top Copyright 2019. Example Examiner. All Rights Reserved.\tExample Examiner",
    "Back to top Example Ajansı © 2021\tExample Ajansı",
    "Home About Us Contact Example Ajansı © 2021\tExample Ajansı",
    "Nach oben Example Zeitung GmbH © 2024\tExample Zeitung GmbH",
  })
  void menuEntriesBeforeTheSignAreNoPartOfTheName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2019 Example News All trademarks are the property of their respective owners.\tExample News",
    "© 2024 Example Media Ltd Registered in England and Wales No. 1234567.\tExample Media Ltd",
    "© 2024 Example Media Ltd company number 1234567\tExample Media Ltd",
    "© 2019 Example News English Deutsch Français\tExample News",
    "© 2019 Example News Download our app on the App Store and Google Play\tExample News",
    "© 2019 Example News Photos © Example Agency.\tExample News",
    "Example Square 2002-2004 © All Rights Reserved English Deutsch Français\tExample Square",
    "Example Square 2002-2004 © All Rights Reserved All trademarks are the property of their owners.\tExample Square",
    "© ZUMA Press Wire / Imago Images\tZUMA Press Wire / Imago Images",
    "© 2019 Example News v2.3.1\tExample News",
    "© 2019 Example News We use cookies to improve your experience. Accept\tExample News",
    "© 2024 We Are Example Ltd\tWe Are Example Ltd",
    "© 2019 Example Review ISSN 1234-5678\tExample Review",
    "© 2019 Examplenews Tel: +44 20 7946 0000\tExamplenews",
    "Example Square 2002-2004 © All Rights Reserved ISSN 1234-5678\tExample Square",
  })
  void boilerplateAfterTheNameEndsIt(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Example Square 2002-2004 © All Rights Reserved https://www.example.com/privacy\tExample Square",
    "Example Ajansı © 2021 info@example.com\tExample Ajansı",
    "Example Ajansı © 2021 123 Main Street, Springfield, IL 62701\tExample Ajansı",
    "© 2021 https://www.example.com/about\t-",
  })
  void aUrlAnEmailAddressOrAStreetAddressRightAfterTheSignIsNoName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2024 Example News - Alle Rechte vorbehalten\tExample News",
    "© 2024 Example News – eine Marke der Beispiel Gruppe\tExample News",
    "© 2024 Example News | Example Weekly\tExample News",
    "© 2024 | Example News\tExample News",
    "© 2024 All rights reserved by Example News\tExample News",
    "© 2024 – Example News\tExample News",
  })
  void aSeparatorAfterTheNameEndsItOnAFooter(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2024 Example News www.example.com\tExample News",
    "© 2024 Example News https://example.com/terms\tExample News",
    "© Example Media 2024 | www.example.com\tExample Media",
    "© 2024 Example News info@example.com\tExample News",
    "© 2024 Example News. Contact: info@example.com\tExample News",
    "© Example News (www.example.com)\tExample News",
  })
  void theNameStopsAtAUrlOrAnEmailAddress(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void aDomainNameUsedAsTheNameIsKept() {
    assertThat(holder("Copyright © 2024 by www.example.com.cn. all rights reserved")).isEqualTo("www.example.com.cn");
    assertThat(holder("© 2024 Example.info All Rights Reserved.")).isEqualTo("Example.info");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Copyright © 2024 Example Media Ltd, 12 High Street, London\tExample Media Ltd",
    "© 2024 Example Inc. 500 Fifth Avenue, New York\tExample Inc.",
    "© 2024 Example Zeitung Musterstraße 1 12345 Berlin\tExample Zeitung",
    "© Ejemplo Medios, S.L.U. Avda Ejemplo 25 - 28001 Madrid\tEjemplo Medios, S.L.U.",
    "© 2024 Example Zeitung GmbH & Co. KG, Musterstraße 1, 12345 Berlin\tExample Zeitung GmbH & Co. KG",
  })
  void theNameStopsAtAStreetAddress(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2024 Example News. Powered by WordPress\tExample News",
    "© 2024 Example News Powered by WordPress\tExample News",
    "© 2024 Example News Limited Powered by Example CMS Your ad choices\tExample News Limited",
    "Powered by Example CMS © 2024 Example Times. All rights reserved.\tExample Times",
  })
  void theNameStopsAtPoweredBy(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void aSignFollowedOnlyByFurnitureNamesNobody() {
    RightsReading reading = reading("Copyright © 2002-2024 - Designed by Example Digital - Powered by Example CMS");

    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.getNotice().getYears()).contains(YearRange.of(2002, 2024));
    assertThat(reading.getNoHolderReason()).contains(NoHolderReason.NONE_NAMED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Foto: © dpa\tdpa",
    "© Foto: Max Mustermann\tMax Mustermann",
    "Bild: © Max Mustermann\tMax Mustermann",
    "Photo: © Jane Doe / Reuters\tJane Doe / Reuters",
    "(Image: © NASA/ESA/J. Doe)\tNASA/ESA/J. Doe",
  })
  void creditLabelsAreNotPartOfTheHolder(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Feuerwehrleute sind vor Ort. © dpa | Max Mustermann\tdpa | Max Mustermann",
    "Caption text here. © Example Images | Jane Doe\tExample Images | Jane Doe",
    "© imago/Max Mustermann | IMAGO/Max Mustermann\timago/Max Mustermann | IMAGO/Max Mustermann",
    "Ein Bild. © Example Studios | PR\tExample Studios",
    "Ein Bild. © Example Images/iStockphoto | examplefoto\tExample Images/iStockphoto | examplefoto",
    "© Example Zeitung | Home\tExample Zeitung",
    "Ein Bild. © AFP | HANDOUT\tAFP",
    "© WDR | sportschau.de\tWDR",
    "© Example Welt | Impressum / Datenschutz\tExample Welt",
  })
  void aPictureCreditKeepsItsNamesJoinedByABarButNotARole(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 20 Minuten\t20 Minuten",
    "© 2024 100% Radio\t100% Radio",
    "Foto(s): © 123RF.com und/oder/mit © Example Archiv\t123RF.com",
    "© 5 Minuten und\t5 Minuten",
    "©2015 24/7 Wall St. | Powered by WordPress.com VIP\t24/7 Wall St.",
    "© 2024 7-Eleven, Inc.\t7-Eleven, Inc.",
    "© Example Verlag und\tExample Verlag",
  })
  void namesStartingWithADigitOrSignAreKeptAndAHangingConjunctionDropped(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2024 Example Media, LLC. All Rights Reserved\tExample Media, LLC",
    "© 2024 Example & Company, Inc. All Rights Reserved.\tExample & Company, Inc.",
    "© Example Group Ltd, Example House, Example Way, Exampleton.\tExample Group Ltd",
    "© 2024 Example Group SE\tExample Group SE",
    "© 2024 Exemplo S.A. Todos os direitos reservados.\tExemplo S.A.",
    "© 2024 Ejemplo Medios, S.L.U. Todos los derechos reservados.\tEjemplo Medios, S.L.U.",
    "© 2024 Przykład Media sp. z o.o. Wszystkie prawa zastrzeżone.\tPrzykład Media sp. z o.o.",
    "© 2024 Voorbeeld Media B.V. Alle rechten voorbehouden.\tVoorbeeld Media B.V.",
    "© 2024 Exempel Media AB. Alla rättigheter förbehållna.\tExempel Media AB",
    "© 2024 Esimerkki Oy. Kaikki oikeudet pidätetään.\tEsimerkki Oy",
    "© 2024 Příklad a.s. Všechna práva vyhrazena.\tPříklad a.s.",
    "© 2024 Példa Kft. Minden jog fenntartva.\tPélda Kft.",
    "© 2024 Örnek Medya A.Ş. Tüm hakları saklıdır.\tÖrnek Medya A.Ş.",
    "© 2024 Example India Pvt. Ltd.. All Rights reserved.\tExample India Pvt. Ltd.",
    "© 2024 Example Holdings (Pty) Ltd. All rights reserved.\tExample Holdings (Pty) Ltd.",
    "© 2024 Example Verlag GmbH 2001 - 2024\tExample Verlag GmbH",
    "© 2024 ExampleCo. Limited\tExampleCo. Limited",
    "© Guardian Example & Media Limited or its affiliated companies. All rights reserved.\tGuardian Example & Media Limited",
    "© 2024 Example Co., Ltd. All rights reserved.\tExample Co., Ltd.",
    "© 2024 Example S.p.A. P.IVA 01234567890\tExample S.p.A.",
    "© 2024 Example AG, Zürich\tExample AG",
  })
  void aLegalFormIsAGoodEndOfTheName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2025, example.at | Example Zeitung GmbH | Alle Rechte vorbehalten.\tExample Zeitung GmbH",
    "© 2000-2026, Пример правда, ООО \"Пример Медиа\". Все права защищены.\tООО \"Пример Медиа\"",
    "example.is/Dæmi hf. © 2025 | Dæmigata 2, 110 Reykjavík\tDæmi hf.",
    "Example Brand © Copyright Example Media Services, LLC\tExample Media Services, LLC",
    "Copyright © 2019 Example Insider / example.net GmbH Alle Rechte vorbehalten.\texample.net GmbH",
    "© Example-aktuell / example.de\tExample-aktuell",
    "© 2024 The Example News - by The Example Shimbun\tThe Example Shimbun",
    "Copyright ©2023 ExampleAir.com/Example Media. All Rights Reserved.\tExample Media",
    "© 2023 example.org / Example Press\tExample Press",
    "© Example WordPress Theme by ExampleDiv\tExampleDiv",
    "Example News Pty Ltd © 2024. All times AEDT (GMT +11). Powered by WordPress.com VIP\tExample News Pty Ltd",
  })
  void aBrandBesideItsCompanyGivesTheCompany(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2026 Example.com, a division of Example Network Inc. All rights reserved.\tExample.com, a division of Example Network Inc.",
    "© The Example News, a Digital Example Media Newspaper\tThe Example News, a Digital Example Media Newspaper",
    "©2026 Example News, a division of Example Entertainment Inc. Example News. All rights reserved.\tExample News, a division of Example Entertainment Inc.",
    "© Example Institute 2019, a 501(c)(3) nonprofit organization\tExample Institute",
    "© Example News, Terms of use\tExample News",
    "© 2024 Example Media, Inc., a subsidiary of Example Holdings\tExample Media, Inc., a subsidiary of Example Holdings",
    "© 2018 Example Stone, LLC, a subsidiary of Example Business Media, LLC.\tExample Stone, LLC, a subsidiary of Example Business Media, LLC",
    "© 2001-2024 Example Davis, LLC., an Example Davis company. All Rights Reserved.\tExample Davis, LLC., an Example Davis company",
  })
  void anAppositiveSayingWhosePartTheHolderIsStaysAndOtherTextAfterACommaGoes(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2019 Example News.Example Broadcasting System, Inc.All Rights Reserved.\tExample News",
    "All rights reserved © 2019 The Example Deal is a registered Trademark of Example Publishing Inc.\tThe Example Deal",
    "© 2024 Example News. This material may not be published.\tExample News",
    "© 2024 Example News unless otherwise noted. All rights reserved.\tExample News",
    "© 2025 Example Online and affiliated companies. All rights reserved.\tExample Online",
    "Example Daily 한국 Copyright ⓒ Example 신문 구독신청\tExample",
    "Copyright 2019. Example Examiner. All Rights Reserved.\tExample Examiner",
  })
  void theNameStopsWhereASentenceStarts(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "© Alt materiale på denne side er omfattet af gældende lov om ophavsret.",
    "© Jane Doe Detainees at the detention center in San Diego, Calif., on May 18, 2018.",
    "© Licencja na publikację",
    "© Example Media Main Street 5",
    "© 2025 | Dæmigata 2, 110 Reykjavík",
    "© One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen",
  })
  void whenTheReaderCannotTellWhereTheNameEndsItGivesNoneAndSaysSo(String text) {
    RightsReading reading = reading(text);

    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.getNoHolderReason()).contains(NoHolderReason.UNCLEAR);
    assertThat(reading.isNotice()).isTrue();
    assertThat(reading.getUnrecognised()).isNotEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {
    "Copyright Policy",
    "Copyright Guidelines",
    "Copyright",
    "Terms of Use | Copyright | Privacy",
    "Privacy PolicyTerms of UseCopyright & LicensingSitemap",
    "The photographer holds the copyright to these images.",
    "Copyright law protects the expression of ideas.",
    "Show ©",
    "© Show captions",
    "Tax-exempt under section 501(c)(3) of the code",
    "(a) the text, (b) the pictures and (c) the video",
    "",
  })
  void textThatIsNoNoticeGivesAnEmptyReading(String text) {
    RightsReading reading = reading(text);

    assertThat(reading.isNotice()).isFalse();
    assertThat(reading.getRecognised()).isEmpty();
    assertThat(reading.getHolders()).isEmpty();
    assertThat(reading.getNoHolderReason()).contains(NoHolderReason.NOT_A_NOTICE);
    RightsNotice expected = text.isBlank() ? RightsNotice.builder().build() : RightsNotice.builder().text(text).build();
    assertThat(reading.getNotice()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"© 2019", "All rights reserved.", "© All rights reserved | Terms", "© Montage", "© privat",
      "Copyright 2024|Tüm Hakları Saklıdır."})
  void aNoticeThatNamesNobodySaysSo(String text) {
    RightsReading reading = reading(text);

    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.isNotice()).isTrue();
    assertThat(reading.getNoHolderReason()).contains(NoHolderReason.NONE_NAMED);
  }

  @Test
  void aReadingWithAHolderHasNoReason() {
    assertThat(reading("© 2024 Example News").getNoHolderReason()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Example Verlag © 2024\tExample Verlag",
    "Example Ajansı © 2021\tExample Ajansı",
    "Example.gl © Copyright 2024. All rights reserved.\tExample.gl",
    "Lietuvos pavyzdinis radijas ir televizija© 2024. Visos teisės saugomos\tLietuvos pavyzdinis radijas ir televizija",
    "example.com © 1996-2024 The Example Post\tThe Example Post",
    "Example Maverick © All rights reserved\tExample Maverick",
    "EXR Opphavsrett EXR © 2024 Ansvarlig redaktør: Kari Nordmann\tEXR",
  })
  void aNameBeforeTheSignAndItsYearsIsTheHolderWhenNoneFollows(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Example ©",
    "Ein langer Satz über das Bild, das hier zu sehen ist. © 2024",
  })
  void wordsBeforeASignWithoutYearsOrAfterASentenceAreNoHolder(String text) {
    assertThat(reading(text).getNotice().getHolder()).isEmpty();
  }

  @Test
  void aRangeSaidInWordsThatEndsInNoYearNamesNobody() {
    RightsNotice notice = reading("Copyright \u00a9 2002 to Infinity & Beyond! Iambe.").getNotice();

    assertThat(notice.getHolder()).isEmpty(); // not "to Infinity & Beyond! Iambe"
    assertThat(notice.getYears()).contains(YearRange.of(2002, 2002));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2019–2023 Example News\t2019\t2023",
    "© 2019 - 2023 Example News\t2019\t2023",
    "© 2019/2023 Example News\t2019\t2023",
    "©2019 Example News\t2019\t2019",
    "(c) 2019 Example News\t2019\t2019",
    "©\uFE0F 2019 Example News\t2019\t2019",
    "copyright 2019 Example News\t2019\t2019",
    "© Example News 2019\t2019\t2019",
    "© Example News, 2019\t2019\t2019",
    "© Example News 2003 - 2019 powered by Example Network\t2003\t2019",
    "2012 - 2020 © by Example Nachrichten Ltd.\t2012\t2020",
    "Copyright © 2000- Example.com, LLC.\t2000\t2000",
    "Copyright Jane Doe/Copyright 2024 The Example Press. All rights reserved\t2024\t2024",
    "Copyright 2002--2006 Example News. All Rights Reserved.\t2002\t2006",
    "Copyright 2002 to 2006 Example News. All rights reserved.\t2002\t2006",
    "© 2005 until 2007 Jane Doe\t2005\t2007",
    "Copyright 1999 to present Example News.\t1999\t1999",
  })
  void yearsAreReadInEveryUsualFormAndPlace(String text, int start, int end) {
    RightsNotice notice = reading(text).getNotice();

    assertThat(notice.getYears()).contains(YearRange.of(start, end));
    assertThat(notice.getHolder()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "© Example. Alle rechten voorbehouden.", "© Example. Alla rättigheter förbehållna.",
    "© Example. Alle rettigheder forbeholdes.", "© Example. Alle rettigheter reservert.",
    "© Example. Kaikki oikeudet pidätetään.", "© Example. Wszystkie prawa zastrzeżone.",
    "© Example. Všechna práva vyhrazena.", "© Example. Všetky práva vyhradené.",
    "© Example. Minden jog fenntartva.", "© Example. Toate drepturile rezervate.",
    "© Example. Tüm hakları saklıdır.", "© Example. Με επιφύλαξη παντός δικαιώματος.",
    "© Example. Все права защищены.", "© Example. Усі права захищені.", "© Example 無断転載を禁じます",
    "© Example 版权所有", "© Example. All right reserved.", "© Example All rights resderved.",
    "© Example. Riproduzione riservata.", "© Example. Haki zote zimehifadhiwa.", "© Example. כל הזכויות שמורות",
    "© Example. Alle regte voorbehou.", "© Example. Hak cipta dilindungi undang-undang.",
    // beyond the issue's list: the languages of news sites in Europe and beyond
    "© Example. Reservados todos los derechos.", "© Example. Derechos reservados.", "© Example. Med ensamrätt.",
    "© Example. Με την επιφύλαξη παντός δικαιώματος.", "© Example. Visas tiesības aizsargātas.",
    "© Example. Kõik õigused kaitstud.", "© Example. Всички права запазени.", "© Example. Сва права задржана.",
    "© Example. Сите права се задржани.", "© Example. Усе правы абаронены.", "© Example. Öll réttindi áskilin.",
    "© Example. Të gjitha të drejtat e rezervuara.", "© Example. Todos os dereitos reservados.",
    "© Example. Eskubide guztiak erreserbatuta.", "© Example. Cedwir pob hawl.", "© Example. Bütün hüquqlar qorunur.",
    "© Example. সর্বস্বত্ব সংরক্ষিত", "© Example. جملہ حقوق محفوظ ہیں", "© Example. 모든 권리 보유",
    "© Example. Hak cipta terpelihara.",
  })
  void allRightsReservedInTheLanguagesOfTheIssue(String text) {
    RightsNotice notice = reading(text).getNotice();

    assertThat(notice.isAllRightsReserved()).isTrue();
    assertThat(notice.getHolder()).contains("Example");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "© Example. Toute reproduction est interdite.",
    "© Example. Queda prohibida la reproducción total o parcial.",
    "© Example. È vietata la riproduzione.",
    "© Example. Reproductie zonder toestemming is verboden.",
    "© Example. Kopiering är förbjuden.",
    "© Example. Kopiering forbudt.",
    "© Example. Kopiowanie zabronione.",
    "© Example. Воспроизведение запрещено.",
    "© Example. Відтворення заборонено.",
    "© Example 無断複製を禁止します",
    "© Example. 무단 복사 금지",
  })
  void reproductionProhibitedInOtherLanguages(String text) {
    RightsNotice notice = reading(text).getNotice();

    assertThat(notice.getProhibitedUses()).contains(Use.REDISTRIBUTE);
    assertThat(notice.getHolder()).contains("Example");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "2025 The Example Citizen. All Rights Reserved.\tThe Example Citizen\t2025",
    "2019 Examplenews, Inc. All Rights Reserved\tExamplenews, Inc.\t2019",
    "2023 All Rights Reserved\t-\t2023",
  })
  void aLineThatStartsWithYearsAndReservesAllRightsStatesThemWithoutASign(String text, String holder, int year) {
    RightsNotice notice = reading(text).getNotice();

    assertThat(notice.getHolder().orElse("-")).isEqualTo(holder);
    assertThat(notice.getYears()).contains(YearRange.of(year));
    assertThat(notice.isAllRightsReserved()).isTrue();
  }

  @Test
  void yearsAtTheStartOfALineWithoutAReservationAreNoStatement() {
    assertThat(reading("2025 The Example Citizen").isNotice()).isFalse();
  }

  @Test
  void aHandleIsAWholeName() {
    assertThat(holder("Image Copyright @ExampleUser @ExampleUser")).isEqualTo("@ExampleUser");
  }

  @Test
  void aBracketedAsideWithinTheNameIsKept() {
    assertThat(holder("© 2019 The Printers (Example) Private Ltd.")).isEqualTo("The Printers (Example) Private Ltd.");
    assertThat(holder("Bild © Max Mustermann (hr)")).isEqualTo("Max Mustermann (hr)");
  }

  @Test
  void aCaptionBeforeTheSignIsNotPartOfTheCredit() {
    assertThat(holder("Das Wohnheim in Example-Dorf © Gemeinde Example-Dorf")).isEqualTo("Gemeinde Example-Dorf");
  }

  @Test
  void twoNoticesInOneLineTheFirstHolderSpeaks() {
    RightsReading reading = reading("Copyright © Example Zprávy, a.s.Copyright © Example.cz, a.s.");

    assertThat(reading.getNotice().getHolder()).contains("Example Zprávy, a.s.");
  }

  @Test
  void anUnreadableFirstStatementLeavesTheHolderUnclearRatherThanTakingTheSecond() {
    RightsReading reading = reading("© Licencja na publikację © Example Agency");

    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.getNoHolderReason()).contains(NoHolderReason.UNCLEAR);
    assertThat(reading.getHolders()).containsExactly("Example Agency");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© Copyright of Example Media Group Limited 2011\tExample Media Group Limited",
    "Copyright by Example News\tExample News",
    "© 2024 von Beispiel Verlag\tBeispiel Verlag",
  })
  void aPrepositionBeforeTheNameIsNoPartOfIt(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void aPlainWordAfterALegalFormAndACommaIsTheNextPhrase() {
    assertThat(holder("© Example Media Ltd, company number: 0123456 registered office 1 Example Court"))
        .isEqualTo("Example Media Ltd");
    assertThat(holder("© 2020 Example Media, LLC")).isEqualTo("Example Media, LLC");
    assertThat(holder("Copyright © Example Zprávy, a.s.")).isEqualTo("Example Zprávy, a.s.");
  }

  @Test
  void aYearGluedToTheNameIsSetApart() {
    RightsReading reading = reading("Copyright ©2018Example Corporation. All rights reserved.");

    assertThat(reading.getNotice().getHolder()).contains("Example Corporation");
    assertThat(reading.getNotice().getYears()).contains(YearRange.of(2018, 2018));
  }

  @Test
  void aServersDateTimeStampEndsTheYears() {
    RightsReading java = reading("© 1996-Thu Dec 15 06:14:35 EST 2016 Example Society.");
    RightsReading script = reading("© 2001-Fri Mar 01 2024 10:00:00 GMT+0100 Example Verlag");

    assertThat(java.getNotice().getHolder()).contains("Example Society");
    assertThat(java.getNotice().getYears()).contains(YearRange.of(1996, 2016));
    assertThat(script.getNotice().getHolder()).contains("Example Verlag");
    assertThat(script.getNotice().getYears()).contains(YearRange.of(2001, 2024));
  }

  @Test
  void aSentenceOfLowerCaseWordsNamesNobody() {
    RightsReading reading = reading(
        "© 2021, Jebkādu materiālu pilnīga vai daļēja izmantošana atļauta tikai ar example.lv redakcijas atļauju.");

    assertThat(reading.getNotice().getHolder()).isEmpty();
    assertThat(reading.getNotice().getYears()).contains(YearRange.of(2021, 2021));
    assertThat(holder("© 2020 Lietuvos nacionalinis radijas ir televizija")).isEqualTo("Lietuvos nacionalinis radijas ir televizija");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2006 Example Development Company, L.P.\tExample Development Company, L.P.",
    "© 2024 Example Partners, L.L.P. All rights reserved.\tExample Partners, L.L.P.",
    "© 2024 Beispiel Verlag A.G. | Impressum\tBeispiel Verlag A.G.",
  })
  void aLegalFormWithAPeriodAfterEachLetterIsOne(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void yearsInRomanNumeralsAfterTheNameEndIt() {
    RightsReading mmi = reading("This page copyright © Example Studio MMI");
    RightsReading mcmxcix = reading("© Example Pictures MCMXCIX. All rights reserved.");

    assertThat(mmi.getNotice().getHolder()).contains("Example Studio");
    assertThat(mmi.getNotice().getYears()).contains(YearRange.of(2001));
    assertThat(mcmxcix.getNotice().getHolder()).contains("Example Pictures");
    assertThat(mcmxcix.getNotice().getYears()).contains(YearRange.of(1999));
    // not a year: two letters (initials), a form that is not standard, a value out of range
    assertThat(holder("© Example MM")).isEqualTo("Example MM");
    assertThat(holder("© Example MIM")).isEqualTo("Example MIM");
    assertThat(holder("© Example MDCCC")).isEqualTo("Example MDCCC");
  }

  @Test
  void theSignAndTheWordTogetherClaimCopyrightEvenNamingNobody() {
    RightsReading claim = reading("© Copyright - Website by Example Design - Example Homes | Links");
    RightsReading signAlone = reading("©");
    RightsReading wordAlone = reading("Privacy | Copyright | Terms");

    assertThat(claim.isNotice()).isTrue();
    assertThat(claim.getNotice().getHolder()).isEmpty();
    assertThat(claim.getNoHolderReason()).contains(NoHolderReason.NONE_NAMED);
    assertThat(signAlone.isNotice()).isFalse();
    assertThat(wordAlone.isNotice()).isFalse();
    assertThat(reading("© Copyright").isNotice()).isFalse(); // alone on its line: the label of a link
  }

  @Test
  void aWordThatIntroducesTheFirstYearIsNoName() {
    RightsReading since = reading("Copyright Since © 2003 Example.com all rights reserved.");
    RightsReading seit = reading("© seit 2001 Beispiel Verlag");

    assertThat(since.getNotice().getHolder()).contains("Example.com");
    assertThat(since.getNotice().getYears()).contains(YearRange.of(2003));
    assertThat(seit.getNotice().getHolder()).contains("Beispiel Verlag");
    assertThat(seit.getNotice().getYears()).contains(YearRange.of(2001));
  }

  @Test
  void aSiteNamedInLowerCaseAfterTheWordCopyrightIsTheHolder() {
    assertThat(holder("Unauthorised use is prohibited. Copyright by example.co.kr")).isEqualTo("example.co.kr");
    assertThat(holder("Copyright example.com")).isEqualTo("example.com");
    assertThat(reading("Copyright policy").isNotice()).isFalse();
  }

  @Test
  void aMonthBeforeTheYearIsPartOfADateNotAName() {
    RightsReading month = reading("© August 2000");
    RightsReading day = reading("© 15. März 2021 | Impressum");

    assertThat(month.getNotice().getHolder()).isEmpty();
    assertThat(month.getNotice().getYears()).contains(YearRange.of(2000));
    assertThat(day.getNotice().getHolder()).isEmpty();
    assertThat(day.getNotice().getYears()).contains(YearRange.of(2021));
    assertThat(holder("© August Media 2020")).isEqualTo("August Media");
  }

  @Test
  void aTopLevelDomainWrittenAsAWordStaysWithTheName() {
    assertThat(holder("Copyright © 2003 ExampleNews.Net Ltd. All rights reserved.")).isEqualTo("ExampleNews.Net Ltd.");
    assertThat(holder("© 2004 Example.Com")).isEqualTo("Example.Com");
    // a full stop glued to the next sentence still ends the name
    assertThat(holder("© 2024 Example News Network.Turner Broadcasting")).isEqualTo("Example News Network");
  }

  @Test
  void theClaimWordInItsOtherFormsIsNoName() {
    RightsReading copyrighted = reading("© Copyrighted 1998-2005");
    RightsReading copyrights = reading("Copyrights 2005 Example Press");

    assertThat(copyrighted.getNotice().getHolder()).isEmpty();
    assertThat(copyrighted.getNotice().getYears()).contains(YearRange.of(1998, 2005));
    assertThat(copyrights.getNotice().getHolder()).contains("Example Press");
    assertThat(holder("© 2003 copyright Example Energy. All rights reserved.")).isEqualTo("Example Energy");
    assertThat(reading("Copyrighted material").getNotice().getHolder()).isEmpty(); // not a name: lower case
  }

  @Test
  void aHolderAfterIsCopyrightIsNamed() {
    assertThat(holder("Unless stated otherwise, all material is copyright The Example University."))
        .isEqualTo("The Example University");
    assertThat(holder("This page is copyrighted by Example Software, Inc.")).isEqualTo("Example Software, Inc.");
    // in lower case without a copula before it, the word is no statement
    assertThat(reading("Read our copyright Terms").isNotice()).isFalse();
  }

  @Test
  void aCreditLabelWithASpacedColonIsDropped() {
    assertThat(holder("© Copyright 2001 Photos : Example Studio, Kathmandu")).isEqualTo("Example Studio");
    assertThat(holder("© 2024 Foto : Beispiel Agentur")).isEqualTo("Beispiel Agentur");
    assertThat(reading("© 2024 Redaktion : Beispiel Verlag").getNotice().getHolder()).isEmpty(); // a label, not a name
  }

  @Test
  void aRunOfDashesBetweenSpacesIsASeparator() {
    assertThat(holder("Copyright ©2000-2006 ExampleLearning.com ------ How to cite a web page"))
        .isEqualTo("ExampleLearning.com");
    assertThat(holder("© 2010 Example Times -- Site map")).isEqualTo("Example Times");
  }

  @Test
  void aNameInQuotationMarksIsReadWhole() {
    assertThat(holder("©2006 \"Example.com. The Market Paper\" All Rights Reserved.")).isEqualTo("Example.com. The Market Paper");
    assertThat(holder("© „Beispiel. Die Zeitung“ 2019")).isEqualTo("Beispiel. Die Zeitung");
    assertThat(holder("©2006 \"Example.com. The Paper\" ------ How to cite")).isEqualTo("Example.com. The Paper");
    // not followed by a clear end: the quoted words are a title inside a longer name
    assertThat(holder("© 2019 \"Example\" Media Group Ltd.")).isEqualTo("\"Example\" Media Group Ltd.");
  }

  @Test
  void anAsideWrittenLikeANameStaysWhenTheNameEndsAfterIt() {
    RightsReading aside = reading("© The State of Example (Department of Primary Industries) 1995 - 2006.");

    assertThat(aside.getNotice().getHolder()).contains("The State of Example (Department of Primary Industries)");
    assertThat(aside.getNotice().getYears()).contains(YearRange.of(1995, 2006));
    // a caption in brackets, or an aside followed by more text, ends the name
    assertThat(holder("© 2020 Example Agency (photo taken in the Alps)")).isEqualTo("Example Agency");
    assertThat(holder("© 2020 Example Agency (Main Office) Contact us")).isEqualTo("Example Agency");
  }

  @Test
  void theCompanyBehindABrandAfterADashIsTheHolder() {
    assertThat(holder("© 2006 ExampleArticles™ - ExampleSmart, Ltd. · About Us · Privacy Policy"))
        .isEqualTo("ExampleSmart, Ltd.");
    assertThat(holder("© 2006 Example Brand - Example Street 5")).isEqualTo("Example Brand");
  }

  @Test
  void aHolderNamedAfterAllRightsReservedNeedsItsYears() {
    RightsReading after = reading("All Rights Reserved, Example Chiropractic, 2006.");

    assertThat(after.getNotice().getHolder()).contains("Example Chiropractic");
    assertThat(after.getNotice().getYears()).contains(YearRange.of(2006));
    assertThat(reading("All rights reserved, Example Chiropractic").getNotice().getHolder()).isEmpty();
  }

  @Test
  void aProhibitionNamesWhosePermissionItNeedsWhenNoStatementNamesAHolder() {
    assertThat(holder("No material may be copied without written permission from Jane Q. Example. Please respect our copyright."))
        .isEqualTo("Jane Q. Example");
    assertThat(reading("Reproduction is prohibited without the consent of the publisher.").getNotice().getHolder()).isEmpty();
    // a copyright statement's holder comes first
    assertThat(holder("© 2020 Example Press. Not to be reproduced without permission from Example Agency."))
        .isEqualTo("Example Press");
    // no prohibition before it: an invitation names nobody
    assertThat(reading("Ask for permission from Example Agency. © 2020").getNotice().getHolder()).isEmpty();
  }

  @Test
  void theWordCopyrightBeforeASeparatorIsAMenuEntry() {
    RightsReading menu = reading("About Example.com | Terms of Use | Copyright | About the Example Company");

    assertThat(menu.isNotice()).isFalse();
    assertThat(menu.getNotice().getHolder()).isEmpty();
    // with a sign it is a statement
    assertThat(holder("Terms of Use | © 2020 | Example Company")).isEqualTo("Example Company");
  }

  @Test
  void aPhraseBeforeTheSignThatNamesTheWorkNamesNobody() {
    RightsReading work = reading("Site Design & contents copyright 1997, 1998, 1999, 2000");

    assertThat(work.getNotice().getHolder()).isEmpty();
    assertThat(work.getNotice().getYears()).contains(YearRange.of(1997, 2000));
    assertThat(reading("All content © 2020").getNotice().getHolder()).isEmpty();
    assertThat(holder("Example Publishing © 2020")).isEqualTo("Example Publishing");
  }

  @Test
  void aNameBeforeTheYearsBeforeTheSign() {
    RightsReading r = reading("Example Square 2002-2004 © All Rights Reserved");

    assertThat(r.getNotice().getHolder()).contains("Example Square");
    assertThat(r.getNotice().getYears()).contains(YearRange.of(2002, 2004));
    assertThat(r.getNotice().isAllRightsReserved()).isTrue();
  }

  @Test
  void arrInCapitalsReservesAllRights() {
    RightsReading r = reading("© 2005 Example Reason ARR | 1438 East 33rd Street");

    assertThat(r.getNotice().getHolder()).contains("Example Reason");
    assertThat(r.getNotice().isAllRightsReserved()).isTrue();
    assertThat(reading("© 2005 Example Arrow Works").getNotice().isAllRightsReserved()).isFalse();
    assertThat(reading("© 2005 Example Media, arr. by Jane Doe").getNotice().isAllRightsReserved()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "©Example Observer No 231/232, May 2002\tExample Observer",
    "© 2019 Example Review Vol. 3\tExample Review",
    "© 2019 Example No Limits Ltd.\tExample No Limits Ltd.",
  })
  void anIssueNumberEndsAPeriodicalsName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void aPossessiveApostropheWithNothingAfterItIsDropped() {
    assertThat(holder("©2001 Jane Roberts'")).isEqualTo("Jane Roberts");
    assertThat(holder("©2001 Jane Roberts\u2019")).isEqualTo("Jane Roberts");
    assertThat(holder("© 2020 'Example Friends'")).isEqualTo("Example Friends");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2002 Example HouseUpdated 1 May 2006\tExample House",
    "© 2006 Example Society. Last modified: 09/02/06\tExample Society",
    "© 2006 Example Society Last updated 2006\tExample Society",
  })
  void theDateOfThePageEndsTheName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void theSentenceAfterAllRightsReservedNamesNoHolder() {
    RightsReading r = reading("© 2004-2019 All rights reserved. EXN is the registered trade mark of Example Media.");

    assertThat(r.getNotice().getHolder()).isEmpty();
    assertThat(r.getNotice().getYears()).contains(YearRange.of(2004, 2019));
    assertThat(holder("Example Daily © All rights reserved")).isEqualTo("Example Daily");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2019 Example Network, a division of Example Holdings Inc.\tExample Network, a division of Example Holdings Inc.",
    "© 2019 Example Seed, a company registered in England & Wales\tExample Seed",
  })
  void anAppositiveNamesWhosePartTheHolderIsWithACapitalisedWord(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© EXB 2016 | Part of Example Trade Media Ltd.\tExample Trade Media Ltd.",
    "© 2024 Example Weekly · A division of Example Holdings Inc.\tExample Holdings Inc.",
    "© 2024 Example Weekly. Operated by EXAMPLE MEDIA LIMITED, a company registered in England\tEXAMPLE MEDIA LIMITED",
    "Copyright 2024 Example Weekly - Owned by Example Publishing GmbH\tExample Publishing GmbH",
    // no legal form: no company named, the brand stays
    "© 2024 Example Weekly | Part of the Example family of sites\tExample Weekly",
    // a brand with a legal form of its own stays
    "© 2024 Example Weekly Ltd | Part of Example Group plc\tExample Weekly Ltd",
  })
  void theCompanyThatOwnsTheBrandAfterTheNoticeIsTheHolder(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void theOwnerThatIsThePropertyOfNamesIsTheHolderWhenNoStatementNamesOne() {
    assertThat(holder("Market data is the property of Example Exchange Inc. and its licensors. All rights reserved."))
        .isEqualTo("Example Exchange Inc.");
    assertThat(holder("All content on this site is the exclusive property of Example Media LLC. All rights reserved."))
        .isEqualTo("Example Media LLC");
    // trademarks and logos belong to their owners, who hold no copyright in the page
    assertThat(reading("All rights reserved. All logos are the property of Example Brands Inc.").getNotice().getHolder())
        .isEmpty();
    assertThat(reading("All trademarks are the property of their respective owners. All rights reserved.").getNotice()
        .getHolder()).isEmpty();
    // a statement's holder comes first; prose that states no rights gives no reading
    assertThat(holder("© 2024 Example Press. Market data is the property of Example Exchange Inc."))
        .isEqualTo("Example Press");
    assertThat(reading("The house is the property of Example Estates Ltd.").isNotice()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Copyright 2024 examplenews\texamplenews",
    "Copyright examplenews 2024\texamplenews",
    "Copyright 2024 the Example Association. All Rights Reserved.\tthe Example Association",
    "Copyright 2003 dpa/Example Wire/K.C. Example. All rights reserved.\tdpa/Example Wire/K.C. Example",
  })
  void yearsAfterTheWordCopyrightMakeAStatementWhoseNameMayBeInLowerCase(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void withoutYearsOrASignTheWordCopyrightBeforeLowerCaseIsNoStatement() {
    assertThat(reading("Copyright infringement is a crime").getNotice().getHolder()).isEmpty();
    assertThat(reading("Copyright policy 2024").getNotice().getHolder()).isEmpty();
    assertThat(reading("Copyright example.com policy applies").getNotice().getHolder()).isEmpty();
  }

  @Test
  void aSiteWithItsLegalFormAfterTheWordCopyrightIsTheHolderInLowerCase() {
    assertThat(holder("Copyright example-media.com Ltd All rights reserved. Reproduction without express written "
        + "permission of example.com is prohibited.")).isEqualTo("example-media.com Ltd");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© 2006 Example-Medical.Net.\tExample-Medical.Net",
    "©2006 ExampleSite.Com. All rights reserved.\tExampleSite.Com",
    "© 2006 ExampleNews.Net Ltd.\tExampleNews.Net Ltd.",
    // a full stop glued to the next sentence still ends the name
    "© 2019 Example News Network.Example Broadcasting System, Inc. All Rights Reserved.\tExample News Network",
  })
  void aTopLevelDomainWrittenAsAWordBeforeTheFullStopStaysInTheName(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "©1986 - 2024 Example Data Inc. dba ExampleData\tExample Data Inc.",
    "© 2024 Example Group dba Example News\tExample Group",
    "© 2024 Example Group d/b/a Example News\tExample Group",
    "© 2024 Example Group doing business as Example News\tExample Group",
  })
  void theCompanyBeforeItsTradeNameIsTheHolder(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "Copyright 2006 by the Example Council on Foreign Affairs, Inc. All Rights Reserved.\tthe Example Council on Foreign Affairs, Inc.",
    "© 2024 Example Institute on Taxation and Economic Policy, Inc.\tExample Institute on Taxation and Economic Policy, Inc.",
    "© 2024 Example Centre in Wales Ltd\tExample Centre in Wales Ltd",
  })
  void aPrepositionInsideACompanysNameIsPartOfIt(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "© 2002 Example House in Example", // no legal form: a caption may run on
    "© 2024 Example in Example Ltd offices", // the legal form does not end the name
    "© Example Person Detainees at Example Mesa immigration detention center in San Diego, Calif., on May 18.",
  })
  void aPrepositionOutsideACompanysNameLeavesTheHolderUnclear(String text) {
    assertThat(reading(text).getNotice().getHolder()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "example, 2018-2019 © All rights reserved. Operated by EXAMPLE LIMITED, a company registered in England\tEXAMPLE LIMITED",
    "© All rights reserved. Owned and operated by Example Media Ltd.\tExample Media Ltd.",
    "© 2024 Operated by Example Ltd\tExample Ltd",
    "© 2024 All rights reserved | A division of Example Holdings Inc.\tExample Holdings Inc.",
  })
  void theCompanyThatRunsTheSiteIsTheHolderWhenTheNoticeNamesNoOther(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }

  @Test
  void theOperatorsWordsAreARecognisedPartAndANameWithoutALegalFormNamesNobody() {
    RightsReading reading = reading("© All rights reserved. Operated by Example Media Ltd.");
    assertThat(reading.getRecognised()).extracting(RecognisedPart::getText).contains("Operated by Example Media Ltd.");
    assertThat(reading.getUnrecognised()).isEmpty();
    // whose part the site is, if no company is named? nobody
    assertThat(reading("© 2024 Part of the Example family").getNotice().getHolder()).isEmpty();
    assertThat(reading("© 2024 All rights reserved. Operated by the Example team").getNotice().getHolder()).isEmpty();
    // only a sentence or a part after a separator that opens with the phrase says who runs the site
    assertThat(reading("© All rights reserved. Some photos owned by Example Agency Ltd. are used under licence.")
        .getNotice().getHolder()).isEmpty();
    // a statement's holder comes first
    assertThat(holder("© 2024 Example News Ltd. All rights reserved. Operated by Example Media Ltd.")).isEqualTo("Example News Ltd.");
  }

  @Test
  void aNameBeforeTheReservationAndTheSignIsTheHolderAndEachIsItsOwnPart() {
    RightsReading reading = reading("Example News | All Rights Reserved | Copyright 2023");
    assertThat(reading.getNotice().getHolder()).hasValue("Example News");
    assertThat(reading.getRecognised()).extracting(RecognisedPart::getText)
        .containsExactly("Example News", "All Rights Reserved", "Copyright 2023");
    // a menu entry there is no name
    assertThat(reading("Privacy Policy | All Rights Reserved | © 2023").getNotice().getHolder()).isEmpty();
    // a sentence before the reservation is a caption
    assertThat(reading("Example News. All rights reserved. © 2024").getNotice().getHolder()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"© 2023 | About | Contact", "© 2023 | Home", "Copyright 2023 | About | Contact", "© 2024 | Careers"})
  void oneMenuEntryAfterTheSeparatorNamesNobody(String text) {
    RightsNotice notice = reading(text).getNotice();
    assertThat(notice.getHolder()).isEmpty();
    assertThat(notice.getYears()).isPresent();
  }

  @Test
  void yearsAfterTheWordCopyrightKeepTheStatementBeforeAMenu() {
    RightsReading reading = reading("Copyright 2023 / About / Contact");
    assertThat(reading.getNotice().getYears()).hasValue(YearRange.of(2023));
    assertThat(reading.getNotice().getHolder()).isEmpty();
    // the word before a name that is no holder, with no years before it, is no statement
    assertThat(reading("Copyright policy 2024").isNotice()).isFalse();
  }

  @Test
  void recognisedPartsOfEveryLabelledLineAreInTextOrderAndNeverOverlap() throws java.io.IOException {
    java.util.List<String> overlapping = new java.util.ArrayList<>();
    for (NoticeLabelsTest.Label label : NoticeLabelsTest.allRows()) {
      int end = 0;
      for (RecognisedPart part : reading(label.notice()).getRecognised()) {
        if (part.getSpan().getStart() < end) {
          overlapping.add(label.notice() + " :: " + part.getText());
        }
        end = Math.max(end, part.getSpan().getEnd());
      }
    }
    assertThat(overlapping).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "&copy; 2024 Example News\tExample News",
    "Copyright &copy; 2024 Example News. All rights reserved.\tExample News",
    "&#169; 2024 Example News\tExample News",
    "&#xA9;2024 Example Ltd.\tExample Ltd.",
  })
  void theSignLeftAsAnHtmlCharacterReferenceIsTheSign(String text, String holder) {
    RightsReading reading = reading(text);
    assertThat(reading.getNotice().getHolder()).hasValue(holder);
    assertThat(reading.getNotice().getYears()).hasValue(YearRange.of(2024));
    assertThat(reading.getNotice().getText()).hasValue(text); // read, not decoded
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    "© Provided by Example Times\tExample Times",
    "© Courtesy of Example Museum\tExample Museum",
    "© 2024 Provided by Example Agency. All rights reserved.\tExample Agency",
  })
  void whoProvidedTheWorkIsTheHolderAsAfterBy(String text, String holder) {
    assertThat(holder(text)).isEqualTo(holder);
  }
}
