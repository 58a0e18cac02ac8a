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
        Files.writeString(report.resolve("history/history-trend.json"),
            "[{\"buildOrder\":7,\"data\":{}},{\"buildOrder\":6,\"data\":{}}]");
        Files.writeString(report.resolve("history/history.json"), "{}");

        keeper.saveFrom(report);
        Path results = tmp.resolve("results");
        Files.createDirectories(results.resolve("history"));
        Files.writeString(results.resolve("history/stale.json"), "{}");

        assertEquals(2, keeper.restoreInto(results));
        assertTrue(Files.isRegularFile(results.resolve("history/history.json")));
        assertFalse(Files.exists(results.resolve("history/stale.json")), "history from elsewhere is replaced");
        assertEquals(8, keeper.nextBuildOrder());
    }

    @Test
    void aDamagedTrendOnlyRestartsTheNumbering(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        Files.createDirectories(store);
        Files.writeString(store.resolve("history-trend.json"), "{not json");

        assertEquals(1, new HistoryKeeper(store).nextBuildOrder());
    }
}
