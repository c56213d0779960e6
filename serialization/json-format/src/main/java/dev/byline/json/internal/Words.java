package dev.byline.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Enum constants as the format's lower-case words: {@code COMMERCIAL_USE} is {@code "commercial-use"}. */
final class Words<E extends Enum<E>> {
  private final Map<String, E> byWord = new HashMap<>();
  private final String[] words;
  private final String allowed;

  Words(Class<E> type) {
    E[] values = type.getEnumConstants();
    words = new String[values.length];
    StringBuilder list = new StringBuilder();
    for (E e : values) {
      String word = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
      words[e.ordinal()] = word;
      byWord.put(word, e);
      list.append(list.length() == 0 ? "" : ", ").append('"').append(word).append('"');
    }
    allowed = list.toString();
  }

  String word(E value) {
    return words[value.ordinal()];
  }

  E value(String word) {
    return byWord.get(word);
  }

  String allowed() {
    return allowed;
  }
}
