package dev.byline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import java.io.PrintStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples README shows real code and real output: every code block is copied from the
 * example's source, and every output block is what the example prints now.
 */
class ReadmeTest {
  static final Path README = Path.of("README.md");
  static final Map<String, Consumer<PrintStream>> EXAMPLES = Map.of(
      "BuildAnArticle", BuildAnArticle::run,
      "ValidateAnArticle", ValidateAnArticle::run,
      "JsonRoundTrip", JsonRoundTrip::run,
      "ReadTheSeed", ReadTheSeed::run,
      "OwnJsonMapper", OwnJsonMapper::run,
      "PlainBeanValidation", PlainBeanValidation::run,
      "ExportToNewsFormats", ExportToNewsFormats::run);

  static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  @Test
  void everyExampleHasItsOutputInTheReadmeExactly() throws IOException {
    String readme = readme();
    for (Map.Entry<String, Consumer<PrintStream>> e : EXAMPLES.entrySet()) {
      Matcher m = Pattern.compile("<!-- output:" + e.getKey() + " -->\\n```text\\n(.*?)```", Pattern.DOTALL).matcher(readme);
      assertThat(m.find()).as("output block of %s", e.getKey()).isTrue();
      assertThat(m.group(1)).as(e.getKey()).isEqualTo(ExamplesTest.output(e.getValue()));
    }
  }

  @Test
  void everyCodeBlockIsCopiedFromTheExamplesSource() throws IOException {
    String readme = readme();
    Matcher m = Pattern.compile("<!-- code:(\\w+) -->\\n```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      String source = Files.readString(Path.of("src/main/java/dev/byline/examples/" + m.group(1) + ".java"), StandardCharsets.UTF_8);
      assertThat(source).as("code block of %s", m.group(1)).contains(m.group(2));
    }
    assertThat(blocks).isEqualTo(EXAMPLES.size());
  }
}
