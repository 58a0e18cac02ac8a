package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryKeeperTest {

  @Test
  void firstRunStartsWithoutHistory(@TempDir Path tmp) {
    HistoryKeeper keeper = new HistoryKeeper(tmp.resolve("store"));

    assertEquals(0, keeper.restoreInto(tmp.resolve("results")));
    assertFalse(Files.exists(tmp.resolve("results/history")));
    assertEquals(1, keeper.nextBuildOrder());
  }

  @Test
  void historyGoesIntoTheResultsAndComesBackFromTheReport(@TempDir Path tmp) throws Exception {
    HistoryKeeper keeper = new HistoryKeeper(tmp.resolve("store"));
    Path report = tmp.resolve("report");
    Files.createDirectories(report.resolve("history"));
    Files.writeString(
        report.resolve("history/history-trend.json"),
        "[{\"buildOrder\":7,\"data\":{}},{\"buildOrder\":6,\"data\":{}}]");
    Files.writeString(report.resolve("history/history.json"), "{}");

    keeper.saveFrom(report);
    Path results = tmp.resolve("results");
    Files.createDirectories(results.resolve("history"));
    Files.writeString(results.resolve("history/stale.json"), "{}");

    assertEquals(2, keeper.restoreInto(results));
    assertTrue(Files.isRegularFile(results.resolve("history/history.json")));
    assertFalse(
        Files.exists(results.resolve("history/stale.json")), "history from elsewhere is replaced");
    assertEquals(8, keeper.nextBuildOrder());
  }

  @Test
  void aDamagedTrendOnlyRestartsTheNumbering(@TempDir Path tmp) throws Exception {
    Path store = tmp.resolve("store");
    Files.createDirectories(store);
    Files.writeString(store.resolve("history-trend.json"), "{not json");

    assertEquals(1, new HistoryKeeper(store).nextBuildOrder());
  }

  private static Path results(Path dir, String environment) throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("environment.properties"), environment);
    return dir;
  }

  /**
   * Generates a "report" from results whose history the keeper restored: one more trend point each
   * time.
   */
  private static void runOnce(Path history, Path results, Path work) throws Exception {
    HistoryKeeper keeper = new HistoryKeeper(history.resolve(HistoryKey.of(results).dirName()));
    keeper.restoreInto(results);
    int order = keeper.nextBuildOrder();
    Path report = work.resolve("report-" + order + "-" + System.nanoTime());
    Files.createDirectories(report.resolve("history"));
    StringBuilder trend = new StringBuilder("[{\"buildOrder\":" + order + "}");
    Path kept = results.resolve("history/history-trend.json");
    if (Files.isRegularFile(kept)) {
      String earlier = Files.readString(kept).strip();
      trend.append(',').append(earlier, 1, earlier.length() - 1);
    }
    Files.writeString(report.resolve("history/history-trend.json"), trend.append(']').toString());
    keeper.saveFrom(report);
  }

  @Test
  void differentServersOrSelectionsKeepSeparateTrendsAndTheSameOneContinues(@TempDir Path tmp)
      throws Exception {
    Path history = tmp.resolve("history");
    Path simulator =
        results(
            tmp.resolve("sim"),
            "Server = http://127.0.0.1:41234/rest/v1.0 (embedded simulator)\nServer.version = 2024.1\n");
    Path upgrade =
        results(
            tmp.resolve("upgrade"),
            "Server = https://flow.example.com:8443/rest/v1.0\nTags = @upgrade\n");
    Path simulatorAgain =
        results(
            tmp.resolve("sim2"),
            "Server = http://127.0.0.1:39999/rest/v1.0 (embedded simulator)\nRun.id = other\n");

    runOnce(history, simulator, tmp);
    runOnce(history, upgrade, tmp);
    runOnce(history, simulatorAgain, tmp);

    HistoryKey sim = HistoryKey.of(simulator);
    HistoryKey upg = HistoryKey.of(upgrade);
    assertEquals(new HistoryKey("embedded simulator", "all"), sim);
    assertEquals(
        sim, HistoryKey.of(simulatorAgain), "a simulator's fresh port does not start a new trend");
    assertEquals(new HistoryKey("https://flow.example.com:8443/rest/v1.0", "@upgrade"), upg);
    assertEquals(
        2,
        new HistoryKeeper(history.resolve(sim.dirName())).previousRuns(),
        "the simulator trend continued");
    assertEquals(
        1,
        new HistoryKeeper(history.resolve(upg.dirName())).previousRuns(),
        "the upgrade trend is its own");
    try (var dirs = Files.list(history)) {
      assertEquals(2, dirs.count());
    }
  }

  @Test
  void keysAreSafeFolderNamesThatKeepLookalikesApart(@TempDir Path tmp) throws Exception {
    HistoryKey and = new HistoryKey("https://flow.example.com/rest/v1.0", "@a and @b");
    HistoryKey or = new HistoryKey("https://flow.example.com/rest/v1.0", "@a or @b");

    assertTrue(and.dirName().matches("[a-z0-9._-]+"), and.dirName());
    assertTrue(and.dirName().startsWith("flow.example.com-rest-v1.0__a-and-b__"), and.dirName());
    assertFalse(and.dirName().equals(or.dirName()));
    assertEquals(
        new HistoryKey("unknown server", "all"), HistoryKey.of(tmp), "no environment.properties");
    assertEquals(
        "https://127.0.0.1/rest/v1.0",
        HistoryKey.of(results(tmp.resolve("local"), "Server = https://127.0.0.1:34935/rest/v1.0\n"))
            .server(),
        "a local simulator's free port is no new server");
    assertEquals(
        "https://flow.example.com:8443/rest/v1.0",
        HistoryKey.withoutLoopbackPort("https://flow.example.com:8443/rest/v1.0"));
    assertEquals(
        "ef.example.test",
        HistoryKey.of(results(tmp.resolve("legacy"), "EF.server.url=https\\://ef.example.test\n"))
            .server()
            .substring(8));
  }
}
