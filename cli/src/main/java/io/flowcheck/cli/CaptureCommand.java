package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.Entry;
import io.flowcheck.cli.pipeline.RunPipeline;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.run.RunLayout;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code capture DIR}: before a server upgrade, as {@code mvn verify -Pupgrade-capture}: one run
 * records the baseline, a second against the same server learns what changes by itself.
 */
@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Before a server upgrade: records the @upgrade scenarios' exchanges into a baseline folder,"
          + " then runs them again to learn what changes by itself (noise).",
      "Exit status: 0 the baseline is ready, 1 it is not, 2 a wrong option or setting."
    })
final class CaptureCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The baseline folder to write.")
  Path baseline;

  @Mixin SuiteCommand command;

  @Override
  public Integer call() {
    Path base = baseline.toAbsolutePath().normalize();
    Path dir = command.dir();
    SuiteLaunch.Selection selection = command.selection(CompareCommand.UPGRADE_TAG);
    RunLayout layout = RunLayout.of(dir);
    Map<String, String> settings = command.settings();
    Map<String, String> record = SuiteCommand.with(settings, Setting.UPGRADE_RECORD, base);
    Map<String, String> calibrate = SuiteCommand.with(settings, Setting.UPGRADE_CALIBRATE, base);
    RunPipeline.Capture capture =
        new RunPipeline.Capture(
            Entry.JAR,
            SuiteLaunch.settings(record, selection, layout.captureRecord()),
            () -> SuiteLaunch.settings(calibrate, selection, layout.captureCalibrate()),
            SuiteLaunch.suite(settings, selection),
            base,
            layout);
    return RunPipeline.capture(capture, System.out).exitCode();
  }
}
