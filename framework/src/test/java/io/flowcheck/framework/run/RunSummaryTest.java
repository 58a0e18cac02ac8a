package io.flowcheck.framework.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunSummaryTest {
  @TempDir Path run;

  @Test
  void aFinishedRunIsJudgedByItsCounts() throws Exception {
    Files.writeString(run.resolve(RunSummary.FILE), "passed=47\nfailed=2\nskipped=3\nseconds=25\n");
    RunSummary s = RunSummary.read(run);
    assertEquals(new RunSummary(true, 47, 2, 3, 25, null), s);
    assertEquals(52, s.total());
    assertNull(s.problem());
  }

  @Test
  void aRunWithoutSummaryDidNotFinish() {
    RunSummary s = RunSummary.read(run);
    assertFalse(s.finished());
    assertEquals("the feature suite did not run to the end; see the output above", s.problem());
  }

  @Test
  void aRunInWhichNoScenarioRanSaysWhyFromTheFailureFile() throws Exception {
    Files.writeString(run.resolve(RunSummary.FILE), "passed=0\nfailed=0\nskipped=0\nseconds=0\n");
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "ef.auth: must be session or basic\n");
    assertEquals(
        "no scenario ran: ef.auth: must be session or basic", RunSummary.read(run).problem());
  }

  @Test
  void aCountThatIsNoNumberIsNamed() throws Exception {
    Files.writeString(run.resolve(RunSummary.FILE), "passed=many\n");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RunSummary.read(run));
    assertEquals("The run summary has passed=many, not a number", e.getMessage());
  }

  @Test
  void aFailedVerdictPrintsItsLineAndFailsWithItAsTheOnlyMessage() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Verdict.passed("flowcheck: 3 scenarios passed").announce(out);
    Verdict.Failed failed =
        assertThrows(
            Verdict.Failed.class,
            () -> Verdict.failed("flowcheck: FAILED: 1 of 3 scenarios failed").announce(out));
    assertEquals("flowcheck: FAILED: 1 of 3 scenarios failed", failed.toString());
    assertEquals(0, failed.getStackTrace().length, "no stack trace under the verdict");
    assertEquals(
        "flowcheck: 3 scenarios passed\nflowcheck: FAILED: 1 of 3 scenarios failed\n",
        bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aShardWithNoScenarioPassesEmptyButAFailureStillCounts() throws Exception {
    Path run = Files.createTempDirectory("empty-shard");
    Files.writeString(run.resolve(RunSummary.SHARD_FILE), "shard=3/3\nscenarios=0\nselected=2\n");
    RunSummary s = RunSummary.read(run);
    assertEquals("3/3", s.emptyShard());
    assertEquals(null, s.problem());
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "EF unreachable: refused\n");
    assertEquals(
        "shard 3/3 (no scenario of its own): EF unreachable: refused",
        RunSummary.read(run).problem());
  }

  @Test
  void aShardWithScenariosIsJudgedByThem() throws Exception {
    Path run = Files.createTempDirectory("shard");
    Files.writeString(run.resolve(RunSummary.SHARD_FILE), "shard=1/3\nscenarios=5\nselected=12\n");
    Files.writeString(run.resolve(RunSummary.FILE), "passed=4\nfailed=1\nskipped=0\nseconds=3\n");
    RunSummary s = RunSummary.read(run);
    assertEquals(null, s.emptyShard());
    assertEquals(5, s.total());
  }

  /** The run the issue saw: 40 scenarios in JUnit and Allure, and the verdict said 37. */
  @Test
  void everyScenarioCountsInTheTotalNotConfirmedOnesToo() throws Exception {
    Files.writeString(
        run.resolve(RunSummary.FILE),
        "passed=35\nnotConfirmed=3\nfailed=2\nskipped=0\nseconds=9\n");
    RunSummary s = RunSummary.read(run);
    assertEquals(new ScenarioCounts(35, 3, 2, 0), s.counts());
    assertEquals(40, s.total());
    assertEquals(
        Verdict.failed("flowcheck: FAILED: 2 of 40 scenarios failed (35 passed, 3 not confirmed)"),
        s.verdict());
  }

  @Test
  void aGreenRunListsItsNotConfirmedAndSkippedScenarios() throws Exception {
    RunSummary.write(run, new ScenarioCounts(35, 3, 0, 2), 25);
    assertEquals(
        Verdict.passed("flowcheck: 35 of 40 scenarios passed, 3 not confirmed, 2 skipped in 25 s"),
        RunSummary.read(run).verdict());
    RunSummary.write(run, new ScenarioCounts(55, 0, 0, 0), 40);
    assertEquals(
        Verdict.passed("flowcheck: 55 scenarios passed in 40 s"), RunSummary.read(run).verdict());
  }

  @Test
  void aFailedRunListsEveryOtherEnd() throws Exception {
    RunSummary.write(run, new ScenarioCounts(0, 1, 2, 1), 3);
    assertEquals(
        Verdict.failed(
            "flowcheck: FAILED: 2 of 4 scenarios failed (0 passed, 1 not confirmed, 1 skipped)"),
        RunSummary.read(run).verdict());
  }

  @Test
  void aRunWhoseScenariosWereAllNotConfirmedRanScenarios() throws Exception {
    RunSummary.write(run, new ScenarioCounts(0, 2, 0, 0), 3);
    assertNull(RunSummary.read(run).problem());
    assertEquals(
        Verdict.passed("flowcheck: 0 of 2 scenarios passed, 2 not confirmed in 3 s"),
        RunSummary.read(run).verdict());
  }

  @Test
  void aFailureOutsideTheScenariosFailsAGreenRunAndKeepsItsCounts() throws Exception {
    RunSummary.write(run, new ScenarioCounts(49, 1, 0, 0), 3);
    Files.writeString(run.resolve(RunSummary.FAILURE_FILE), "Cleanup problem: logout failed\n");
    assertEquals(
        Verdict.failed(
            "flowcheck: FAILED: the run failed outside its scenarios (49 of 50 scenarios passed,"
                + " 1 not confirmed): Cleanup problem: logout failed"),
        RunSummary.read(run).verdict());
  }

  @Test
  void countsAddUpAcrossShards() {
    assertEquals(
        new ScenarioCounts(3, 1, 2, 4),
        new ScenarioCounts(1, 0, 2, 3).plus(new ScenarioCounts(2, 1, 0, 1)));
    assertEquals(10, new ScenarioCounts(3, 1, 2, 4).total());
  }
}
