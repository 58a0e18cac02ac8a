package io.flowcheck.framework.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.FailOn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpgradeSummaryTest {
  @TempDir
  Path dir;

  private static ExchangeDiff diff(Finding.Kind kind) {
    RecordedExchange e = new RecordedExchange("getProperty", "GET", "/properties/p", 200, null, null, null);
    return new ExchangeDiff("properties.feature", "S", 1, e, e,
        kind == null ? List.of() : List.of(new Finding(kind, "property.x", "a", "b")));
  }

  private static UpgradeSummary summary(FailOn failOn) {
    return new UpgradeSummary(new UpgradeSummary.Ends("https://a", "2024.06.0.1", "https://b", "2025.01.0.2"), failOn);
  }

  @Test
  void countsAndVerdictFollowFailOn() throws Exception {
    UpgradeSummary s = summary(FailOn.REGRESSION);
    s.addScenario("properties.feature › S", List.of(diff(null), diff(Finding.Kind.FIELD_ADDED)), true);
    assertEquals("0 regressed, 0 changed, 1 added, 1 unchanged", s.countsLine());
    assertFalse(s.failed());
    assertEquals("PASSED with differences", s.verdict());

    UpgradeSummary strict = summary(FailOn.CHANGE);
    strict.addScenario("properties.feature › S", List.of(diff(Finding.Kind.FIELD_ADDED)), true);
    assertTrue(strict.failed());

    strict.write(dir);
    String md = Files.readString(dir.resolve("summary.md"));
    assertTrue(md.startsWith("# ElectricFlow upgrade check: FAILED\n"), md);
    assertTrue(md.contains("| Baseline (before) | https://a | 2024.06.0.1 |"), md);
    assertTrue(md.contains("- field added property.x = \"b\""), md);
    assertEquals(true, JsonTree.read(dir.resolve("summary.json")).path("failed").asBoolean());
  }
}
