package io.flowcheck.reports;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verdict on a run of the feature suite, one line. {@link #ran}, before the reports: a run in
 * which no scenario ran fails there and says why. {@link #suite}, last of all: a failed verdict if
 * any scenario failed. {@link #upgradeCompare}, last of all in an upgrade comparison: its summary
 * decides.
 */
public final class SuiteVerdict {
  private SuiteVerdict() {}

  /** Null when the run can be judged by its scenarios; otherwise the failed verdict saying why. */
  public static Verdict ran(RunSummary summary) {
    return summary.problem() == null
        ? null
        : Verdict.failed("flowcheck: FAILED: " + summary.problem());
  }

  /** Every scenario passed (not confirmed ones are no failure), and nothing failed outside them. */
  public static Verdict suite(RunSummary s) {
    if (s.problem() != null) {
      return Verdict.failed("flowcheck: FAILED: " + s.problem());
    }
    if (s.emptyShard() != null) {
      return Verdict.passed(
          "flowcheck: shard " + s.emptyShard() + " had no scenario of the selection to run");
    }
    String notConfirmed = s.notConfirmed() == 0 ? "" : s.notConfirmed() + " not confirmed, ";
    if (s.failed() > 0) {
      return Verdict.failed(
          String.format(
              "flowcheck: FAILED: %d of %d scenarios failed (%d passed, %s%d skipped)",
              s.failed(), s.total(), s.passed(), notConfirmed, s.skipped()));
    }
    String others = s.skipped() == 0 ? "" : ", " + s.skipped() + " skipped";
    if (s.notConfirmed() > 0) {
      others = ", " + s.notConfirmed() + " not confirmed" + others;
    }
    String passed = s.passed() + " scenarios passed" + others;
    if (s.failure() != null) {
      return Verdict.failed(
          "flowcheck: FAILED: the run failed outside its scenarios ("
              + passed
              + "): "
              + s.failure());
    }
    return Verdict.passed("flowcheck: " + passed + " in " + s.seconds() + " s");
  }

  /**
   * Scenario failures are expected when the server changed: the comparison's summary in {@code
   * upgradeDir} decides. Prints the summary first.
   */
  public static Verdict upgradeCompare(Path run, Path upgradeDir, PrintStream out) {
    Path json = upgradeDir.resolve("summary.json");
    Path md = upgradeDir.resolve("summary.md");
    if (!Files.isRegularFile(json) || !Files.isRegularFile(md)) {
      RunSummary s = RunSummary.read(run);
      String why =
          s.problem() != null
              ? s.problem()
              : s.failure() != null ? s.failure() : "see the output above";
      return Verdict.failed(
          "flowcheck upgrade: FAILED: the comparison did not run to the end (no"
              + " upgrade/summary.json): "
              + why);
    }
    JsonNode summary;
    try {
      out.println();
      out.println(Files.readString(md).strip());
      out.println();
      summary = new ObjectMapper().readTree(Files.readString(json));
    } catch (IOException e) {
      return Verdict.failed(
          "flowcheck upgrade: FAILED: cannot read " + json + ": " + e.getMessage());
    }
    JsonNode counts = summary.path("counts");
    String line =
        String.format(
            "%d regressed, %d changed, %d added, %d unchanged exchanges in %d" + " scenarios",
            counts.path("regressed").asInt(),
            counts.path("changed").asInt(),
            counts.path("added").asInt(),
            counts.path("unchanged").asInt(),
            summary.path("scenarios").asInt());
    boolean failed = summary.path("failed").asBoolean(true);
    String verdict =
        "flowcheck upgrade: "
            + summary.path("verdict").asString(failed ? "FAILED" : "PASSED")
            + ": "
            + line;
    return failed
        ? Verdict.failed(verdict + "; fails on: " + summary.path("failOn").asString())
        : Verdict.passed(verdict);
  }
}
