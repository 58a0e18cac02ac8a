package io.flowcheck.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps Allure's history/ outside target so trends survive `mvn clean`: copied into the results
 * before generating (Allure reads results/history/*.json) and back from the generated report
 * afterwards.
 */
public final class HistoryKeeper {

  private final Path store;

  public HistoryKeeper(Path store) {
    this.store = store;
  }

  public Path store() {
    return store;
  }

  /**
   * Puts the kept history into {@code resultsDir/history}; returns how many earlier runs it holds.
   */
  public int restoreInto(Path resultsDir) {
    Path target = resultsDir.resolve("history");
    Dirs.delete(target);
    if (!Files.isDirectory(store)) {
      return 0;
    }
    Dirs.copyTree(store, target);
    return previousRuns();
  }

  /** Copies the freshly generated report's history back into the store. */
  public void saveFrom(Path reportDir) {
    Path history = reportDir.resolve("history");
    if (!Files.isDirectory(history)) {
      throw new ReportException("The generated report has no history/ at " + history);
    }
    Dirs.delete(store);
    Dirs.copyTree(history, store);
  }

  /** Number of earlier runs in the kept trend (history-trend.json is one entry per run). */
  public int previousRuns() {
    JsonNode trend = readTrend();
    return trend == null ? 0 : trend.size();
  }

  /** The next build number for executor.json, so trend points are labelled #1, #2, ... */
  public int nextBuildOrder() {
    JsonNode trend = readTrend();
    int max = 0;
    if (trend != null) {
      for (JsonNode item : trend) {
        max = Math.max(max, item.path("buildOrder").asInt(0));
      }
      max = Math.max(max, trend.size());
    }
    return max + 1;
  }

  private JsonNode readTrend() {
    Path trend = store.resolve("history-trend.json");
    if (!Files.isRegularFile(trend)) {
      return null;
    }
    try {
      JsonNode node = new ObjectMapper().readTree(Files.readString(trend));
      return node.isArray() ? node : null;
    } catch (Exception e) {
      // A damaged trend file only costs the trend, never the report.
      System.out.println("[reports] Ignoring unreadable " + trend + ": " + e.getMessage());
      return null;
    }
  }
}
