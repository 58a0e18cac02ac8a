package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.FailOn;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.framework.upgrade.Latency;
import io.flowcheck.framework.upgrade.SlowerRule;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteVerdictTest {
  @TempDir Path run;
  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

  @Test
  void aGreenRunPassesWithOneLine() throws Exception {
    summary(47, 0, 2);
    assertEquals(
        Verdict.passed("flowcheck: 47 of 49 scenarios passed, 2 skipped in 25 s"),
        verdict("suite"));
  }

  @Test
  void notConfirmedScenariosCountInTheTotalAsInEveryOtherOutput() throws Exception {
    Files.writeString(
        run.resolve(RunSummary.FILE),
        "passed=35\nnotConfirmed=3\nfailed=2\nskipped=0\nseconds=25\n"
            + "failure.1=[7] login.feature > A\nfailure.2=[9] server.feature > B\n");
    assertEquals(
        Verdict.failed("flowcheck: FAILED: 2 of 40 scenarios failed (35 passed, 3 not confirmed)"),
        verdict("suite"));
    assertEquals(
        java.util.List.of("[7] login.feature > A", "[9] server.feature > B"),
        RunSummary.read(run).failures());
  }

  @Test
  void anyFailedScenarioFailsTheBuild() throws Exception {
    summary(45, 2, 2);
    assertEquals(
        Verdict.failed("flowcheck: FAILED: 2 of 49 scenarios failed (45 passed, 2 skipped)"),
        verdict("suite"));
  }

  /** 35 passed, 3 not confirmed, 2 failed: 40 in JUnit and Allure, so 40 here. */
  @Test
  void theVerdictCountsNotConfirmedScenariosInItsTotal() throws Exception {
    Files.writeString(
        run.resolve(RunSummary.FILE),
        "passed=35\nnotConfirmed=3\nfailed=2\nskipped=0\nseconds=25\n");
    assertEquals(
        Verdict.failed("flowcheck: FAILED: 2 of 40 scenarios failed (35 passed, 3 not confirmed)"),
        verdict("suite"));
    Files.writeString(
        run.resolve(RunSummary.FILE),
        "passed=35\nnotConfirmed=3\nfailed=0\nskipped=0\nseconds=25\n");
    assertEquals(
        Verdict.passed("flowcheck: 35 of 38 scenarios passed, 3 not confirmed in 25 s"),
        verdict("suite"));
  }

  @Test
  void aFailureOutsideTheScenariosFailsTheBuild() throws Exception {
    summary(49, 0, 0);
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "Cleanup problem: logout failed\n");
    assertEquals(
        Verdict.failed(
            "flowcheck: FAILED: the run failed outside its scenarios"
                + " (49 scenarios passed): Cleanup problem: logout failed"),
        verdict("suite"));
  }

  @Test
  void theRanCheckSaysNothingForARealRunAndWhyForNone() throws Exception {
    assertEquals(
        Verdict.failed(
            "flowcheck: FAILED: the feature suite did not run to the end; see"
                + " the output above"),
        verdict("ran"));
    summary(0, 0, 0);
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "EF unreachable: connection refused");
    assertEquals(
        Verdict.failed(
            "flowcheck: FAILED: no scenario ran: EF unreachable: connection" + " refused"),
        verdict("ran"));
    summary(1, 0, 0);
    assertNull(verdict("ran"));
  }

  @Test
  void anUpgradeComparisonIsJudgedByItsSummaryNotByItsScenarios() throws Exception {
    summary(8, 3, 0);
    Path upgrade = Files.createDirectories(run.resolve("upgrade"));
    Files.writeString(upgrade.resolve("summary.md"), "# ElectricFlow upgrade check: FAILED\n");
    Files.writeString(
        upgrade.resolve("summary.json"),
        "{\"verdict\":\"FAILED\",\"failed\":true,"
            + "\"failOn\":\"regression\",\"counts\":{\"unchanged\":19,\"added\":15,\"changed\":0,"
            + "\"regressed\":3},\"scenarios\":11}");
    assertEquals(
        Verdict.failed(
            "flowcheck upgrade: FAILED: 3 regressed, 0 changed, 15 added,"
                + " 19 unchanged exchanges in 11 scenarios; fails on: regression"),
        verdict("upgrade-compare"));
    assertTrue(printed().contains("# ElectricFlow upgrade check: FAILED"), printed());

    Files.writeString(
        upgrade.resolve("summary.json"),
        "{\"verdict\":\"PASSED with differences\","
            + "\"failed\":false,\"counts\":{\"unchanged\":19,\"added\":15,\"changed\":0,"
            + "\"regressed\":0},\"scenarios\":11}");
    assertEquals(
        Verdict.passed(
            "flowcheck upgrade: PASSED with differences: 0 regressed,"
                + " 0 changed, 15 added, 19 unchanged exchanges in 11 scenarios"),
        verdict("upgrade-compare"));
  }

  /** The summary the framework writes for a slower operation, judged as the pipeline judges it. */
  @Test
  void aSlowerOperationFailsTheComparisonOnlyWhenFailOnSaysSlower() throws Exception {
    summary(4, 0, 0);
    Path upgrade = run.resolve("upgrade");
    for (FailOn failOn : List.of(FailOn.REGRESSION, new FailOn(false, true))) {
      UpgradeSummary s =
          new UpgradeSummary(new UpgradeSummary.Ends("https://a", "1", "https://a", "1"), failOn);
      s.addScenario("server.feature › S", List.of(), true);
      s.judgeLatencies(
          Map.of("getProperty", new Latency(3, 3, 4)),
          Map.of("getProperty", new Latency(3, 405, 410)),
          SlowerRule.DEFAULT);
      s.write(upgrade);
      String line =
          ": 0 regressed, 0 changed, 0 added, 0 unchanged exchanges in 1 scenarios;"
              + " 1 operation slower";
      assertEquals(
          failOn.slower()
              ? Verdict.failed("flowcheck upgrade: FAILED" + line + "; fails on: regression,slower")
              : Verdict.passed("flowcheck upgrade: PASSED with differences" + line),
          verdict("upgrade-compare"));
    }
  }

  @Test
  void anUpgradeComparisonWithoutSummaryFails() throws Exception {
    summary(0, 0, 0);
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "Upgrade check: no baseline at /b");
    assertEquals(
        Verdict.failed(
            "flowcheck upgrade: FAILED: the comparison did not run to the end"
                + " (no upgrade/summary.json): no scenario ran: Upgrade check: no baseline at /b"),
        verdict("upgrade-compare"));
  }

  /** What {@code report} and any other caller with a merged run folder use: the value, no print. */
  @Test
  void theVerdictOfShardsMergedCountsEveryShard(@TempDir Path tmp) throws Exception {
    Path one = shardFolder(tmp, 1, "passed=2\nnotConfirmed=1\nfailed=0\nskipped=0\nseconds=4\n");
    Path two = shardFolder(tmp, 2, "passed=1\nnotConfirmed=0\nfailed=2\nskipped=0\nseconds=5\n");
    Path merged = tmp.resolve("merged");
    assertEquals(List.of("1/2", "2/2"), MergedResults.merge(List.of(one, two), merged));
    assertEquals(
        Verdict.failed("flowcheck: FAILED: 2 of 6 scenarios failed (3 passed, 1 not confirmed)"),
        SuiteVerdict.verdictOf(merged));

    Files.writeString(
        two.resolve(RunSummary.FILE), "passed=3\nnotConfirmed=0\nfailed=0\nskipped=0\nseconds=5\n");
    MergedResults.merge(List.of(one, two), merged);
    assertEquals(
        Verdict.passed("flowcheck: 5 of 6 scenarios passed, 1 not confirmed in 5 s"),
        SuiteVerdict.verdictOf(merged));
    assertEquals("", printed(), "verdictOf prints nothing");
  }

  @Test
  void theVerdictOfAnUpgradeComparisonIsItsSummarys() throws Exception {
    summary(8, 3, 0);
    Path upgrade = Files.createDirectories(run.resolve("upgrade"));
    Files.writeString(upgrade.resolve("summary.md"), "# ElectricFlow upgrade check: PASSED\n");
    Files.writeString(
        upgrade.resolve("summary.json"),
        "{\"verdict\":\"PASSED\",\"failed\":false,\"counts\":{\"unchanged\":19,\"added\":0,"
            + "\"changed\":0,\"regressed\":0},\"scenarios\":11}");
    assertEquals(
        Verdict.passed(
            "flowcheck upgrade: PASSED: 0 regressed, 0 changed, 0 added, 19 unchanged exchanges"
                + " in 11 scenarios"),
        SuiteVerdict.verdictOf(run));
  }

  private static Path shardFolder(Path tmp, int index, String summary) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("shard-" + index));
    Files.writeString(
        dir.resolve(RunSummary.SHARD_FILE),
        "shard=" + index + "/2\nscenarios=3\nselected=6\ntags=\nselection=a1\nsplit=b2\n");
    Files.writeString(dir.resolve(RunSummary.FILE), summary);
    return dir;
  }

  private Verdict verdict(String check) {
    return switch (check) {
      case "ran" -> SuiteVerdict.ran(RunSummary.read(run));
      case "suite" -> RunSummary.read(run).verdict();
      default ->
          SuiteVerdict.upgradeCompare(
              run, run.resolve("upgrade"), new PrintStream(printed, true, StandardCharsets.UTF_8));
    };
  }

  private void summary(int passed, int failed, int skipped) throws Exception {
    Files.writeString(
        run.resolve(RunSummary.FILE),
        "passed=" + passed + "\nfailed=" + failed + "\nskipped=" + skipped + "\nseconds=25\n");
  }

  private String printed() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}
