package io.flowcheck.steps.upgrade;

import io.flowcheck.framework.config.UpgradeSettings;
import io.flowcheck.framework.config.UpgradeSettings.Mode;
import io.flowcheck.framework.upgrade.Baseline;
import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.ExchangeDiffer;
import io.flowcheck.framework.upgrade.NoiseLearner;
import io.flowcheck.framework.upgrade.NormalizationRules;
import io.flowcheck.framework.upgrade.Normalizer;
import io.flowcheck.framework.upgrade.RecordedExchange;
import io.flowcheck.framework.upgrade.ScenarioRecord;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import io.flowcheck.steps.run.EfRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One upgrade check per run, in the mode the {@code ef.upgrade.*} settings choose: record a
 * baseline, calibrate it (learn noise), or compare this run with it. Lives from the run's
 * BeforeAll to its AfterAll; a later in-process run starts a new one.
 */
final class UpgradeCheck {
  private static UpgradeCheck current;

  private final UpgradeSettings settings;
  private final Normalizer normalizer;
  private final ExchangeDiffer differ;
  private final Baseline baseline; // null while recording
  private final String serverVersion;
  private final String server;
  private final ConcurrentLinkedQueue<ScenarioRecord> records = new ConcurrentLinkedQueue<>();
  private final NoiseLearner learner = new NoiseLearner();
  private final UpgradeSummary summary;

  private UpgradeCheck(UpgradeSettings settings, EfRun run) {
    this.settings = settings;
    this.serverVersion = run.serverVersion();
    this.server = run.settings().apiBaseUrl();
    NormalizationRules rules = NormalizationRules.forCheck(settings);
    this.normalizer = new Normalizer(rules, runNames(run));
    this.differ = new ExchangeDiffer(rules);
    this.baseline = settings.mode() == Mode.RECORD ? null : Baseline.read(settings.baseline());
    this.summary = baseline == null ? null : new UpgradeSummary(new UpgradeSummary.Ends(
        baseline.server(), baseline.serverVersion(), server, serverVersion), settings.failOn());
  }

  /** The run's own names become tokens, so two runs (and two servers) read the same. */
  private static Map<String, String> runNames(EfRun run) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(run.sandbox().projectName(), "<sandbox-project>");
    names.put(run.sandbox().artifactGroup(), "<artifact-group>");
    names.put(run.settings().runId(), "<run-id>");
    if (run.versionLookup().known()) { // "unknown" is an ordinary word, not a name to replace
      names.put(run.serverVersion(), "<server-version>");
    }
    String api = run.settings().apiBaseUrl();
    names.put(api.endsWith("/rest/v1.0") ? api.substring(0, api.length() - 10) : api, "<server>");
    return names;
  }

  static synchronized void startIfConfigured() {
    current = null;
    UpgradeSettings settings = UpgradeSettings.fromSystem();
    if (!settings.active()) {
      return;
    }
    EfRun run = EfRun.start(); // the same run the main hook starts, whichever hook comes first
    UpgradeCheck check = new UpgradeCheck(settings, run);
    run.addListener(new ScenarioExchanges());
    current = check;
    System.out.println("flowcheck upgrade: " + check.describeStart());
  }

  static synchronized UpgradeCheck current() {
    return current;
  }

  private String describeStart() {
    String dir = settings.baseline().toAbsolutePath().normalize().toString();
    return switch (settings.mode()) {
      case RECORD -> "recording a baseline of version " + serverVersion + " into " + dir;
      case CALIBRATE -> "calibrating: a second capture of version " + serverVersion
          + " to learn what changes on its own (" + dir + ")";
      case COMPARE -> "comparing version " + serverVersion + " with the baseline of version "
          + baseline.serverVersion() + " (" + dir + "), failing on " + settings.failOn().label();
      case OFF -> "off";
    };
  }

  /**
   * Takes in a finished scenario's exchanges. Returns its differing exchanges (compare mode) and
   * the one line that fails it, or null when it passes.
   */
  Result finishScenario(String feature, String scenario, int line, String uniqueSuffix,
      List<ScenarioExchanges.Raw> raws) {
    Normalizer mine = normalizer.with(Map.of(uniqueSuffix, "-<unique>"));
    List<RecordedExchange> exchanges = new ArrayList<>();
    for (ScenarioExchanges.Raw r : raws) {
      exchanges.add(mine.normalize(r.operation().apiName(), r.operation().method(), r.status(),
          r.target(), r.requestBody(), r.responseBody()));
    }
    if (settings.mode() == Mode.RECORD) {
      records.add(new ScenarioRecord(feature, scenario, line, exchanges));
      return Result.PASSED;
    }
    String key = baseline.keyOf(feature, scenario, line);
    List<RecordedExchange> before = baseline.find(feature, scenario, line);
    List<ExchangeDiff> diffs = differ.compare(feature, scenario, before == null ? List.of() : before, exchanges);
    List<ExchangeDiff> differing = diffs.stream().filter(d -> !d.findings().isEmpty()).toList();
    if (settings.mode() == Mode.CALIBRATE) {
      if (before != null) {
        synchronized (learner) {
          differing.forEach(learner::learn);
        }
      }
      return Result.PASSED;
    }
    summary.addScenario(feature + " › " + (key == null ? scenario : key), diffs, before != null);
    String failure = differing.stream().filter(d -> d.outcome().fails(settings.failOn()))
        .findFirst().map(ExchangeDiff::oneLine).orElse(null);
    return new Result(differing, failure);
  }

  record Result(List<ExchangeDiff> differing, String failure) {
    static final Result PASSED = new Result(List.of(), null);
  }

  /** Writes what the mode produces and prints where; the check is over. */
  static synchronized void finish() {
    UpgradeCheck check = current;
    current = null;
    if (check != null) {
      RunEnd.write(check);
    }
  }

  UpgradeSettings settings() {
    return settings;
  }

  String serverVersion() {
    return serverVersion;
  }

  String server() {
    return server;
  }

  Baseline baseline() {
    return baseline;
  }

  List<ScenarioRecord> records() {
    return List.copyOf(records);
  }

  NoiseLearner learner() {
    return learner;
  }

  UpgradeSummary summary() {
    return summary;
  }
}
