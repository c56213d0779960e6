package dev.byline.core.validation.internal;

import dev.byline.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rule of {@code @UniqueTagLabels}: labels compared exactly; every later duplicate is found at
 * {@code [i].label} with the index of the first tag with that label. One hash lookup per tag; at
 * most {@link dev.byline.Limits#MAX_REPORTED_VIOLATIONS} duplicates listed, then a summary
 * ({@link Cap}).
 */
final class TagLabels {
  private TagLabels() {}

  /**
   * Finds the duplicate labels of {@code tags}.
   *
   * @param tags the tags; not {@code null}
   * @param out receives the summary, if any, then each finding listed, in index order
   */
  static void check(List<Tag> tags, Consumer<Finding> out) {
    int n = tags.size();
    if (n < 2) {
      return;
    }
    Map<String, Integer> first = new HashMap<>();
    Cap cap = new Cap("label.duplicate");
    List<Finding> listed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String label = tags.get(i).getLabel();
      Integer earlier = first.putIfAbsent(label, i);
      if (earlier != null && cap.admit(i)) {
        listed.add(Finding.of("{dev.byline.duplicate}", label).with("first", earlier).atElement(i, "label"));
      }
    }
    // The summary goes first: Hibernate Validator's inIterable().atIndex(i) marks the list's own path
    // node with the index, so a violation built on the bare list after it would print as tags[100].
    Finding summary = cap.summary();
    if (summary != null) {
      out.accept(summary);
    }
    listed.forEach(out);
  }
}
