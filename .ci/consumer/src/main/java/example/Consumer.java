package example;

import dev.byline.Agent;
import dev.byline.Article;
import dev.byline.Organization;
import dev.byline.Person;
import dev.byline.Quote;
import dev.byline.RightsNotice;
import dev.byline.Tag;
import dev.byline.Use;
import dev.byline.YearRange;
import dev.byline.core.validation.ArticleValidator;
import dev.byline.json.JsonFormat;
import dev.byline.serialization.json.ArticleJson;
import dev.byline.serialization.text.ArticleText;
import dev.byline.serialization.text.TextReading;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Uses Byline on the module path as a user would, printing what a user would check: builds and
 * validates an article (with Byline's facade and with a plain default validator, which needs the
 * Expression Language), asks its rights, reads a wire-copy text and a JSON document, and writes both
 * back.
 */
public class Consumer {
  /** A short article in the layout of wire copy (the seed's), written for this check. */
  static final String WIRE_COPY =
      "Secretary general: NATO ready to talk with Moscow, but no \u2018trade-off on principles\u2019\n"
          + "\n"
          + "Getty\n"
          + "\n"
          + "NATO Secretary-General Jens Stoltenberg on Tuesday said the alliance would meet Russian"
          + " envoys but would not make a \u201ctrade-off on principles.\u201d\n"
          + "\n"
          + "\u201cWe are ready to talk, and we are ready to listen,\u201d said Stoltenberg. \u201cBut"
          + " every nation chooses its own path.\u201d\n"
          + "\n"
          + "Tags Jens Stoltenberg NATO summits\n"
          + "\n"
          + "Copyright 2024 Example News Inc. All rights reserved. This material may not be published,"
          + " broadcast, rewritten, or redistributed.";

  /** An article in Byline's JSON format (1.0), written for this check. */
  static final String JSON =
      "{\"formatVersion\":\"1.0\","
          + "\"headline\":\"NATO ready to talk with Moscow\","
          + "\"paragraphs\":[\"\u201cWe are ready to talk,\u201d said Stoltenberg.\"],"
          + "\"quotes\":[{\"text\":\"We are ready to talk,\",\"kind\":\"full\","
          + "\"attribution\":{\"source\":{\"type\":\"person\",\"name\":\"Jens Stoltenberg\","
          + "\"title\":\"Secretary-General\",\"affiliation\":{\"type\":\"organization\",\"name\":\"NATO\"}},"
          + "\"cue\":\"said\"},"
          + "\"location\":{\"paragraph\":0,\"start\":1,\"end\":22}}],"
          + "\"rights\":{\"holder\":\"Example News Inc.\",\"years\":{\"start\":2024,\"end\":2024},"
          + "\"allRightsReserved\":true,\"prohibitedUses\":[\"redistribute\"]}}";

  public static void main(String[] args) {
    Article good =
        Article.builder()
            .headline("NATO willing to listen to Russia")
            .addParagraph("Stoltenberg said so on Monday.")
            .rights(RightsNotice.builder().holder("Example News").years(YearRange.of(2023))
                .allRightsReserved(true).addProhibitedUse(Use.REDISTRIBUTE).build())
            .build();
    Article bad = good.toBuilder().headline("two\nlines").build();
    ArticleValidator validator = ArticleValidator.create();
    System.out.println("good valid: " + validator.validate(good).isValid());
    System.out.println("bad codes: " + validator.validate(bad).getCodes());
    System.out.println("redistribute: " + good.permission(Use.REDISTRIBUTE));

    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator plain = factory.getValidator();
      System.out.println("plain validator, good: " + plain.validate(good).size() + " violations");
      System.out.println("plain validator, bad: " + describe(plain.validate(bad)));
    }

    TextReading reading = ArticleText.standard().read(WIRE_COPY);
    Article wire = reading.getArticle();
    print("text", wire);
    System.out.println("text credit: " + wire.getMedia().stream().map(m -> m.getCredit().orElse("-"))
        .collect(Collectors.toList()) + ", tags: " + wire.getTags().stream().map(Tag::getLabel)
        .collect(Collectors.toList()));
    System.out.println("text valid: " + validator.validate(wire).isValid());
    System.out.println("text written back unchanged: "
        + ArticleText.standard().write(wire, reading.getLayout()).equals(WIRE_COPY));

    ArticleJson json = ArticleJson.standard();
    System.out.println("json round trip equal: " + json.read(json.write(wire)).equals(wire));
    print("json", json.read(JSON));
    System.out.println("json schema on the module path: "
        + JsonFormat.schema().contains("byline-article-1.schema.json"));
  }

  private static String describe(Set<ConstraintViolation<Article>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .collect(Collectors.toCollection(TreeSet::new))
        .toString();
  }

  /** Headline, paragraph count, quotations with their speakers, and the notice's answer. */
  private static void print(String label, Article article) {
    System.out.println(label + " headline: " + ascii(article.getHeadline()));
    System.out.println(label + " paragraphs: " + article.getParagraphs().size());
    for (Quote quote : article.getQuotes()) {
      System.out.println(label + " quotation: " + quote.getKind() + " [" + ascii(quote.getText())
          + "] by " + quote.getAttribution().getSource().map(Consumer::name).orElse("unknown"));
    }
    System.out.println(label + " rights: " + article.getRights()
        .map(r -> r.getHolder().orElse("-") + " " + r.getYears().map(Object::toString).orElse("-"))
        .orElse("no notice") + ", redistribute " + article.permission(Use.REDISTRIBUTE));
  }

  /** The text with every non-ASCII char as a Java escape, so the output does not depend on the locale. */
  private static String ascii(String text) {
    StringBuilder out = new StringBuilder();
    text.chars()
        .forEach(c -> out.append(c < 0x7f ? String.valueOf((char) c) : String.format("\\u%04x", c)));
    return out.toString();
  }

  private static String name(Agent agent) {
    if (agent instanceof Person) {
      Person person = (Person) agent;
      return person.getName() + " (" + person.getTitle().orElse("-") + ", "
          + person.getAffiliation().map(Organization::getName).orElse("-") + ")";
    }
    return agent.getName();
  }
}
