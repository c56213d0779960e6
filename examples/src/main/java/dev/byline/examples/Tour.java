package dev.byline.examples;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The tour: runs every example in order and prints a readable walk-through. Started by the
 * README's command {@code ./mvnw -q -pl examples -am -Ptour -DskipTests verify}.
 */
public final class Tour {
  private static final Logger QUIET_VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  private Tour() {}

  /**
   * The examples, by title, in the order the tour runs them.
   *
   * @return title to example
   */
  static Map<String, Consumer<PrintStream>> examples() {
    Map<String, Consumer<PrintStream>> examples = new LinkedHashMap<>();
    examples.put("1. Build an article with builders", BuildAnArticle::run);
    examples.put("2. Validate, and print every violation with its path", ValidateAnArticle::run);
    examples.put("3. Write and read JSON; a strict-mode error with its JSON Pointer", JsonRoundTrip::run);
    examples.put("4. Read the seed from its plain text: quotations, speakers, rights", ReadTheSeed::run);
    examples.put("5. The Byline module in your own JsonMapper", OwnJsonMapper::run);
    examples.put("6. Validate with a plain default validator, as @Valid does", PlainBeanValidation::run);
    examples.put("7. Export to IPTC ninjs and schema.org JSON-LD", ExportToNewsFormats::run);
    return examples;
  }

  /**
   * Runs the tour.
   *
   * @param out where to print
   */
  public static void run(PrintStream out) {
    out.println("Byline tour: news articles as data");
    for (Map.Entry<String, Consumer<PrintStream>> e : examples().entrySet()) {
      out.println();
      out.println("== " + e.getKey() + " ==");
      e.getValue().accept(out);
    }
  }

  /**
   * Runs the tour on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    QUIET_VALIDATOR_LOG.setLevel(Level.WARNING); // Hibernate Validator logs its version at INFO
    run(System.out);
  }
}
