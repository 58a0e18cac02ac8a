package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.config.UpgradeSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A baseline folder: plain, sorted, pretty JSON that teams commit or archive.
 *
 * <pre>
 * baseline.json            server version and URL it was captured from
 * exchanges/&lt;feature&gt;.json one file per feature file; its scenarios sorted by name
 * latencies.json           each operation's call durations: median, p95, count
 * noise.json               fields calibration saw change on their own (rewritten by capture)
 * rules.json               your own normalization rules (optional; never written by the tool)
 * </pre>
 */
public final class Baseline {
  public static final String INFO = UpgradeSettings.BASELINE_FILE;
  public static final String EXCHANGES = "exchanges";
  public static final String NOISE = "noise.json";
  public static final String LATENCIES = "latencies.json";
  public static final String RULES = "rules.json";

  private final String serverVersion;
  private final String server;

  /** feature file, then scenario key, then exchanges */
  private final Map<String, Map<String, List<RecordedExchange>>> features;

  private final Map<String, Latency> latencies; // null: captured before latencies were recorded

  private Baseline(
      String serverVersion,
      String server,
      Map<String, Map<String, List<RecordedExchange>>> features,
      Map<String, Latency> latencies) {
    this.serverVersion = serverVersion;
    this.server = server;
    this.features = features;
    this.latencies = latencies;
  }

  /**
   * Each operation's latency at capture, or null for a baseline captured by a flowcheck that did
   * not record latencies.
   */
  public Map<String, Latency> latencies() {
    return latencies;
  }

  public String serverVersion() {
    return serverVersion;
  }

  public String server() {
    return server;
  }

  /** The baseline's exchanges for a scenario, or null when it has none under that name. */
  public List<RecordedExchange> find(String feature, String scenario, int line) {
    String key = keyOf(feature, scenario, line);
    return key == null ? null : features.get(feature).get(key);
  }

  /**
   * The name the baseline files the scenario under (with its line if the name is shared), or null.
   */
  public String keyOf(String feature, String scenario, int line) {
    Map<String, List<RecordedExchange>> scenarios = features.getOrDefault(feature, Map.of());
    String byLine = scenario + " (line " + line + ")";
    return scenarios.containsKey(byLine)
        ? byLine
        : scenarios.containsKey(scenario) ? scenario : null;
  }

  /** Every scenario as "feature › scenario", for "in the baseline but not run". */
  public List<String> scenarioTitles() {
    List<String> out = new ArrayList<>();
    features.forEach((f, s) -> s.keySet().forEach(name -> out.add(f + " › " + name)));
    return out;
  }

  public static Baseline read(Path dir) {
    Path info = dir.resolve(INFO);
    if (!Files.isRegularFile(info)) {
      throw new IllegalArgumentException(
          "Upgrade check: no baseline at "
              + dir.toAbsolutePath()
              + " ("
              + INFO
              + " missing); capture one first: scripts/upgrade.sh capture "
              + dir);
    }
    JsonNode head = JsonTree.read(info);
    Map<String, Map<String, List<RecordedExchange>>> features = new TreeMap<>();
    Map<String, Latency> latencies = readLatencies(dir.resolve(LATENCIES));
    if (!Files.isDirectory(dir.resolve(EXCHANGES))) {
      return new Baseline(
          head.path("serverVersion").asString(),
          head.path("server").asString(),
          features,
          latencies);
    }
    try (Stream<Path> files = Files.list(dir.resolve(EXCHANGES))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = JsonTree.read(f);
        Map<String, List<RecordedExchange>> scenarios = new TreeMap<>();
        for (JsonNode s : root.path("scenarios")) {
          List<RecordedExchange> list = new ArrayList<>();
          s.path("exchanges").forEach(e -> list.add(RecordedExchange.fromJson(e)));
          scenarios.put(s.path("scenario").asString(), list);
        }
        features.put(root.path("feature").asString(), scenarios);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Upgrade check: cannot read " + dir.resolve(EXCHANGES), e);
    }
    return new Baseline(
        head.path("serverVersion").asString(), head.path("server").asString(), features, latencies);
  }

  private static Map<String, Latency> readLatencies(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Map<String, Latency> out = new TreeMap<>();
    JsonTree.read(file)
        .path("operations")
        .properties()
        .forEach(e -> out.put(e.getKey(), Latency.fromJson(e.getValue())));
    return out;
  }

  /** Writes each operation's latency at capture into {@code dir}'s latencies.json. */
  public static void writeLatencies(Path dir, Map<String, Latency> latencies) {
    ObjectNode root = JsonTree.object();
    ObjectNode ops = root.putObject("operations");
    new TreeMap<>(latencies).forEach((op, l) -> ops.set(op, l.toJson()));
    JsonTree.write(dir.resolve(LATENCIES), root);
  }

  /** Replaces the baseline in {@code dir} with these scenarios; keeps rules.json. */
  public static void write(
      Path dir,
      String serverVersion,
      String server,
      String selection,
      List<ScenarioRecord> records) {
    Path exchanges = dir.resolve(EXCHANGES);
    deleteJsonFiles(exchanges);
    deleteIfExists(dir.resolve(NOISE)); // learned against the old capture; calibration relearns
    deleteIfExists(dir.resolve(LATENCIES)); // the old capture's; writeLatencies writes this one's
    Map<String, List<ScenarioRecord>> byFeature =
        records.stream()
            .collect(
                Collectors.groupingBy(ScenarioRecord::feature, TreeMap::new, Collectors.toList()));
    int count = 0;
    for (Map.Entry<String, List<ScenarioRecord>> f : byFeature.entrySet()) {
      Map<String, Long> names =
          f.getValue().stream()
              .collect(Collectors.groupingBy(ScenarioRecord::scenario, Collectors.counting()));
      Map<String, ScenarioRecord> sorted = new TreeMap<>();
      f.getValue().forEach(r -> sorted.put(r.key(names.get(r.scenario()) > 1), r));
      ObjectNode root = JsonTree.object();
      root.put("feature", f.getKey());
      ArrayNode list = root.putArray("scenarios");
      for (Map.Entry<String, ScenarioRecord> s : sorted.entrySet()) {
        ObjectNode node = list.addObject();
        node.put("scenario", s.getKey());
        ArrayNode ex = node.putArray("exchanges");
        s.getValue().exchanges().forEach(e -> ex.add(e.toJson()));
        count += s.getValue().exchanges().size();
      }
      JsonTree.write(exchanges.resolve(fileName(f.getKey())), root);
    }
    ObjectNode info = JsonTree.object();
    info.put("format", 1);
    info.put("serverVersion", serverVersion);
    info.put("server", server);
    info.put("selection", selection);
    info.put("scenarios", records.size());
    info.put("exchanges", count);
    JsonTree.write(dir.resolve(INFO), info);
  }

  static String fileName(String feature) {
    String base =
        feature.endsWith(".feature") ? feature.substring(0, feature.length() - 8) : feature;
    return base.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
  }

  private static void deleteJsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Upgrade check: cannot clear " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void deleteIfExists(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Upgrade check: cannot delete " + file + ": " + e.getMessage(), e);
    }
  }
}
