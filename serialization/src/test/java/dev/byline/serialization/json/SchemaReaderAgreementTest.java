package dev.byline.serialization.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.byline.json.ArticleJsonException;
import dev.byline.json.JsonFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One truth for the format: over generated documents at the edges of timestamps (years, offsets with
 * seconds, calendar and clock limits), language tags (grandfathered, private use, extensions, every
 * subtag length), rights years, web addresses and identifiers (schemes, hosts, ports, escapes,
 * non-ASCII, URNs) and text (blank, line breaks, control characters, unpaired surrogates, lengths at
 * the limits), the strict reader and the shipped JSON Schema (networknt, draft 2020-12) accept and
 * refuse exactly the same documents.
 *
 * <p>What a JSON Schema cannot state is not generated, and is checked by Byline's validator alone
 * (documented in the schema's description): rules across two values (modified not before published,
 * the end of a year range not before its start, unique tag labels, quotations that match the text,
 * consistent rights), "not after next year" (it depends on the day), lengths counted in UTF-16 units
 * (the schema counts code points, so text with characters outside the Basic Multilingual Plane
 * within a few characters of a limit), and numbers written with a fraction or an exponent where a
 * whole number is expected ({@code 1600.0}, which JSON Schema calls an integer).
 */
class SchemaReaderAgreementTest {
  static final int DOCUMENTS = 12_000;
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final ArticleJson READER = ArticleJson.builder().validator(TestClock.VALIDATOR).build();
  static Schema schema;

