package io.flowcheck.cli;

import io.flowcheck.reports.MergedResults;
import io.flowcheck.reports.ReportException;
import io.flowcheck.reports.ReportMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the cli calls the reports module: the Allure report, the one-file report (zip), the
 * coverage, dialect, upgrade and steps pages from results folders. One folder today; several (the
 * shards of one run) once the reports module merges them.
 */
final class Reports {
  private Reports() {}

  static void build(List<Path> results, Path out, Path history) {
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
            BundledAllure.home(),
            cwd,
            "flowcheck-cli",
            "flowcheck-reports"));
  }
}
