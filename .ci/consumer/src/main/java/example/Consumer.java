package example;

import dev.byline.Article;
import dev.byline.RightsNotice;
import dev.byline.Use;
import dev.byline.YearRange;
import dev.byline.core.validation.ArticleValidator;

/** Builds, validates and asks the rights of an article, printing what a user would check. */
public class Consumer {
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
  }
}
