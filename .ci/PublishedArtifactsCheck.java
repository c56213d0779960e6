import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks what a deploy put into a Maven repository before anyone publishes it. Run as a single-file
 * program: {@code java .ci/PublishedArtifactsCheck.java <repository-dir> <seed-text-file>}.
 *
 * <ul>
 *   <li>No test jar or test-sources jar is deployed ({@code -tests.jar}, {@code -test-sources.jar}),
 *       and no artifact that is never to be published ({@code byline-examples}, the example
 *       applications {@code byline-example-*}, {@code byline-test-fixtures}).
 *   <li>Every deployed jar (main, sources, javadoc) has {@code META-INF/LICENSE} and
 *       {@code META-INF/NOTICE}.
 *   <li>No file in any deployed jar holds the seed article's body: its notice forbids
 *       redistribution. Every entry (classes, sources, HTML, resources) is read as UTF-8 and cut into
 *       lower-case words (runs of letters and digits), so string constants split over source lines,
 *       compiled class files and HTML pages are all searched; a hit is any run of {@value #WINDOW}
 *       consecutive words of one of the seed's body paragraphs (the blocks of at least 20 words other
 *       than the tags line and the notice: a short quotation of the headline or of the notice, as
 *       in the documentation's examples, is not the article).
 * </ul>
 *
 * <p>Prints what it checked and every problem; exits with status 1 when there is one.
 */
public final class PublishedArtifactsCheck {
  static final int WINDOW = 12;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java PublishedArtifactsCheck.java <repository-dir> <seed-text-file>");
      System.exit(2);
    }
    Path repository = Path.of(args[0]);
    Set<String> seedRuns = seedRuns(Files.readString(Path.of(args[1]), StandardCharsets.UTF_8));
    if (seedRuns.isEmpty()) {
      System.err.println("no body paragraph found in the seed text " + args[1]);
      System.exit(2);
    }

    List<Path> files;
    try (Stream<Path> walk = Files.walk(repository)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    List<String> problems = new ArrayList<>();
    int jars = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      String relative = repository.relativize(file).toString();
      if (relative.contains("byline-example") || relative.contains("byline-test-fixtures")) {
        problems.add(relative + ": this artifact is never to be deployed");
      }
      if (!name.endsWith(".jar")) {
        continue;
      }
      jars++;
      if (name.endsWith("-tests.jar") || name.endsWith("-test-sources.jar")) {
        problems.add(relative + ": a test jar is deployed");
      }
      problems.addAll(checkJar(relative, file, seedRuns));
    }
    System.out.println(
        "checked " + jars + " deployed jars in " + repository + " for test jars, LICENSE and NOTICE,"
            + " and " + seedRuns.size() + " runs of " + WINDOW + " words of the seed's body");
    if (jars == 0) {
      problems.add("no jar found: was anything deployed?");
    }
    problems.forEach(p -> System.out.println("PROBLEM " + p));
    if (!problems.isEmpty()) {
      System.exit(1);
    }
    System.out.println("published artifacts check passed");
  }

  private static List<String> checkJar(String relative, Path jar, Set<String> seedRuns)
      throws IOException {
    List<String> problems = new ArrayList<>();
    boolean license = false;
    boolean notice = false;
    try (InputStream in = Files.newInputStream(jar);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        license |= entry.getName().equals("META-INF/LICENSE");
        notice |= entry.getName().equals("META-INF/NOTICE");
        if (entry.isDirectory()) {
          continue;
        }
        String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        List<String> words = words(text);
        for (int i = 0; i + WINDOW <= words.size(); i++) {
          if (seedRuns.contains(String.join(" ", words.subList(i, i + WINDOW)))) {
            problems.add(relative + "!/" + entry.getName() + ": holds the seed article's text (\""
                + String.join(" ", words.subList(i, i + WINDOW)) + "\")");
            break;
          }
        }
      }
    }
    if (!license) {
      problems.add(relative + ": no META-INF/LICENSE");
    }
    if (!notice) {
      problems.add(relative + ": no META-INF/NOTICE");
    }
    return problems;
  }

  /** Every run of WINDOW consecutive words of the seed's body paragraphs. */
  private static Set<String> seedRuns(String seed) {
    Set<String> runs = new HashSet<>();
    for (String block : seed.split("\\R\\s*\\R")) {
      String trimmed = block.strip();
      List<String> words = words(trimmed);
      if (words.size() < 20 || trimmed.startsWith("Tags ") || trimmed.startsWith("Copyright")) {
        continue;
      }
      for (int i = 0; i + WINDOW <= words.size(); i++) {
        runs.add(String.join(" ", words.subList(i, i + WINDOW)));
      }
    }
    return runs;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
              } else if (word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
              }
            });
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
