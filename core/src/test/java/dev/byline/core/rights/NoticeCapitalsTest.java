package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A footer written in capitals says what it says in ordinary case: every development line that the
 * reader gets right, written in capitals, gives its holder in capitals, and the same years, "all
 * rights reserved" and licence.
 */
class NoticeCapitalsTest {

  /**
   * The known exceptions, where capitals hide what case showed: a full stop glued to the next
   * sentence ("NETWORK.TURNER" reads like a domain, "Network.Turner" does not), a menu glued to the
   * name ("WELLEDATENSCHUTZ"), and "A REACH PLC SUBSIDIARY", whose lower-case "subsidiary" after the
   * legal form is part of the labelled name.
   */
  static final List<String> KNOWN = List.of("CABLE NEWS NETWORK", "DEUTSCHE WELLE", "A REACH PLC SUBSIDIARY");

  @Test
  void everyRightDevelopmentLineInCapitalsGivesTheSameReadingInCapitals() throws IOException {
    List<String> changed = new ArrayList<>();
    int read = 0;
    for (NoticeLabelsTest.Label l : NoticeLabelsTest.rightDevelopmentRows()) {
      String line = l.notice().toUpperCase(Locale.ROOT);
      String holder = l.holder().toUpperCase(Locale.ROOT);
      // lines whose length changes in capitals ("ß" is "SS") cannot keep their spans; they are left out
      if (line.length() != l.notice().length() || KNOWN.contains(holder)) {
        continue;
      }
      read++;
      NoticeLabelsTest.Read capitals = NoticeLabelsTest.Read.of(line);
      if (!capitals.equals(NoticeLabelsTest.Read.of(l.notice()).withHolder(holder))) {
        changed.add("«" + line + "» gives " + capitals + ", not " + holder);
      }
    }
    assertThat(read).as("development lines read right").isGreaterThan(450);
    assertThat(changed).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '\t', value = {
    // a year glued to a name in capitals, as to a capitalised one ("©2018Impress Corporation")
    "COPYRIGHT ©2018EXAMPLE CORPORATION. ALL RIGHTS RESERVED.\tEXAMPLE CORPORATION\t2018",
    "©1996-2001EXAMPLE DESIGN ASSOCIATES, INC.\tEXAMPLE DESIGN ASSOCIATES, INC.\t1996-2001",
    // a server's clock in capitals where the end year stands
    "© 1996-THU DEC 15 06:14:35 EST 2016 EXAMPLE SOCIETY.\tEXAMPLE SOCIETY\t1996-2016",
    // the verb of a sentence in capitals ends the name
    "ALL RIGHTS RESERVED © 2019 EXAMPLE DEAL IS A REGISTERED TRADEMARK OF EXAMPLE PUBLISHING INC.\tEXAMPLE DEAL\t2019",
    // two capitals glued to a number are a name, not a year and a name
    "© 2000AD COMICS\t2000AD COMICS\t-",
  })
  void capitalsReadAsOrdinaryCaseDoes(String text, String holder, String years) {
    NoticeLabelsTest.Read read = NoticeLabelsTest.Read.of(text);
    assertThat(read.holder()).isEqualTo(holder);
    assertThat(read.years()).isEqualTo(years);
  }

  @Test
  void inOrdinaryCaseACapitalisedVerbStaysPartOfTheName() {
    assertThat(NoticeLabelsTest.Read.of("© 2024 What Is News Ltd").holder()).isEqualTo("What Is News Ltd");
  }
}
