package io.flowcheck.framework.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calibration: what differs between two captures against the same server changed on its own (a
 * counter, a load figure, a generated name), so it becomes a rule instead of a finding later.
 * Differences no rule can express (status, error code, a call made or not) are returned as
 * warnings: they mean the scenario itself is unstable.
 */
public final class NoiseLearner {
  public static final String TOKEN = "<noise>";

  private final Map<String, NormalizationRule> learned = new TreeMap<>();
  private final List<String> unstable = new ArrayList<>();

  public void learn(ExchangeDiff diff) {
    for (Finding f : diff.findings()) {
      String op = diff.shown().operation();
      String field = f.field().replaceAll("\\[\\d+]", "[]");
      String where = diff.feature() + " › " + diff.scenario();
      switch (f.kind()) {
        case VALUE_CHANGED -> {
          if (field.equals("(answer)")) {
            unstable.add(where + ": " + diff.shown().title() + ": the whole answer changes");
          } else {
            add(
                new NormalizationRule(
                    op, field, null, TOKEN, false, false, "seen changing in " + where));
          }
        }
        case FIELD_ADDED, FIELD_MISSING ->
            add(
                new NormalizationRule(
                    op, field, null, null, true, false, "seen coming and going in " + where));
        default -> unstable.add(where + ": " + diff.shown().title() + ": " + f.describe());
      }
    }
  }

  private void add(NormalizationRule rule) {
    learned.putIfAbsent(rule.operation() + " " + rule.field(), rule);
  }

  public List<NormalizationRule> rules() {
    return List.copyOf(learned.values());
  }

  /** One line per difference calibration could not turn into a rule. */
  public List<String> unstable() {
    return List.copyOf(unstable);
  }
}
