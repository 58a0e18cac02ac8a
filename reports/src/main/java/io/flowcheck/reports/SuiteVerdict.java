package io.flowcheck.reports;

import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.Verdict;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The build's verdict on the feature suite, run by Maven in this module, so no script has to read a
 * log. {@code --check ran}, before the reports: a run in which no scenario ran fails here and says
 * why. {@code --check suite}, last of all: where the reports are, one verdict line, and a failed
 * build if any scenario failed. {@code --check upgrade-compare}, last of all in an upgrade
 * comparison: its summary, one verdict line, and a failed build on regressions.
 */
public final class SuiteVerdict {
  private static final List<String> CHECKS = List.of("ran", "suite", "upgrade-compare");
  private static final String UPGRADE_JSON = "upgrade/summary.json";

  private SuiteVerdict() {}

  public static void main(String[] args) {
    Verdict verdict = run(args, System.out);
    if (verdict != null) {
      verdict.announce(System.out);
    }
  }

  /** Prints what goes before the verdict and returns it; null when there is nothing to say. */
  static Verdict run(String[] args, PrintStream out) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    String check = opts.get("--check");
    if (args.length % 2 != 0 || !CHECKS.contains(check) || !opts.containsKey("--run")) {
      return Verdict.usage(
          "usage: SuiteVerdict --check ran|suite|upgrade-compare --run <features"
              + " run> [--reports <reports folder>] [--repo-root <folder>]");
    }
    Path run = Path.of(opts.get("--run")).toAbsolutePath().normalize();
    Path root = Path.of(opts.getOrDefault("--repo-root", ".")).toAbsolutePath().normalize();
    Path reports = opts.containsKey("--reports") ? Path.of(opts.get("--reports")) : null;
    RunSummary summary = RunSummary.read(run);
    return switch (check) {
      case "ran" ->
          summary.problem() == null
              ? null
              : Verdict.failed("flowcheck: FAILED: " + summary.problem());
      case "suite" -> suite(summary, new Places(root, reports), out);
      default -> upgradeCompare(run, new Places(root, reports), out);
    };
  }

  /**
   * The verdict on one run's results folder, a merge of shards included, for any caller that has
   * the folder: the upgrade comparison's summary where the run compared exchanges ({@code
   * upgrade/summary.json}), else every scenario ({@link RunSummary#verdict()}). Prints nothing, not
   * even the line: the caller does, last.
   */
  public static Verdict verdictOf(Path run) {
    if (Files.isRegularFile(run.resolve(UPGRADE_JSON))) {
      return upgradeCompare(run, null, new PrintStream(OutputStream.nullOutputStream()));
    }
    return RunSummary.read(run).verdict();
  }

  private static Verdict suite(RunSummary s, Places places, PrintStream out) {
    places.printReports(out);
    return s.verdict();
  }

  /** Scenario failures are expected when the server changed: the comparison's summary decides. */
  private static Verdict upgradeCompare(Path run, Places places, PrintStream out) {
    Path json = run.resolve(UPGRADE_JSON);
    Path md = run.resolve("upgrade/summary.md");
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
    if (places != null) {
      places.printReports(out);
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

  /** Where a person finds the outputs, as paths relative to the repository root. */
  private record Places(Path root, Path reports) {
    void printReports(PrintStream out) {
      Map<String, Path> all = new LinkedHashMap<>();
      if (reports != null) {
        all.put("Allure report    ", reports.resolve("allure-report"));
        all.put("one-file report  ", reports.resolve("allure-report-single/index.html"));
        all.put("API coverage     ", reports.resolve("coverage/index.html"));
        all.put("upgrade check    ", reports.resolve("allure-report/upgrade/index.html"));
      }
      all.put("Cucumber report  ", root.resolve("features/target/cucumber-reports/cucumber.html"));
      all.put("upgrade summary  ", root.resolve("features/target/upgrade/summary.md"));
      all.put("console log      ", root.resolve("features/target/console.log"));
      out.println("flowcheck reports:");
      all.forEach(
          (name, path) -> {
            if (Files.exists(path)) {
              String note =
                  name.startsWith("Allure") ? "   (serve it: scripts/open-report.sh)" : "";
              out.println("  " + name + ReportInputs.display(path, root) + note);
            }
          });
    }
  }
}
