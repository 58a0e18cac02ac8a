package io.flowcheck.cli;

import io.flowcheck.cli.pipeline.Entry;
import io.flowcheck.cli.pipeline.RunPipeline;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.run.RunLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What run, capture and compare share: the setting and selection options, the output folder, and
 * the steps after parsing: the settings checked, then the pipeline Maven's main job runs too.
 */
final class SuiteCommand {
  @Mixin SettingOptions settingOptions;
  @Mixin SuiteOptions suite;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "flowcheck-results",
      description =
          "Where the results go (allure-results, cucumber-reports, ..., console.log) and the"
              + " reports (DIR/report); capture's two runs go to DIR/upgrade-capture/record and"
              + " .../calibrate (default: ${DEFAULT-VALUE}).")
  Path out;

  /** The output folder, absolute. */
  Path dir() {
    return out.toAbsolutePath().normalize();
  }

  /** The given settings, checked by the registry (asking for the password once, if need be). */
  Map<String, String> settings() {
    return CheckedSettings.of(settingOptions.settings());
  }

  /** The settings plus one the command sets, e.g. the baseline folder of an upgrade run. */
  static Map<String, String> with(Map<String, String> settings, Setting setting, Path value) {
    Map<String, String> all = new LinkedHashMap<>(settings);
    all.put(setting.key(), value.toString());
    return all;
  }

  /** The selected scenarios; {@code defaultTags} when no --tags is given (null: all). */
  SuiteLaunch.Selection selection(String defaultTags) {
    return suite.selection(defaultTags);
  }

  /** One run into {@link #dir()}, then the verdict (and the reports unless --no-report). */
  int runAndJudge(
      Map<String, String> settings,
      SuiteLaunch.Selection selection,
      ReportSwitch reports,
      RunPipeline.Check check) {
    RunLayout layout = RunLayout.of(dir());
    RunPipeline.Request request =
        new RunPipeline.Request(
            Entry.JAR,
            SuiteLaunch.settings(settings, selection, layout),
            SuiteLaunch.suite(settings, selection),
            reports.wanted(),
            layout.reports().resolve("history"),
            reports.wanted() ? BundledAllure.home() : null,
            check);
    return RunPipeline.run(request, System.out).exitCode();
  }

  /** {@code --no-report}, for the commands that build reports after their run. */
  static final class ReportSwitch {
    @Option(names = "--no-report", description = "Results and verdict only, no reports.")
    boolean noReport;

    boolean wanted() {
      return !noReport;
    }
  }
}
