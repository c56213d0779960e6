package dev.byline.serialization.schemaorg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.byline.Article;
import dev.byline.Media;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.core.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 337 real JSON-LD blocks of the corpus ({@code corpus/SOURCES.md}): every import is valid, no
 * text keeps an entity or a tag, no date that states its zone is dropped, and a hand check of 50
 * imports field by field ({@code handcheck.tsv}).
 */
class SchemaOrgCorpusTest {
  static final Map<String, SchemaOrgReading> IMPORTS = new LinkedHashMap<>();
  static final Map<String, String> BLOCKS = new LinkedHashMap<>();

  @BeforeAll
  static void importTheCorpus() throws IOException, URISyntaxException {
    Path root = Path.of(SchemaOrgCorpusTest.class.getResource("corpus").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      String name = root.relativize(f).toString().replace('\\', '/');
      String json = Files.readString(f, StandardCharsets.UTF_8);
      BLOCKS.put(name, json);
      try {
        IMPORTS.put(name, SchemaOrg.read(json));
      } catch (SchemaOrgException e) {
        assertThat(e.getKind()).as(name).isEqualTo(SchemaOrgException.Kind.NO_HEADLINE);
      }
    }
  }

  @Test
  void everyImportPassesTheValidator() {
    ArticleValidator validator = ArticleValidator.create();
    List<String> invalid = new ArrayList<>();
    IMPORTS.forEach((name, r) -> {
      ValidationReport report = validator.validate(r.getArticle());
      if (!report.isValid()) {
        invalid.add(name + ": " + report.getViolations());
      }
    });

    assertThat(IMPORTS).hasSize(332);
    assertThat(invalid).isEmpty();
  }

  static List<String> texts(Article a) {
    List<String> out = new ArrayList<>();
    out.add(a.getHeadline());
    a.getSubheadline().ifPresent(out::add);
    a.getSection().ifPresent(out::add);
    a.getDateline().ifPresent(out::add);
    out.addAll(a.getParagraphs());
    a.getContributors().forEach(c -> {
      out.add(c.getAgent().getName());
      if (c.getAgent() instanceof dev.byline.Person p) {
        p.getTitle().ifPresent(out::add);
        p.getAffiliation().ifPresent(o -> out.add(o.getName()));
      }
    });
    a.getPublisher().ifPresent(p -> out.add(p.getName()));
    a.getTags().forEach(t -> out.add(t.getLabel()));
    for (Media m : a.getMedia()) {
      m.getCaption().ifPresent(out::add);
      m.getAltText().ifPresent(out::add);
      m.getCredit().ifPresent(out::add);
      m.getRights().ifPresent(r -> rightsTexts(r, out));
    }
    a.getRights().ifPresent(r -> rightsTexts(r, out));
    return out;
  }

  static void rightsTexts(RightsNotice r, List<String> out) {
    r.getText().ifPresent(out::add);
    r.getHolder().ifPresent(out::add);
    r.getUsageTerms().ifPresent(out::add);
  }

  /** A character reference HTML would decode, or the start of a tag. */
  static final Pattern LEFTOVER = Pattern.compile("&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|<[A-Za-z/!]");

  @Test
  void noImportedTextKeepsAnEntityOrATag() {
    List<String> found = new ArrayList<>();
    IMPORTS.forEach((name, r) -> {
      for (String t : texts(r.getArticle())) {
        Matcher m = LEFTOVER.matcher(t);
        if (m.find()) {
          found.add(name + ": " + t.substring(Math.max(0, m.start() - 30), Math.min(t.length(), m.end() + 30)));
        }
      }
    });

    assertThat(found).isEmpty();
  }

  /** A date value that names its zone: an offset, Z, or a zone name after the time. */
  static final Pattern STATES_ZONE =
      Pattern.compile("(?:[0-9](?:Z|z)|[+-][0-9]{2}:?[0-9]{2}|\\b(?:UTC|GMT|UT|CET|CEST|EST|EDT|PST|PDT|IST)\\b)");

