package io.flowcheck.simulator.endpoints;

import io.flowcheck.simulator.behaviour.BehaviourChange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Property answers as a server with some {@link BehaviourChange}s would give them. Works on the
 * detached views of {@link JsonViews}, so the stored data never changes; with nothing switched on a
 * view comes back as it went in.
 */
final class ChangedPropertyViews {
  private ChangedPropertyViews() {}

  static Map<String, Object> property(Map<String, Object> view, Set<BehaviourChange> on) {
    if (on.isEmpty()) {
      return view;
    }
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : view.entrySet()) {
      String key = field.getKey();
      Object value = field.getValue();
      if (key.equals("lastModifiedBy") && on.contains(BehaviourChange.RENAMED_FIELD)) {
        key = "modifiedBy";
      }
      if (key.equals("value")
          && value instanceof String text
          && on.contains(BehaviourChange.TRIMMED_VALUE)) {
        value = text.strip();
      }
      changed.put(key, value);
      if (key.equals("propertyName") && on.contains(BehaviourChange.EXTRA_FIELD)) {
        changed.put("propertyType", view.containsKey("propertySheetId") ? "sheet" : "string");
      }
    }
    return changed;
  }

  /** A sheet listing: the sheet's own audit fields and every entry in it. */
  static Map<String, Object> sheet(Map<String, Object> view, Set<BehaviourChange> on) {
    if (on.isEmpty()) {
      return view;
    }
    Map<String, Object> changed = new LinkedHashMap<>();
    for (Map.Entry<String, Object> field : view.entrySet()) {
      String key = field.getKey();
      Object value = field.getValue();
      if (key.equals("lastModifiedBy") && on.contains(BehaviourChange.RENAMED_FIELD)) {
        key = "modifiedBy";
      }
      if (key.equals("property") && value instanceof List<?> entries) {
        value = entries.stream().map(entry -> property(asView(entry), on)).toList();
      }
      changed.put(key, value);
    }
    return changed;
  }

  @SuppressWarnings("unchecked") // JsonViews.sheet builds its entries with JsonViews.property
  private static Map<String, Object> asView(Object entry) {
    return (Map<String, Object>) entry;
  }
}
