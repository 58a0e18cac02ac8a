package io.flowcheck.cli.pipeline;

import io.flowcheck.cli.FlowcheckCli;
import io.flowcheck.reports.MergedResults;
import io.flowcheck.reports.ReportException;
import io.flowcheck.reports.ReportMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the cli calls the reports module: the Allure report, the one-file report (zip), the
 * coverage, dialect, upgrade and steps pages from results folders: one run's, or the shards of one
 * run, merged first.
 */
public final class Reports {
  private Reports() {}

  /**
   * @param allureHome the unpacked Allure command line
   * @param entry where the user ran this, for the report's executor name and hints
   */
  public static void build(
      List<Path> results, Path out, Path history, Path allureHome, Entry entry) {
    for (Path dir : results) {
      if (!Files.isDirectory(dir)) {
        throw new FlowcheckCli.UsageProblem("flowcheck: no results folder " + dir);
      }
    }
    Path run = results.get(0).toAbsolutePath().normalize();
    if (results.size() > 1) {
      // The shards of one run: merged into one results folder first, then reported as one run.
      run = out.toAbsolutePath().normalize().resolve("merged-results");
      try {
        List<String> shards = MergedResults.merge(results, run);
        System.out.println(
            "flowcheck: merged shards " + String.join(", ", shards) + " into " + run);
      } catch (ReportException e) {
        throw new FlowcheckCli.UsageProblem("flowcheck: " + e.getMessage());
      }
    }
    Path cwd = Path.of("").toAbsolutePath();
    ReportMain.run(
        new ReportMain.Options(
            run,
            run, // fixtures: never used, as this is no standalone build of the reports module
            out.toAbsolutePath().normalize(),
            history.toAbsolutePath().normalize(),
            allureHome,
            cwd,
            "flowcheck-cli",
            "flowcheck-reports",
            entry.executor(),
            entry.serveHint()));
  }
}
