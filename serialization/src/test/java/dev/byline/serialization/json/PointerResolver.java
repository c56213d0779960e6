package dev.byline.serialization.json;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON Pointers that name something in a document, found by a tolerant scan written for this
 * test (not Byline's reader, not Jackson): the document itself, every value that starts in the
 * input, and every member whose name is written there — also when what follows the name is broken,
 * since the member is where the input goes wrong. The scan stops where the structure ends.
 */
final class PointerResolver {
  private PointerResolver() {}

  /** One open object or array. */
  private static final class Frame {
    final boolean object;
    final String path;
    String name;
    int index;
    boolean expectName = true;
    boolean valueStarted;

    Frame(boolean object, String path) {
      this.object = object;
      this.path = path;
    }

    String child() {
      return path + "/" + (object ? escape(name) : Integer.toString(index));
    }
  }

  static Set<String> pointers(String document) {
    Set<String> found = new LinkedHashSet<>();
    found.add("");
    List<Frame> open = new ArrayList<>();
    int i = 0;
    int n = document.length();
    while (i < n) {
      char c = document.charAt(i);
      Frame top = open.isEmpty() ? null : open.get(open.size() - 1);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
        i++;
      } else if (c == ',') {
        if (top != null) {
          if (top.object) {
            top.expectName = true;
          } else {
            top.index++;
            top.valueStarted = false;
          }
        }
        i++;
      } else if (c == '}' || c == ']') {
        if (!open.isEmpty()) {
          open.remove(open.size() - 1);
        }
        i++;
      } else if (c == '"' && top != null && top.object && top.expectName) {
        StringBuilder name = new StringBuilder();
        i = string(document, i, name);
        if (i < 0) {
          break;
        }
        top.name = name.toString();
        top.expectName = false;
        found.add(top.child());
      } else if (top != null && top.object && top.expectName) {
        break; // a value where a name belongs: no structure to follow
      } else {
        String here = top == null ? "" : top.child();
        if (top != null && !top.object) {
          top.valueStarted = true;
        }
        found.add(here);
        if (c == '{' || c == '[') {
          open.add(new Frame(c == '{', here));
          i++;
        } else if (c == '"') {
          i = string(document, i, new StringBuilder());
          if (i < 0) {
            break;
          }
        } else {
          while (i < n && ",:]} \t\n\r{[\"".indexOf(document.charAt(i)) < 0) {
            i++;
          }
          if (i < n && (document.charAt(i) == '{' || document.charAt(i) == '[' || document.charAt(i) == '"')) {
            break; // garbage run into a value: no structure to follow
          }
        }
      }
    }
    return found;
  }

  /** Reads a string from the quote at {@code i} into {@code into}; returns the index after it, or -1. */
  private static int string(String s, int i, StringBuilder into) {
    for (int j = i + 1; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '"') {
        return j + 1;
      }
      if (c == '\\' && j + 1 < s.length()) {
        char e = s.charAt(++j);
        switch (e) {
          case 'n' -> into.append('\n');
          case 't' -> into.append('\t');
          case 'r' -> into.append('\r');
          case 'b' -> into.append('\b');
          case 'f' -> into.append('\f');
          case 'u' -> {
            if (j + 4 >= s.length()) {
              return -1;
            }
            into.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
            j += 4;
          }
          default -> into.append(e);
        }
      } else {
        into.append(c);
      }
    }
    return -1;
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
