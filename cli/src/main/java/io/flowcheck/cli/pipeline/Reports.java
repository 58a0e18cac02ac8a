package io.flowcheck.cli.pipeline;

import io.flowcheck.cli.FlowcheckCli;
import io.flowcheck.framework.run.ShardOfRun;
import io.flowcheck.reports.MergedResults;
import io.flowcheck.reports.ReportException;
import io.flowcheck.reports.ReportMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the cli calls the reports module: the Allure report, the one-file report (zip), the
 * coverage, dialect, upgrade and steps pages from one run's results folder, or from the shards of
 * one run merged into one.
 */
public final class Reports {
  private Reports() {}

  /**
   * A run's own reports: its one results folder, a shard's own included.
   *
   * @param allureHome the unpacked Allure command line
   * @param entry where the user ran this, for the report's executor name and hints
   */
  public static void build(
      List<Path> results, Path out, Path history, Path allureHome, Entry entry) {
    Path run = results.size() == 1 ? checked(results.get(0)) : wholeRun(results, out);
    build(run, out, history, allureHome, entry);
  }

  /**
   * The results of one whole run, as {@code report} is given them: one unsharded run's folder as it
   * is, or every shard of one run merged into {@code <out>/merged-results}. A shard alone, or
   * shards that are not every shard of one run, each once, is one line and nothing is merged.
   */
  public static Path wholeRun(List<Path> results, Path out) {
    results.forEach(Reports::checked);
    if (results.size() == 1 && !isShard(results.get(0))) {
      return results.get(0).toAbsolutePath().normalize();
    }
    Path run = out.toAbsolutePath().normalize().resolve("merged-results");
    try {
      List<String> shards = MergedResults.merge(results, run);
      System.out.println("flowcheck: merged shards " + String.join(", ", shards) + " into " + run);
    } catch (ReportException e) {
      throw new FlowcheckCli.UsageProblem("flowcheck: " + e.getMessage());
    }
    return run;
  }

  /** The reports of one run's results folder into {@code out}. */
  public static void build(Path run, Path out, Path history, Path allureHome, Entry entry) {
    Path folder = run.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    ReportMain.run(
        new ReportMain.Options(
            folder,
            folder, // fixtures: never used, as this is no standalone build of the reports module
            out.toAbsolutePath().normalize(),
            history.toAbsolutePath().normalize(),
            allureHome,
            cwd,
            "flowcheck-cli",
            "flowcheck-reports",
            entry.executor(),
            entry.serveHint()));
  }

  private static Path checked(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new FlowcheckCli.UsageProblem("flowcheck: no results folder " + dir);
    }
    return dir;
  }

  private static boolean isShard(Path dir) {
    return Files.isRegularFile(dir.resolve(ShardOfRun.FILE));
  }
}
