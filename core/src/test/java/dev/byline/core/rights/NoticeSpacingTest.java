package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.RightsNotice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Spaces inside a line do not change what a notice says: text copied from a page often has double
 * spaces, tabs or no-break spaces where a plain space stood. The reader reads every run of them as one
 * space, and still gives the holder and every recognised stretch as the text writes them.
 */
class NoticeSpacingTest {

  static final Map<String, UnaryOperator<String>> SPACINGS = new LinkedHashMap<>();

  static {
    SPACINGS.put("double spaces", s -> s.replace(" ", "  "));
    SPACINGS.put("a tab after each space", s -> s.replace(" ", " \t"));
    SPACINGS.put("no-break spaces", s -> s.replace(' ', '\u00a0'));
    SPACINGS.put("a space and a no-break space", s -> s.replace(" ", " \u00a0"));
  }

  @Test
  void everyRightDevelopmentLineKeepsItsHolderWrittenWithTheNewSpaces() throws IOException {
    List<String> changed = new ArrayList<>();
    int read = 0;
    for (NoticeLabelsTest.Label l : NoticeLabelsTest.rightDevelopmentRows()) {
      NoticeLabelsTest.Read plain = NoticeLabelsTest.Read.of(l.notice());
      read++;
      for (Map.Entry<String, UnaryOperator<String>> spacing : SPACINGS.entrySet()) {
        String line = spacing.getValue().apply(l.notice());
        NoticeLabelsTest.Read spaced = NoticeLabelsTest.Read.of(line);
        String holder = spacing.getValue().apply(l.holder());
        if (!spaced.equals(plain.withHolder(holder))) {
          changed.add(spacing.getKey() + ": «" + line + "» gives " + spaced + ", not " + holder);
        }
      }
    }
    assertThat(read).as("development lines read right").isGreaterThan(450);
    assertThat(changed).isEmpty();
  }

  @Test
  void aDoubleSpacedReservationEndsTheName() {
    RightsNotice notice = RightsNotices.parse("©  2014  MLive  Media  Group  All  rights  reserved  (About  Us).").getNotice();
    assertThat(notice.getHolder()).hasValue("MLive  Media  Group");
    assertThat(notice.isAllRightsReserved()).isTrue();
  }

  @Test
  void aTabIsASpaceNotTheEndOfTheLine() {
    assertThat(RightsNotices.parse("©\t2019\tNewsweek").getNotice().getHolder()).hasValue("Newsweek");
    assertThat(RightsNotices.parse("©\t2019\nNewsweek").getNotice().getHolder()).isEmpty();
  }

  @Test
  void recognisedStretchesAndLeftoversAreTheTextAsWritten() {
    String text = "Copyright \u00a9\u00a02019  Example\u00a0 News,\tInc.  All\u00a0rights reserved.  |  Terms  of  Use";
    RightsReading reading = RightsNotices.parse(text);
    assertThat(reading.getNotice().getText()).hasValue(text);
    assertThat(reading.getNotice().getHolder()).hasValue("Example\u00a0 News,\tInc.");
    for (RecognisedPart part : reading.getRecognised()) {
      assertThat(part.getSpan().extractFrom(text)).isEqualTo(part.getText());
    }
    assertThat(reading.getRecognised()).extracting(RecognisedPart::getText)
        .containsExactly("Copyright \u00a9\u00a02019  Example\u00a0 News,\tInc.", "All\u00a0rights reserved.");
    assertThat(reading.getUnrecognised()).containsExactly("|  Terms  of  Use");
  }
}
