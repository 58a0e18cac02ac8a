package io.flowcheck.reports;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verdict on a run of the feature suite, one line. {@link #ran}, before the reports: a run in
 * which no scenario ran fails there and says why. Last of all, the run's own verdict ({@link
 * RunSummary#verdict()}), or in an upgrade comparison {@link #upgradeCompare}: its summary decides.
 */
public final class SuiteVerdict {
  private SuiteVerdict() {}

  /** Null when the run can be judged by its scenarios; otherwise the failed verdict saying why. */
  public static Verdict ran(RunSummary summary) {
    // The summary's own verdict starts with exactly this case: one wording for it.
    return summary.problem() == null ? null : summary.verdict();
  }

  /**
   * The verdict on one run's results folder, a merge of shards included, for any caller that has
   * the folder: the upgrade comparison's summary where the run compared exchanges ({@code
   * upgrade/summary.json}), else every scenario ({@link RunSummary#verdict()}). Prints nothing, not
   * even the line: the caller does, last.
   */
  public static Verdict verdictOf(Path run) {
    Path upgrade = run.resolve("upgrade");
    if (Files.isRegularFile(upgrade.resolve("summary.json"))) {
      return upgradeCompare(run, upgrade, new PrintStream(OutputStream.nullOutputStream()));
    }
    return RunSummary.read(run).verdict();
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
    int slower = summary.path("slower").size();
    if (slower > 0) {
      line += "; " + slower + (slower == 1 ? " operation" : " operations") + " slower";
    }
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
