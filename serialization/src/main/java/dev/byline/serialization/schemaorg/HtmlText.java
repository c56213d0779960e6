package dev.byline.serialization.schemaorg;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The HTML-to-text rule of the import, on jsoup (the WHATWG HTML parser):
 *
 * <ol>
 *   <li>A value with no {@code <} and no {@code &} is plain text and is kept as it is.
 *   <li>Otherwise it is parsed as an HTML body fragment. A {@code <} after the last {@code >} cannot
 *       open a tag and is kept as text (a browser would drop it with the rest of the value).
 *   <li>The text is the text of the fragment: character references decoded with HTML's full table,
 *       markup removed, the content of {@code script}, {@code style}, {@code template}, {@code svg}
 *       and {@code math} left out. Block elements ({@code p}, {@code div}, {@code li},
 *       {@code h1}…{@code h6}, {@code blockquote}, {@code tr}, …) and {@code <br>} become line
 *       breaks; white space inside the text is kept as written, a line break included.
 *   <li>When the text so obtained still holds markup of a known HTML element or a character
 *       reference, the value was escaped twice ({@code &lt;p&gt;}, {@code &amp;eacute;}) and the
 *       text is decoded again, at most three times in all.
 * </ol>
 *
 * <p>Linear in the length of the value: jsoup's tokeniser reads each character once, and the
 * checks here are single scans.
 */
final class HtmlText {
  private static final Pattern ESCAPED_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]{0,15})(?:[\\s/][^<>]*)?>");
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|([A-Za-z][A-Za-z0-9]{1,31}));");
  private static final int MAX_PASSES = 3;

  /** The text of a value and how it was obtained. */
  record Result(String text, int passes) {
    /** Whether the value was read as HTML (markup or character references). */
    boolean html() {
      return passes > 0;
    }
  }

  private HtmlText() {}

  /** The text of a value, with line breaks ({@code \n}) where blocks and {@code <br>} were. */
  static Result toText(String value) {
    if (value.indexOf('<') < 0 && value.indexOf('&') < 0) {
      return new Result(value, 0);
    }
    String text = pass(value);
    int passes = 1;
    while (passes < MAX_PASSES && (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) && looksEscaped(text)) {
      text = pass(text);
      passes++;
    }
    return new Result(text, passes);
  }

  /** Decodes the character references of a web address, as in an HTML attribute ({@code &amp;} → {@code &}). */
  static String decodeReferences(String value) {
    return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
  }

  /** Whether text holds markup of a known HTML element or a character reference. */
  static boolean looksEscaped(String text) {
    Matcher tag = ESCAPED_TAG.matcher(text);
    while (tag.find()) {
      if (Tag.isKnownTag(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return hasReference(text);
  }

  /** Whether text holds a numeric character reference or a named one of HTML's table. */
  static boolean hasReference(String text) {
    if (text.indexOf('&') < 0) {
      return false;
    }
    Matcher ref = REFERENCE.matcher(text);
    while (ref.find()) {
      if (ref.group(1) == null || Entities.isNamedEntity(ref.group(1))) {
        return true;
      }
    }
    return false;
  }

  private static String pass(String value) {
    String html = value;
    int lastClose = value.lastIndexOf('>');
    int strayOpen = value.indexOf('<', lastClose + 1);
    if (strayOpen >= 0) {
      StringBuilder b = new StringBuilder(value.length() + 16).append(value, 0, strayOpen);
      for (int i = strayOpen; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '<') {
          b.append("&lt;");
        } else {
          b.append(c);
        }
      }
      html = b.toString();
    }
    Element body = Parser.parseBodyFragment(html, "").body();
    StringBuilder out = new StringBuilder(value.length());
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
          out.append(t.getWholeText());
        } else if (node instanceof Element e && node != body) {
          String name = e.normalName();
          if (name.equals("script") || name.equals("style") || name.equals("template") || name.equals("svg")
              || name.equals("math")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (name.equals("br") || e.tag().isBlock()) {
            out.append('\n');
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && node != body && e.tag().isBlock() && !e.normalName().equals("br")) {
          out.append('\n');
        }
        return FilterResult.CONTINUE;
      }
    }, body);
    return out.toString();
  }
}
