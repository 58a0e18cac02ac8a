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
  @TempDir Path dir;

  private static ExchangeDiff diff(Finding.Kind kind) {
    RecordedExchange e =
        new RecordedExchange("getProperty", "GET", "/properties/p", 200, null, null, null);
    return new ExchangeDiff(
        "properties.feature",
        "S",
        1,
        e,
        e,
        kind == null ? List.of() : List.of(new Finding(kind, "property.x", "a", "b")));
  }

  private static UpgradeSummary summary(FailOn failOn) {
    return new UpgradeSummary(
        new UpgradeSummary.Ends("https://a", "2024.06.0.1", "https://b", "2025.01.0.2"), failOn);
  }

  @Test
  void countsAndVerdictFollowFailOn() throws Exception {
    UpgradeSummary s = summary(FailOn.REGRESSION);
    s.addScenario(
        "properties.feature › S", List.of(diff(null), diff(Finding.Kind.FIELD_ADDED)), true);
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
    assertTrue(md.contains("- **`x` added in 1 exchange of 1 operation**\n"), md);
    assertTrue(
        md.contains(
            "  - properties.feature › S, exchange 1: getProperty GET /properties/p:"
                + " field added property.x = \"b\"\n"),
        md);
    assertEquals(true, JsonTree.read(dir.resolve("summary.json")).path("failed").asBoolean());
  }

  /**
   * 8 operations, 3 exchanges each, every answer lost its owner: one finding, the places folded.
   */
  @Test
  void aFieldMissingFromEveryAnswerIsOneGroupedFinding() throws Exception {
    UpgradeSummary s = summary(FailOn.REGRESSION);
    String[] objects = {
      "property",
      "project",
      "procedure",
      "schedule",
      "artifact",
      "artifactVersion",
      "job",
      "resource"
    };
    for (String object : objects) {
      String op = "get" + Character.toUpperCase(object.charAt(0)) + object.substring(1);
      List<ExchangeDiff> diffs = new java.util.ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        RecordedExchange e =
            new RecordedExchange(op, "GET", "/" + object + "s/x" + i, 200, null, null, null);
        diffs.add(
            new ExchangeDiff(
                object + ".feature",
                "S",
                i,
                e,
                e,
                List.of(
                    new Finding(Finding.Kind.FIELD_MISSING, object + ".owner", "admin", null))));
      }
      s.addScenario(object + ".feature › S", diffs, true);
    }

    List<FindingGroup> groups = s.groups();
    assertEquals(1, groups.size(), groups.toString());
    assertEquals("`owner` missing in 24 exchanges of 8 operations", groups.get(0).headline());
    assertEquals(24, groups.get(0).occurrences().size());

    s.write(dir);
    String md = Files.readString(dir.resolve("summary.md"));
    assertEquals(1, md.split("missing in 24 exchanges", -1).length - 1, md);
    assertTrue(
        md.contains(
            "## Regressed (1 cause)\n\n- **`owner` missing in 24 exchanges of 8 operations**\n"
                + "  <details><summary>where</summary>\n"),
        md);
    assertTrue(
        md.contains(
            "  - job.feature › S, exchange 2: getJob GET /jobs/x2: field missing job.owner"
                + " (was \"admin\")\n"),
        md);
    var json = JsonTree.read(dir.resolve("summary.json"));
    assertEquals(1, json.path("groups").size());
    assertEquals(24, json.path("groups").get(0).path("exchanges").asInt());
    assertEquals(8, json.path("groups").get(0).path("operations").asInt());
    assertEquals(24, json.path("groups").get(0).path("occurrences").size());
    assertEquals(24, json.path("differences").size(), "the exchanges stay listed one by one");
  }

  @Test
  void differentCausesStayApartAndIndexesDoNotSplitAField() {
    UpgradeSummary s = summary(FailOn.REGRESSION);
    RecordedExchange e =
        new RecordedExchange("getArtifact", "GET", "/artifacts/a", 200, null, null, null);
    s.addScenario(
        "a.feature › S",
        List.of(
            new ExchangeDiff(
                "a.feature",
                "S",
                1,
                e,
                e,
                List.of(
                    new Finding(
                        Finding.Kind.FIELD_MISSING, "artifact.artifactVersion[0].owner", "x", null),
                    new Finding(
                        Finding.Kind.FIELD_MISSING, "artifact.artifactVersion[1].owner", "y", null),
                    new Finding(Finding.Kind.STATUS_CHANGED, "status", "200", "201"),
                    new Finding(Finding.Kind.FIELD_ADDED, "artifact.owner", null, "z")))),
        true);

    List<String> headlines = s.groups().stream().map(FindingGroup::headline).toList();
    assertEquals(
        List.of(
            "status changed (200 -> 201) in 1 exchange of 1 operation",
            "`owner` missing in 1 exchange of 1 operation",
            "`owner` added in 1 exchange of 1 operation"),
        headlines);
    assertEquals(2, s.groups().get(1).occurrences().size());
  }

  private static final java.util.Map<String, Latency> BEFORE =
      java.util.Map.of("getProperty", new Latency(4, 3, 5), "login", new Latency(1, 20, 20));
  private static final java.util.Map<String, Latency> AFTER =
      java.util.Map.of("getProperty", new Latency(4, 410, 420), "login", new Latency(1, 22, 22));

  @Test
  void aSlowerOperationIsReportedButFailsOnlyWhenFailOnSaysSlower() throws Exception {
    UpgradeSummary s = summary(FailOn.REGRESSION);
    s.addScenario("properties.feature › S", List.of(diff(null)), true);
    s.judgeLatencies(BEFORE, AFTER, SlowerRule.DEFAULT);
    assertEquals(List.of("getProperty"), s.slower().stream().map(Slower::operation).toList());
    assertFalse(s.failed(), "slower does not fail by default");
    assertEquals("PASSED with differences", s.verdict());
    s.write(dir);
    var json = JsonTree.read(dir.resolve("summary.json"));
    assertEquals("slower", json.at("/slower/0/kind").asString());
    assertEquals("getProperty", json.at("/slower/0/operation").asString());
    assertEquals(410.0, json.at("/slower/0/after/medianMs").asDouble());
    assertEquals(4, json.at("/slower/0/before/count").asInt());
    String md = Files.readString(dir.resolve("summary.md"));
    assertTrue(
        md.contains(
            "## Slower (1 operation, at least 2x and 50 ms slower at the median)\n\n"
                + "- **getProperty slower: median 3.0 ms -> 410.0 ms (x136.7), p95 5.0 ms -> 420.0 ms,"
                + " 4 -> 4 calls**\n"),
        md);

    UpgradeSummary strict = summary(new FailOn(false, true));
    strict.addScenario("properties.feature › S", List.of(diff(null)), true);
    strict.judgeLatencies(BEFORE, AFTER, SlowerRule.DEFAULT);
    assertTrue(strict.failed(), "fail-on regression,slower fails on a slower operation");
    assertEquals("FAILED", strict.verdict());
    assertEquals("regression,slower", strict.toJson().path("failOn").asString());
  }

  @Test
  void withinTheFloorNothingIsSlowerAndTheRunPasses() {
    UpgradeSummary s = summary(new FailOn(false, true));
    s.addScenario("properties.feature › S", List.of(diff(null)), true);
    s.judgeLatencies(BEFORE, BEFORE, SlowerRule.DEFAULT);
    assertEquals(List.of(), s.slower());
    assertFalse(s.failed());
    assertEquals("PASSED", s.verdict());
  }

  @Test
  void aBaselineWithoutLatenciesSaysSoOnceAndChecksNothing() {
    UpgradeSummary s = summary(new FailOn(false, true));
    s.addScenario("properties.feature › S", List.of(diff(null)), true);
    s.judgeLatencies(null, AFTER, SlowerRule.DEFAULT);
    assertFalse(s.latenciesChecked());
    assertEquals(List.of(), s.slower());
    assertFalse(s.failed());
    String md = SummaryMarkdown.render(s.toJson());
    assertEquals(
        1, md.split("No latencies in this baseline: slower not checked.", -1).length - 1, md);
  }
}
