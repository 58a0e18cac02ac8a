package io.flowcheck.runner.upgrade;

import io.flowcheck.framework.upgrade.Baseline;
import io.flowcheck.framework.upgrade.NormalizationRules;
import io.flowcheck.framework.upgrade.ScenarioRecord;
import io.flowcheck.framework.upgrade.Slower;
import io.flowcheck.framework.upgrade.SlowerRule;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import io.flowcheck.runner.LaunchHandoff;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What an upgrade check leaves when the run ends: a baseline, its noise rules, or a summary. */
final class RunEnd {
  private RunEnd() {}

  static void write(UpgradeCheck check) {
    Path dir = check.settings().baseline();
    switch (check.settings().mode()) {
      case RECORD -> record(check, dir);
      case CALIBRATE -> calibrate(check, dir);
      case COMPARE -> compare(check);
      case OFF -> {}
    }
  }

  private static void record(UpgradeCheck check, Path dir) {
    List<ScenarioRecord> records = check.records();
    String selection = LaunchHandoff.tagFilter().expressionOrAll();
    Baseline.write(dir, check.serverVersion(), check.server(), selection, records);
    Baseline.writeLatencies(dir, check.latencies().latencies());
    int exchanges = records.stream().mapToInt(r -> r.exchanges().size()).sum();
    System.out.println(
        "flowcheck upgrade: baseline of "
            + records.size()
            + " scenario(s), "
            + exchanges
            + " exchange(s) written to "
            + show(dir));
  }

  private static void calibrate(UpgradeCheck check, Path dir) {
    if (!check.serverVersion().equals(check.baseline().serverVersion())) {
      System.out.println(
          "flowcheck upgrade: calibration warning: this server is version "
              + check.serverVersion()
              + " but the baseline is "
              + check.baseline().serverVersion()
              + "; calibrate against the server the baseline came from");
    }
    var rules = check.learner().rules();
    NormalizationRules.write(
        dir.resolve(Baseline.NOISE),
        rules,
        "Learned by calibration: fields that changed between two captures of the same server. "
            + "Rewritten by every capture; put your own rules in rules.json.");
    System.out.println(
        "flowcheck upgrade: calibration found "
            + rules.size()
            + " field(s) that change on their own; written to "
            + show(dir.resolve(Baseline.NOISE)));
    for (String line : check.learner().unstable()) {
      System.out.println("flowcheck upgrade: unstable between two captures (not learned): " + line);
    }
  }

  private static void compare(UpgradeCheck check) {
    UpgradeSummary summary = check.summary();
    summary.judgeLatencies(
        check.baseline().latencies(),
        check.latencies().latencies(),
        new SlowerRule(check.settings().slowerFactor(), check.settings().slowerMinMs()));
    Set<String> notRun = new TreeSet<>(check.baseline().scenarioTitles());
    notRun.removeAll(summary.comparedTitles());
    summary.setNotRun(List.copyOf(notRun));
    Path out = check.settings().summaryDir();
    summary.write(out);
    System.out.println(
        "flowcheck upgrade: "
            + summary.verdict()
            + ": "
            + summary.countsLine()
            + " (version "
            + summary.ends().beforeVersion()
            + " -> "
            + summary.ends().afterVersion()
            + ")");
    if (!summary.latenciesChecked()) {
      System.out.println("flowcheck upgrade: no latencies in this baseline: slower not checked");
    }
    for (Slower slower : summary.slower()) {
      System.out.println("flowcheck upgrade: " + slower.headline());
    }
    System.out.println(
        "flowcheck upgrade: summary in " + show(out.resolve("summary.md")) + " and summary.json");
    if (!java.nio.file.Files.isRegularFile(check.settings().baseline().resolve(Baseline.NOISE))) {
      System.out.println(
          "flowcheck upgrade: note: the baseline has no noise.json; "
              + "'scripts/upgrade.sh capture' calibrates it");
    }
  }

  private static String show(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }
}
