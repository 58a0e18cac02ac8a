package io.flowcheck.framework.run;

import io.flowcheck.framework.secrets.SecretFingerprints;
import java.nio.file.Path;
import java.util.List;

/**
 * The one description of a run's output folder, the same for {@code flowcheck.jar run --out DIR}
 * and Maven's main job: the run's results at the top, the reports under {@code report/}. Every
 * writer and reader of a run's files asks here instead of naming a folder of its own.
 *
 * @param root the run's output folder, absolute
 */
public record RunLayout(Path root) {
  public RunLayout {
    root = root.toAbsolutePath().normalize();
  }

  public static RunLayout of(Path root) {
    return new RunLayout(root);
  }

  public Path allureResults() {
    return root.resolve("allure-results");
  }

  public Path cucumberReports() {
    return root.resolve("cucumber-reports");
  }

  public Path cucumberHtml() {
    return cucumberReports().resolve("cucumber.html");
  }

  public Path coverage() {
    return root.resolve("ef-coverage");
  }

  /** An upgrade comparison's summary.json and summary.md. */
  public Path upgrade() {
    return root.resolve("upgrade");
  }

  public Path upgradeSummary() {
    return upgrade().resolve("summary.md");
  }

  public Path dialect() {
    return root.resolve("server-dialect.json");
  }

  public Path timings() {
    return root.resolve("flowcheck-timings.json");
  }

  public Path summary() {
    return root.resolve(RunSummary.FILE);
  }

  public Path secretFingerprints() {
    return root.resolve(SecretFingerprints.FILE_NAME);
  }

  public Path consoleLog() {
    return root.resolve("console.log");
  }

  /** The reports built from the run: Allure (multi-file, single-file), coverage and other pages. */
  public Path reports() {
    return root.resolve("report");
  }

  /** Where an upgrade capture keeps its two runs, each laid out as a run of its own. */
  public RunLayout captureRecord() {
    return of(root.resolve("upgrade-capture/record"));
  }

  public RunLayout captureCalibrate() {
    return of(root.resolve("upgrade-capture/calibrate"));
  }

  /**
   * What a run leaves at the top of its folder; cleared before the next run into it. Not the
   * timings: the next run may balance its shards by them ({@code ef.shard.timings}).
   */
  public List<Path> runFiles() {
    return List.of(
        allureResults(),
        cucumberReports(),
        coverage(),
        upgrade(),
        summary(),
        root.resolve(RunSummary.SHARD_FILE),
        root.resolve(RunSummary.FAILURE_FILE),
        root.resolve(RunSummary.LEFTOVERS_FILE),
        secretFingerprints(),
        consoleLog(),
        dialect(),
        root.resolve("step-catalogue.md"),
        root.resolve("step-catalogue.json"));
  }
}
