package io.flowcheck.cli;

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
    if (results.size() != 1) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck: report takes one results folder; merging several is not built yet");
    }
    Path run = results.get(0).toAbsolutePath().normalize();
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
