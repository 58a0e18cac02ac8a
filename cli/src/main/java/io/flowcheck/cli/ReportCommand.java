package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.Entry;
import io.flowcheck.cli.pipeline.Reports;
import io.flowcheck.framework.run.Verdict;
import io.flowcheck.reports.SuiteVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report RESULTS...}: the reports of results folders that a run left. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Builds the Allure report, the one-file report (zip) and the coverage, dialect, upgrade and"
          + " steps pages from a run's results folder (the --out of run), or from every shard's"
          + " folder of one sharded run, merged; then prints the run's verdict.",
      "Exit status: 0 the run passed, 1 it failed, 2 the folders are not one run (a shard"
          + " missing, given twice or of another run)."
    })
final class ReportCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "RESULTS",
      description = "A run's results folder, or every shard's of one run.")
  List<Path> results;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "flowcheck-report",
      description = "Where the reports go (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--history",
      paramLabel = "DIR",
      description = "The Allure trend's folder, kept between reports (default: <out>/history).")
  Path history;

  @Override
  public Integer call() {
    Path run = Reports.wholeRun(results, out);
    Reports.build(
        run,
        out,
        history != null ? history : out.resolve("history"),
        BundledAllure.home(),
        Entry.JAR);
    // The reports show the run; the verdict says whether it passed, as the run itself did.
    Verdict verdict = SuiteVerdict.verdictOf(run);
    System.out.println(verdict.line());
    return verdict.status();
  }
}
