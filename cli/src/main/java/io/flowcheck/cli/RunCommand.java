package io.flowcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: the suite against the embedded simulator or a server, then reports and verdict. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Runs the bundled suite (or your features with our glue and yours) against the embedded"
          + " simulator, or the server given, then builds the reports and gives the verdict.",
      "Exit status: 0 every scenario passed, 1 a scenario or the run failed, 2 a wrong option or"
          + " setting."
    })
final class RunCommand implements Callable<Integer> {
  @Mixin SettingOptions settings;
  @Mixin SuiteOptions suite;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "flowcheck-results",
      description =
          "Where the results go (allure-results, cucumber-reports, ..., console.log) and the"
              + " reports (DIR/report) (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--no-report", description = "Results and verdict only, no reports.")
  boolean noReport;

  @Override
  public Integer call() {
    Path dir = out.toAbsolutePath().normalize();
    SuiteLaunch.Selection selection = suite.selection(null);
    SuiteLaunch.run(CheckedSettings.of(settings.settings()), selection, dir);
    return Verdicts.afterRun(dir, !noReport, Verdicts.Check.SUITE);
  }
}
