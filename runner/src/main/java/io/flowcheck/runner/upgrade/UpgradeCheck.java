package io.flowcheck.runner.upgrade;

import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.framework.config.UpgradeSettings;
import io.flowcheck.framework.config.UpgradeSettings.Mode;
import io.flowcheck.framework.upgrade.Baseline;
import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.ExchangeDiffer;
import io.flowcheck.framework.upgrade.LatencyLog;
import io.flowcheck.framework.upgrade.NoiseLearner;
import io.flowcheck.framework.upgrade.NormalizationRules;
import io.flowcheck.framework.upgrade.Normalizer;
import io.flowcheck.framework.upgrade.RecordedExchange;
import io.flowcheck.framework.upgrade.ScenarioRecord;
import io.flowcheck.framework.upgrade.UpgradeSummary;
import io.flowcheck.runner.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One upgrade check per run, in the mode the {@code ef.upgrade.*} settings choose: record a
 * baseline, calibrate it (learn noise), or compare this run with it. The run makes it at its start
 * when a mode is set and ends it at its end; a later in-process run makes a new one.
 */
public final class UpgradeCheck {
  private final UpgradeSettings settings;
  private final Normalizer normalizer;
  private final ExchangeDiffer differ;
  private final Baseline baseline; // null while recording
  private final String serverVersion;
  private final String server;
  private final ConcurrentLinkedQueue<ScenarioRecord> records = new ConcurrentLinkedQueue<>();
  private final NoiseLearner learner = new NoiseLearner();
  private final LatencyLog latencies = new LatencyLog();
  private final UpgradeSummary summary;

  private UpgradeCheck(
      UpgradeSettings settings,
      String server,
      VersionLookup version,
      Map<String, String> runNames) {
    this.settings = settings;
    this.serverVersion = version.version();
    this.server = server;
    NormalizationRules rules = NormalizationRules.forCheck(settings);
    this.normalizer = new Normalizer(rules, runNames);
    this.differ = new ExchangeDiffer(rules);
    this.baseline = settings.mode() == Mode.RECORD ? null : Baseline.read(settings.baseline());
    this.summary =
        baseline == null
            ? null
            : new UpgradeSummary(
                new UpgradeSummary.Ends(
                    baseline.server(), baseline.serverVersion(), server, serverVersion),
                settings.failOn());
  }

  /**
   * The check these settings ask for, or empty when no {@code ef.upgrade.*} mode is set.
   *
   * @param server the API base URL, e.g. {@code https://flow:8443/rest/v1.0}
   */
  public static Optional<UpgradeCheck> start(
      UpgradeSettings settings,
      String server,
      VersionLookup version,
      Sandbox sandbox,
      String runId) {
    if (!settings.active()) {
      return Optional.empty();
    }
    UpgradeCheck check =
        new UpgradeCheck(settings, server, version, runNames(server, version, sandbox, runId));
    System.out.println("flowcheck upgrade: " + check.describeStart());
    return Optional.of(check);
  }

  /** The run's own names become tokens, so two runs (and two servers) read the same. */
  private static Map<String, String> runNames(
      String server, VersionLookup version, Sandbox sandbox, String runId) {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(sandbox.projectName(), "<sandbox-project>");
    names.put(sandbox.artifactGroup(), "<artifact-group>");
    names.put(runId, "<run-id>");
    if (version.known()) { // "unknown" is an ordinary word, not a name to replace
      names.put(version.version(), "<server-version>");
    }
    names.put(
        server.endsWith("/rest/v1.0") ? server.substring(0, server.length() - 10) : server,
        "<server>");
    return names;
  }

  private String describeStart() {
    String dir = settings.baseline().toAbsolutePath().normalize().toString();
    return switch (settings.mode()) {
      case RECORD -> "recording a baseline of version " + serverVersion + " into " + dir;
      case CALIBRATE ->
          "calibrating: a second capture of version "
              + serverVersion
              + " to learn what changes on its own ("
              + dir
              + ")";
      case COMPARE ->
          "comparing version "
              + serverVersion
              + " with the baseline of version "
              + baseline.serverVersion()
              + " ("
              + dir
              + "), failing on "
              + settings.failOn().label();
      case OFF -> "off";
    };
  }

  /**
   * Takes in a finished scenario's exchanges. Returns its differing exchanges (compare mode) and
   * the one line that fails it, or null when it passes.
   */
  public Result finishScenario(
      String feature, String scenario, int line, String uniqueSuffix, List<ScenarioExchange> raws) {
    Normalizer mine = normalizer.with(Map.of(uniqueSuffix, "-<unique>"));
    List<RecordedExchange> exchanges = new ArrayList<>();
    for (ScenarioExchange r : raws) {
      latencies.add(r.operation().apiName(), r.millis());
      exchanges.add(
          mine.normalize(
              r.operation().apiName(),
              r.operation().method(),
              r.status(),
              r.target(),
              r.requestBody(),
              r.responseBody()));
    }
    if (settings.mode() == Mode.RECORD) {
      records.add(new ScenarioRecord(feature, scenario, line, exchanges));
      return Result.PASSED;
    }
    String key = baseline.keyOf(feature, scenario, line);
    List<RecordedExchange> before = baseline.find(feature, scenario, line);
    List<ExchangeDiff> diffs =
        differ.compare(feature, scenario, before == null ? List.of() : before, exchanges);
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
    String failure =
        differing.stream()
            .filter(d -> d.outcome().fails(settings.failOn()))
            .findFirst()
            .map(ExchangeDiff::oneLine)
            .orElse(null);
    return new Result(differing, failure);
  }

  /**
   * A scenario's verdict: its differing exchanges (compare mode), and the one line that fails it,
   * or null when it passes.
   */
  public record Result(List<ExchangeDiff> differing, String failure) {
    static final Result PASSED = new Result(List.of(), null);

    /** One Allure attachment per differing exchange: name and text, findings first. */
    public Map<String, String> attachments() {
      Map<String, String> attached = new LinkedHashMap<>();
      for (ExchangeDiff d : differing) {
        attached.put(DiffAttachment.name(d), DiffAttachment.text(d));
      }
      return attached;
    }
  }

  /** Writes what the mode produces and prints where; the check is over. */
  public void finish() {
    RunEnd.write(this);
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

  LatencyLog latencies() {
    return latencies;
  }

  UpgradeSummary summary() {
    return summary;
  }
}
