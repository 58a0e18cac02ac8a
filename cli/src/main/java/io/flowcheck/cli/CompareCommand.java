package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.RunPipeline;
import io.flowcheck.framework.config.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code compare DIR}: after a server upgrade, as {@code mvn verify -Pupgrade-compare
 * -Dbaseline=DIR}: the @upgrade scenarios compared with the baseline, then reports and the
 * comparison's verdict.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "After a server upgrade: runs the @upgrade scenarios and compares their exchanges with the"
          + " baseline that capture wrote; the comparison's summary decides.",
      "Exit status: 0 no regression (ef.upgrade.fail-on), 1 regressions or a failed run, 2 a"
          + " wrong option or setting."
    })
final class CompareCommand implements Callable<Integer> {
  static final String UPGRADE_TAG = "@upgrade";

  @Parameters(index = "0", paramLabel = "DIR", description = "The baseline folder capture wrote.")
  Path baseline;

  @Mixin SuiteCommand command;
  @Mixin SuiteCommand.ReportSwitch reports;

  @Override
  public Integer call() {
    Path base = baseline.toAbsolutePath().normalize();
    if (!Files.isRegularFile(base.resolve("baseline.json"))) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck upgrade: no baseline in "
              + baseline
              + " (baseline.json missing): capture it against the old server first (capture DIR)");
    }
    SuiteLaunch.Selection selection = command.selection(UPGRADE_TAG);
    return command.runAndJudge(
        SuiteCommand.with(command.settings(), Setting.UPGRADE_COMPARE, base),
        selection,
        reports,
        RunPipeline.Check.UPGRADE_COMPARE);
  }
}
