package dev.byline.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tests of this module run on the Jackson 2 line-up a user's build would choose — each
 * surefire execution names one — and with nothing of Jackson 3 on the class path.
 */
class Jackson2LineUpTest {
  static final String EXPECTED = System.getProperty("byline.jackson2.expected");

  static List<String> classPath() {
    String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return Arrays.asList(path.split(File.pathSeparator));
  }

  @Test
  void runsOnTheJacksonVersionThisExecutionNames() {
    assertThat(EXPECTED).as("system property byline.jackson2.expected").isNotBlank();

    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(EXPECTED);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(EXPECTED);
  }

  @Test
  void annotationsAreTheOnesThatDatabindBrings() {
    String minor = EXPECTED.substring(0, EXPECTED.indexOf('.', 2));
    String annotationsJar = new File(JsonProperty.class.getProtectionDomain().getCodeSource().getLocation().getPath()).getName();

    assertThat(annotationsJar).startsWith("jackson-annotations-" + minor);
  }

  @Test
  void nothingOfJackson3IsOnTheClassPath() {
    assertThat(classPath()).noneMatch(entry -> entry.replace(File.separatorChar, '/').contains("/tools/jackson/"));
    assertThat(catchThrowable(() -> Class.forName("tools.jackson.core.JsonParser"))).isInstanceOf(ClassNotFoundException.class);
    assertThat(catchThrowable(() -> Class.forName("tools.jackson.databind.ObjectMapper"))).isInstanceOf(ClassNotFoundException.class);
    assertThat(catchThrowable(() -> Class.forName("dev.byline.serialization.json.ArticleJson"))).isInstanceOf(ClassNotFoundException.class);
  }
}
