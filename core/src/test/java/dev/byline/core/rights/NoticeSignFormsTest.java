package dev.byline.core.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a statement opens does not change whom it names: every development line that the reader gets
 * right and that opens with a copyright sign or the word Copyright keeps its holder when it opens
 * with any other of the usual forms ("©", "(c)", "(C)", "Copyright", "Copyright ©", "© Copyright",
 * "Copyright (c)").
 */
class NoticeSignFormsTest {

  /** The openings, longest first so that a line's own opening is found whole. */
  static final List<String> OPENINGS = List.of("Copyright (c)", "Copyright ©", "© Copyright", "Copyright @", "Copyright",
      "(c)", "(C)", "©");

  /** The openings each line is written with. */
  static final List<String> FORMS = List.of("©", "(c)", "(C)", "Copyright", "Copyright ©", "© Copyright", "Copyright (c)");

  /**
   * The known exceptions: a name in lower case after the bare word Copyright with no years beside it
   * names nobody ("Copyright junge Welt", as "Copyright infringement …"): where the word stands
   * alone, only a capital, years or a sign say that a name follows.
   */
  static final List<String> KNOWN = List.of("junge Welt", "dpa-infocom", "dpa/Zuma Wire/K.C. Alfred",
      "the Boston Herald and Herald Media");

  @Test
  void everyRightDevelopmentLineKeepsItsHolderWithEveryOpening() throws IOException {
    List<String> changed = new ArrayList<>();
    int read = 0;
    for (NoticeLabelsTest.Label l : NoticeLabelsTest.rightDevelopmentRows()) {
      String text = l.notice();
      String opening = OPENINGS.stream().filter(text::startsWith).findFirst().orElse(null);
      if (opening == null || KNOWN.contains(l.holder())) {
        continue;
      }
      read++;
      String rest = text.substring(opening.length());
      for (String form : FORMS) {
        String line = form + (rest.startsWith(" ") ? rest : " " + rest);
        String holder = NoticeLabelsTest.Read.of(line).holder();
        if (!holder.equals(l.holder())) {
          changed.add("«" + line + "» gives «" + holder + "», not «" + l.holder() + "»");
        }
      }
    }
    assertThat(read).as("development lines read right").isGreaterThan(400);
    assertThat(changed).isEmpty();
  }
}
