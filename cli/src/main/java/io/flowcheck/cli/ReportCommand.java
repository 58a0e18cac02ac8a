package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.Entry;
import io.flowcheck.cli.pipeline.Reports;
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
    description =
        "Builds the Allure report, the one-file report (zip) and the coverage, dialect, upgrade and"
            + " steps pages from a run's results folder (the --out of run).")
final class ReportCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "A run's results folder.")
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
    Reports.build(
        results,
        out,
        history != null ? history : out.resolve("history"),
        BundledAllure.home(),
        Entry.JAR);
    return FlowcheckCli.PASSED;
  }
}
