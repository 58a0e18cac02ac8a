package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.RunPipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
  @Mixin SuiteCommand command;
  @Mixin SuiteCommand.ReportSwitch reports;

  @Override
  public Integer call() {
    SuiteLaunch.Selection selection = command.selection(null);
    return command.runAndJudge(command.settings(), selection, reports, RunPipeline.Check.SUITE);
  }
}
