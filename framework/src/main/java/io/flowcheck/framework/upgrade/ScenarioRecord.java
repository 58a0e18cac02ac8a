package io.flowcheck.framework.upgrade;

import java.util.List;

/**
 * The exchanges one scenario made, in order.
 *
 * @param feature the feature file's name, e.g. properties.feature
 * @param line the scenario's line in the feature file; tells apart scenarios of the same name
 */
public record ScenarioRecord(
    String feature, String scenario, int line, List<RecordedExchange> exchanges) {

  public ScenarioRecord {
    exchanges = List.copyOf(exchanges);
  }

  /**
   * The name the baseline files it under: its own, or with its line when the name is not unique.
   */
  public String key(boolean nameIsShared) {
    return nameIsShared ? scenario + " (line " + line + ")" : scenario;
  }
}