  @BeforeAll
  static void loadTheShippedSchema() {
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonFormat.schema(), InputFormat.JSON);
  }

  // ---- edge values ----------------------------------------------------------------------------

  static <T> T pick(SplittableRandom r, List<T> choices) {
    return choices.get(r.nextInt(choices.size()));
  }

  /** The usual value, or an edge one when this part is among the ones picked to be at an edge. */
  static String part(SplittableRandom r, boolean edge, String usual, List<String> edges) {
    return edge ? pick(r, edges) : usual;
  }

  /** Which of {@code n} parts are at an edge: none, one or two of them. */
  static boolean[] edges(SplittableRandom r, int n) {
    boolean[] e = new boolean[n];
    int count = r.nextInt(3);
    for (int i = 0; i < count; i++) {
      e[r.nextInt(n)] = true;
    }
    return e;
  }

  static String timestamp(SplittableRandom r) {
    boolean[] e = edges(r, 9);
    String year = part(r, e[0], pick(r, List.of("2024", "2023", "1999")),
        List.of("0000", "0001", "0999", "1600", "1900", "2000", "2100", "9999", "10000", "+2024", "-0001", "202", "02024"));
    String month = part(r, e[1], pick(r, List.of("01", "02", "06", "12")), List.of("00", "13", "1", "02", "04", "11"));
    String day = part(r, e[2], pick(r, List.of("01", "15", "28")), List.of("00", "29", "30", "31", "32", "1"));
    String t = part(r, e[3], "T", List.of("t", " ", "_", ""));
    String hour = part(r, e[4], pick(r, List.of("00", "12", "23")), List.of("24", "25", "1", "09"));
    String minute = part(r, e[5], pick(r, List.of("00", "30", "59")), List.of("60", "5", "99"));
    String second = part(r, e[6], ":" + pick(r, List.of("00", "30", "59")), List.of("", ":60", ":5", ":99", ":00"));
    String fraction = part(r, e[7], "", List.of(".0", ".5", ".123456", ".123456789", ".1234567891", ".", ",5"));
    String offset = part(r, e[8], pick(r, List.of("Z", "+01:00", "-05:00", "+05:30")),
        List.of("z", "+00:00", "-00:00", "+14:00", "+18:00", "-18:00", "+18:01", "-18:01", "+17:59", "+19:00", "+23:59",
            "+24:00", "+00:19:32", "-00:00:01", "+01:00:00", "+0100", "+01", "", "+1:00", "+01:60", "ZZ", " Z", "UTC",
            "+01:00:60"));
    return year + "-" + month + "-" + day + t + hour + ":" + minute + second + fraction + offset;
  }

  static final List<String> GRANDFATHERED = List.of("art-lojban", "cel-gaulish", "en-GB-oed", "i-ami", "i-bnn",
      "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu",
      "no-bok", "no-nyn", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang");

  static String letters(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      char c = (char) ('a' + r.nextInt(26));
      b.append(r.nextInt(4) == 0 ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  static String alnum(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(r.nextInt(3) == 0 ? (char) ('0' + r.nextInt(10)) : (char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  static String digits(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + r.nextInt(10)));
    }
    return b.toString();
  }

  static String languageTag(SplittableRandom r) {
    int kind = r.nextInt(20);
    if (kind == 0) {
      String g = pick(r, GRANDFATHERED);
      return r.nextBoolean() ? g : g.toUpperCase(Locale.ROOT);
    }
    if (kind == 1) {
      return "x-" + alnum(r, 1 + r.nextInt(9)) + (r.nextBoolean() ? "-" + alnum(r, r.nextInt(10)) : "");
    }
    if (kind == 2) {
      return pick(r, List.of("", " ", "en_GB", "en GB", "en-", "-en", "en--GB", "x", "i", "i-foo", "\u00e9n", "en-\u00e9",
          "deutsch, german", "EN", "zh-Hant-TW", "en-US-u-ca-gregory", "de-DE-1901-1901", "en-a-bbb-a-ccc"));
    }
    List<String> parts = new ArrayList<>();
    parts.add(letters(r, r.nextInt(6) == 0 ? 1 + r.nextInt(10) : 2 + r.nextInt(2)));
    int extlangs = r.nextInt(5) == 0 ? 1 + r.nextInt(4) : 0;
    for (int i = 0; i < extlangs; i++) {
      parts.add(letters(r, r.nextInt(4) == 0 ? 2 + r.nextInt(3) : 3));
    }
    if (r.nextInt(3) == 0) {
      parts.add(letters(r, r.nextInt(4) == 0 ? 3 + r.nextInt(3) : 4));
    }
    if (r.nextInt(2) == 0) {
      parts.add(r.nextBoolean() ? letters(r, r.nextInt(5) == 0 ? 1 + r.nextInt(3) : 2) : digits(r, r.nextInt(5) == 0 ? 2 + r.nextInt(3) : 3));
    }
    int variants = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0;
    for (int i = 0; i < variants; i++) {
      parts.add(r.nextBoolean() ? alnum(r, 4 + r.nextInt(6)) : digits(r, 1) + alnum(r, 2 + r.nextInt(3)));
    }
    int extensions = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
    for (int i = 0; i < extensions; i++) {
      parts.add(pick(r, List.of("a", "b", "t", "u", "0", "9", "z", "q")));
      int subtags = r.nextInt(4);
      for (int j = 0; j < subtags; j++) {
        parts.add(alnum(r, 1 + r.nextInt(9)));
      }
    }
    if (r.nextInt(6) == 0) {
      parts.add("x");
      int subtags = r.nextInt(4);
      for (int j = 0; j < subtags; j++) {
        parts.add(alnum(r, 1 + r.nextInt(9)));
      }
    }
    if (r.nextInt(10) == 0) {
      while (String.join("-", parts).length() < 60) {
        parts.add(alnum(r, 5 + r.nextInt(4)));
      }
    }
    return String.join("-", parts);
  }

  static String host(SplittableRandom r, boolean edge) {
    return edge ? pick(r, List.of("a", "a.b", "xn--nxasmq6b.com", "ex_ample.com", "ex ample.com", "-example.com",
        "example-.com", "ex-ample.com", "example..com", "example.com.", "1.2.3.4", "256.1.1.1", "1.2.3", "01.002.3.4",
        "1.2.3.4.", "123", "123.example.com", "example.123", "[::1]", "[2001:db8::1]", "[::ffff:1.2.3.4]",
        "[1:2:3:4:5:6:7:8]", "[1::2::3]", "[12345::]", "[::1", "[v1.x]", "[::]", "m\u00fcnchen.de", "", "user@example.com",
        "user:pw@example.com", "us er@example.com", "@example.com", "example.com:80", "example.com:", "example.com:99999",
        "example.com:2147483647", "example.com:2147483648", "example.com:00000000080", "example.com:8a", "a.b.c.d.e.f.g"))
        : pick(r, List.of("example.com", "EXAMPLE.com", "news.example.co.uk"));
  }

  static String path(SplittableRandom r, boolean edge) {
    return edge ? pick(r, List.of("", "/", "/a b", "/%20x", "/%zz", "/%4", "/\u00e9t\u00e9", "/a|b", "/a\"b", "/a<b>",
        "/a{b}", "/a`b", "/~user", "/a^b", "/a\\b", "/;p=1", "/a[b]", "/\u00a0", "/\u2003", "/\u0085", "/\ud83d\ude00",
        "/\ud83d", "/a:b@c&d=e+f$g,h", "//double"))
        : pick(r, List.of("/news/2024/story", "/a/b.html", ""));
  }

  static String query(SplittableRandom r, boolean edge) {
    return edge ? pick(r, List.of("?a b", "?\u00e9", "?[x]", "?%G0", "??", "?a|b", "?/:@", "?\u007f"))
        : pick(r, List.of("", "", "?q=1", "?q=1&r=2"));
  }

  static String fragment(SplittableRandom r, boolean edge) {
    return edge ? pick(r, List.of("#a b", "#\u00e9", "#a#b", "#", "#[x]", "#%41", "#\u0000"))
        : pick(r, List.of("", "", "#top"));
  }

  static String webAddress(SplittableRandom r) {
    boolean[] e = edges(r, 6);
    String scheme = part(r, e[0], pick(r, List.of("https", "http")), List.of("HTTP", "Https", "ftp", "file", "", "h ttp", "https+x"));
    String separator = part(r, e[1], "://", List.of(":/", ":", ":///", "//"));
    return scheme + separator + host(r, e[2]) + path(r, e[3]) + query(r, e[4]) + fragment(r, e[5]);
  }

  static String identifier(SplittableRandom r) {
    if (r.nextBoolean()) {
      return webAddress(r);
    }
    boolean[] e = edges(r, 4);
    String scheme = part(r, e[0], "urn", List.of("URN", "Urn", "uri", "urn "));
    String nid = part(r, e[1], pick(r, List.of("isbn", "uuid", "ietf")), List.of("a", "ab", "a-b", "-ab", "ab-",
        "x".repeat(32), "x".repeat(33), "a_b", "", "\u00e9t"));
    String colon = part(r, e[2], ":", List.of("", "::", ":/"));
    String nss = part(r, e[3], pick(r, List.of("6e8bc430-9c3a-11d9-9669-0800200c9a66", "0451450523")),
        List.of("a b", "\u00e9", "", "a:b", "%41", "%zz", "/a", "a#b", "a#b#c", "[x]", "a|b", "\ud83d\ude00", "\ud83d"));
    return scheme + ":" + nid + colon + nss;
  }

  static final List<String> LINE_BREAKS = List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029");
  static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f",
      "\u007f", "\u0080", "\u009f");
  static final List<String> SPACES = List.of(" ", "\t", "\u00a0", "\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000",
      "\u001c", "\u001f");

  static String text(SplittableRandom r, int max) {
    return switch (r.nextInt(9)) {
      case 0 -> "";
      case 1 -> pick(r, SPACES).repeat(1 + r.nextInt(3));
      case 2 -> "Headline" + pick(r, LINE_BREAKS) + "more";
      case 3 -> "Bell " + pick(r, CONTROLS) + " rings";
      case 4 -> pick(r, List.of("lone \ud83d high", "lone \ude00 low", "pair \ud83d\ude00 ok", "end \ud83d"));
      case 5 -> "x".repeat(max - 1 + r.nextInt(3));
      case 6 -> "\u00e9".repeat(max - 1 + r.nextInt(3));
      case 7 -> pick(r, List.of("tab\tinside", "\u00a0nbsp first", "zero\u200bwidth", "caf\u00e9", "\ud83d\ude00 emoji",
          " leading space", "trailing space "));
      default -> "Secretary general: NATO willing to listen";
    };
  }

  static int year(SplittableRandom r) {
    return pick(r, List.of(-1, 0, 1, 999, 1599, 1600, 1601, 1999, 2000, 2024, 2026));
  }

  // ---- documents ------------------------------------------------------------------------------

  record Doc(String category, String json) {}

  static Doc document(SplittableRandom r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("formatVersion", "1.0");
    o.put("headline", "H");
    String category;
    switch (r.nextInt(12)) {
      case 0, 1 -> {
        category = "timestamp";
        o.put(r.nextBoolean() ? "published" : "modified", timestamp(r));
      }
      case 2, 3 -> {
        category = "language";
        o.put("language", languageTag(r));
      }
      case 4 -> {
        category = "years";
        int y = year(r);
        o.putObject("rights").putObject("years").put("start", y).put("end", y);
      }
      case 5 -> {
        category = "url";
        o.put("url", webAddress(r));
      }
      case 6 -> {
        category = "id";
        o.put("id", identifier(r));
      }
      case 7 -> {
        category = "media url";
        o.putArray("media").addObject().put("url", webAddress(r));
      }
      case 8 -> {
        category = "identifier of a person or scheme";
        if (r.nextBoolean()) {
          o.putArray("contributors").addObject().putObject("agent").put("type", "person").put("name", "A")
              .put("identifier", identifier(r));
        } else {
          o.putArray("tags").addObject().put("label", "T").put("scheme", identifier(r));
        }
      }
      case 9 -> {
        category = "license";
        o.putObject("rights").put("license", webAddress(r));
      }
      case 10 -> {
        category = "one-line text";
        String field = pick(r, List.of("headline", "subheadline", "section", "dateline"));
        o.put(field, text(r, 1000));
      }
      default -> {
        category = "text";
        int which = r.nextInt(4);
        if (which == 0) {
          o.putArray("paragraphs").add(text(r, 100_000));
        } else if (which == 1) {
          o.putArray("media").addObject().put("caption", text(r, 10_000));
        } else if (which == 2) {
          o.putArray("media").addObject().put("credit", text(r, 1000));
        } else {
          o.putObject("rights").put("text", text(r, 10_000));
        }
      }
    }
    return new Doc(category, MAPPER.writeValueAsString(o));
  }

  static boolean readerAccepts(String json) {
    try {
      READER.read(json);
      return true;
    } catch (ArticleJsonException e) {
      return false;
    }
  }

  static boolean schemaAccepts(String json) {
    return schema.validate(json, InputFormat.JSON).isEmpty();
  }

  @Test
  void theReaderAndTheSchemaAcceptAndRefuseTheSameEdgeDocuments() {
    SplittableRandom r = new SplittableRandom(20_260_601L);
    Map<String, int[]> perCategory = new TreeMap<>();
    Map<String, String> disagreements = new LinkedHashMap<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      Doc d = document(r);
      boolean reader = readerAccepts(d.json());
      boolean schemaSays = schemaAccepts(d.json());
      int[] counts = perCategory.computeIfAbsent(d.category(), k -> new int[3]);
      counts[reader ? 0 : 1]++;
      if (reader != schemaSays) {
        counts[2]++;
        disagreements.putIfAbsent(d.json().length() > 300 ? d.json().substring(0, 300) + "…" : d.json(),
            d.category() + ": reader " + (reader ? "accepts" : "refuses") + ", schema " + (schemaSays ? "accepts" : "refuses"));
      }
    }
    Map<String, Integer> shown = new TreeMap<>();
    disagreements.forEach((json, what) -> {
      String cat = what.substring(0, what.indexOf(':'));
      if (shown.merge(cat, 1, Integer::sum) <= 25) {
        System.out.println("DISAGREE " + what + " | " + json);
      }
    });
    Function<int[], String> show = c -> c[0] + " accepted, " + c[1] + " refused, " + c[2] + " disagreements";
    perCategory.forEach((k, c) -> System.out.println("edge agreement, " + k + ": " + show.apply(c)));
    int accepted = perCategory.values().stream().mapToInt(c -> c[0]).sum();
    int refused = perCategory.values().stream().mapToInt(c -> c[1]).sum();
    System.out.printf("edge agreement: %d documents, %d accepted, %d refused, %d disagreements%n", DOCUMENTS, accepted,
        refused, disagreements.size());

    assertThat(disagreements).isEmpty();
    assertThat(accepted).isGreaterThan(DOCUMENTS / 4);
    assertThat(refused).isGreaterThan(DOCUMENTS / 4);
  }
}
