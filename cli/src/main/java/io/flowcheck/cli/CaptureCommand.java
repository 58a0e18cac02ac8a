package io.flowcheck.cli;

import io.flowcheck.framework.config.Setting;
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
    // Each run in its own folder, where the Maven capture keeps them (features/pom.xml).
    Path record = dir.resolve("upgrade-capture/record");
    Path calibrate = dir.resolve("upgrade-capture/calibrate");
    Map<String, String> settings = command.settings();
    SuiteLaunch.run(SuiteCommand.with(settings, Setting.UPGRADE_RECORD, base), selection, record);
    SuiteLaunch.run(
        SuiteCommand.with(settings, Setting.UPGRADE_CALIBRATE, base), selection, calibrate);
    return Verdicts.capture(base, record, calibrate, dir);
  }
}