  static List<JsonNode> articleNodes(JsonNode root) {
    List<JsonNode> tops = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(tops::add);
    } else {
      tops.add(root);
    }
    List<JsonNode> all = new ArrayList<>();
    for (JsonNode t : tops) {
      all.add(t);
      if (t.get("@graph") != null) {
        t.get("@graph").forEach(all::add);
      }
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : all) {
      JsonNode type = n.get("@type");
      String types = type == null ? "" : type.toString();
      if (types.matches(".*(Article|BlogPosting|LiveBlogPosting)\".*") && (n.has("headline") || n.has("name"))) {
        out.add(n);
      }
    }
    return out;
  }

  @Test
  void noDateThatStatesItsZoneIsDropped() {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> dropped = new ArrayList<>();
    int zoned = 0;
    for (Map.Entry<String, SchemaOrgReading> e : IMPORTS.entrySet()) {
      JsonNode article = articleNodes(mapper.readTree(BLOCKS.get(e.getKey()))).get(0);
      Article a = e.getValue().getArticle();
      for (String property : new String[] {"datePublished", "dateModified"}) {
        JsonNode v = article.get(property);
        if (v == null || !v.isString() || !STATES_ZONE.matcher(v.asString()).find()) {
          continue;
        }
        zoned++;
        Optional<OffsetDateTime> imported = property.equals("datePublished") ? a.getPublished() : a.getModified();
        boolean leftOutForOrder = e.getValue().getNotes().stream()
            .anyMatch(n -> n.getMessage().startsWith("modified: earlier than the publication time"));
        if (imported.isEmpty() && !(property.equals("dateModified") && leftOutForOrder)) {
          dropped.add(e.getKey() + " " + property + " " + v.asString());
        }
      }
    }

    System.out.printf("schema.org corpus: %d date values with a stated zone, %d dropped%n", zoned, dropped.size());
    assertThat(zoned).isGreaterThan(600);
    assertThat(dropped).isEmpty();
  }

  @Test
  void everyStandardTimestampIsImportedAsTheSameInstantAndOffset() {
    JsonMapper mapper = JsonMapper.builder().build();
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, SchemaOrgReading> e : IMPORTS.entrySet()) {
      JsonNode article = articleNodes(mapper.readTree(BLOCKS.get(e.getKey()))).get(0);
      JsonNode v = article.get("datePublished");
      if (v == null || !v.isString()) {
        continue;
      }
      OffsetDateTime expected;
      try {
        expected = OffsetDateTime.parse(v.asString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (java.time.format.DateTimeParseException notStandard) {
        continue;
      }
      if (!e.getValue().getArticle().getPublished().equals(Optional.of(expected))) {
        wrong.add(e.getKey() + " " + v.asString() + " -> " + e.getValue().getArticle().getPublished());
      }
    }

    assertThat(wrong).isEmpty();
  }

  // ---- the hand check -------------------------------------------------------------------------

  record Row(String file, String field, String expected, String result) {}

  static List<Row> handCheck() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = SchemaOrgCorpusTest.class.getResourceAsStream("handcheck.tsv")) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (String line : lines) {
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("file\t")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        rows.add(new Row(f[0], f[1], unescape(f[2]), f[3]));
      }
    }
    return rows;
  }

  static String unescape(String s) {
    Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(out);
    return out.toString();
  }

  static String rights(Optional<RightsNotice> r) {
    if (r.isEmpty()) {
      return "-";
    }
    List<String> parts = new ArrayList<>();
    r.get().getHolder().ifPresent(h -> parts.add("holder=" + h));
    r.get().getYears().ifPresent(y -> parts.add("year=" + y.getStart()));
    r.get().getText().ifPresent(t -> parts.add("notice=" + t));
    r.get().getLicense().ifPresent(l -> parts.add("license=" + l));
    return String.join("; ", parts);
  }

  /** Whether the import gives the expected value of a field. */
  static boolean matches(Article a, String field, String expected) {
    Optional<Media> first = a.getMedia().stream().findFirst();
    String none = "-";
    return switch (field) {
      case "headline" -> a.getHeadline().equals(expected);
      case "authors" -> expected.equals(a.getContributors().isEmpty() ? none
          : String.join(" | ", a.getContributors().stream().map(c -> c.getAgent().getName()).toList()));
      case "published" -> expected.equals(none) ? a.getPublished().isEmpty()
          : a.getPublished().equals(Optional.of(OffsetDateTime.parse(expected)));
      case "modified" -> expected.equals(none) ? a.getModified().isEmpty()
          : a.getModified().equals(Optional.of(OffsetDateTime.parse(expected)));
      case "body_start" -> expected.equals(none) ? a.getParagraphs().isEmpty()
          : !a.getParagraphs().isEmpty() && a.getParagraphs().get(0).startsWith(expected);
      case "body_end" -> expected.equals(none) ? a.getParagraphs().isEmpty()
          : !a.getParagraphs().isEmpty() && a.getParagraphs().get(a.getParagraphs().size() - 1).endsWith(expected);
      case "publisher" -> expected.equals(a.getPublisher().map(p -> p.getName()).orElse(none));
      case "keywords" -> expected.equals(a.getTags().isEmpty() ? none
          : String.join(" | ", a.getTags().stream().map(Tag::getLabel).toList()));
      case "image_url" -> expected.equals(first.flatMap(Media::getUrl).map(Object::toString).orElse(none));
      case "image_caption" -> expected.equals(first.flatMap(Media::getCaption).orElse(none));
      case "image_credit" -> expected.equals(first.flatMap(Media::getCredit).orElse(none));
      case "rights" -> expected.equals(rights(a.getRights()));
      default -> throw new IllegalArgumentException(field);
    };
  }

  @Test
  void fiftyImportsCheckedByHandAreRightInAtLeastNinetyNinePercentOfTheirFields() throws IOException {
    List<Row> rows = handCheck();
    List<String> unexpected = new ArrayList<>();
    int right = 0;
    for (Row row : rows) {
      SchemaOrgReading r = IMPORTS.get(row.file());
      assertThat(r).as(row.file()).isNotNull();
      boolean match = matches(r.getArticle(), row.field(), row.expected());
      right += match ? 1 : 0;
      if (match != row.result().equals("ok")) {
        unexpected.add(row.file() + " " + row.field() + ": expected [" + row.expected() + "], recorded " + row.result());
      }
    }
    System.out.printf("schema.org hand check: %d of %d fields right (%.1f%%) in %d imports%n", right, rows.size(),
        100.0 * right / rows.size(), rows.stream().map(Row::file).distinct().count());

    assertThat(rows).hasSize(600);
    assertThat(rows.stream().map(Row::file).distinct()).hasSize(50);
    assertThat(unexpected).isEmpty();
    assertThat(100.0 * right / rows.size()).isGreaterThanOrEqualTo(99.0);
  }
}
