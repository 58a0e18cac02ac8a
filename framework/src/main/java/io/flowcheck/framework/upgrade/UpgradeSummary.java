package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.config.FailOn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of comparing a run with its baseline: counts per outcome, every differing exchange,
 * and the scenarios that could not be compared. Scenarios report from parallel threads.
 */
public final class UpgradeSummary {
  /**
   * @param before the baseline's server and version
   * @param after this run's server and version
   */
  public record Ends(
      String beforeServer, String beforeVersion, String afterServer, String afterVersion) {}

  private final Ends ends;
  private final FailOn failOn;
  private final ConcurrentLinkedQueue<ExchangeDiff> diffs = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> compared = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> notInBaseline = new ConcurrentLinkedQueue<>();
  private final List<String> notRun = new ArrayList<>();
  private final List<Slower> slower = new ArrayList<>();
  private boolean latenciesChecked = true;
  private SlowerRule slowerRule = SlowerRule.DEFAULT;

  public UpgradeSummary(Ends ends, FailOn failOn) {
    this.ends = ends;
    this.failOn = failOn;
  }

  public Ends ends() {
    return ends;
  }

  public FailOn failOn() {
    return failOn;
  }

  public void addScenario(String title, List<ExchangeDiff> scenarioDiffs, boolean inBaseline) {
    compared.add(title);
    if (!inBaseline) {
      notInBaseline.add(title);
    }
    diffs.addAll(scenarioDiffs);
  }

  /** Baseline scenarios this run did not compare (not selected, skipped by version, renamed). */
  public synchronized void setNotRun(List<String> titles) {
    notRun.clear();
    notRun.addAll(new TreeSet<>(titles));
  }

  /**
   * Compares each operation's latency in this run with the baseline's; an operation only one side
   * made is not judged. {@code before} null means the baseline has no latencies: nothing is judged.
   */
  public synchronized void judgeLatencies(
      Map<String, Latency> before, Map<String, Latency> after, SlowerRule rule) {
    slower.clear();
    slowerRule = rule;
    latenciesChecked = before != null;
    if (before == null) {
      return;
    }
    after.forEach((op, now) -> rule.judge(op, before.get(op), now).ifPresent(slower::add));
    slower.sort(java.util.Comparator.comparingDouble(Slower::factor).reversed());
  }

  /** Operations that got slower, most slowed down first. */
  public synchronized List<Slower> slower() {
    return List.copyOf(slower);
  }

  /** False when the baseline had no latencies to compare with. */
  public synchronized boolean latenciesChecked() {
    return latenciesChecked;
  }

  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    for (Outcome o : Outcome.values()) {
      counts.put(o, 0);
    }
    diffs.forEach(d -> counts.merge(d.outcome(), 1, Integer::sum));
    return counts;
  }

  /** Differing exchanges, worst first, then by feature, scenario and position. */
  public List<ExchangeDiff> differing() {
    return diffs.stream()
        .filter(d -> d.outcome() != Outcome.UNCHANGED)
        .sorted(
            java.util.Comparator.comparing((ExchangeDiff d) -> -d.outcome().ordinal())
                .thenComparing(ExchangeDiff::feature)
                .thenComparing(ExchangeDiff::scenario)
                .thenComparingInt(ExchangeDiff::index))
        .toList();
  }

  /**
   * The differing exchanges' findings grouped by cause, worst outcome and most widespread first.
   */
  public List<FindingGroup> groups() {
    return FindingGroup.of(differing());
  }

  public boolean failed() {
    return differing().stream().anyMatch(d -> d.outcome().fails(failOn))
        || (failOn.slower() && !slower().isEmpty());
  }

  /** "2 regressed, 0 changed, 1 added, 17 unchanged" */
  public String countsLine() {
    return SummaryMarkdown.countsLine(toJson().path("counts"));
  }

  public String verdict() {
    return failed()
        ? "FAILED"
        : differing().isEmpty() && slower().isEmpty() ? "PASSED" : "PASSED with differences";
  }

  public int scenarioCount() {
    return compared.size();
  }

  /** "feature › scenario" of every scenario compared, in no particular order. */
  public List<String> comparedTitles() {
    return List.copyOf(compared);
  }

  public List<String> notRun() {
    return List.copyOf(notRun);
  }

  public List<String> notInBaseline() {
    return new ArrayList<>(new TreeSet<>(notInBaseline));
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("verdict", verdict());
    o.put("failed", failed());
    o.put("failOn", failOn.label());
    ObjectNode counts = o.putObject("counts");
    counts().forEach((k, v) -> counts.put(k.label(), v));
    o.put("scenarios", scenarioCount());
    ObjectNode before = o.putObject("baseline");
    before.put("server", ends.beforeServer());
    before.put("serverVersion", ends.beforeVersion());
    ObjectNode after = o.putObject("current");
    after.put("server", ends.afterServer());
    after.put("serverVersion", ends.afterVersion());
    ArrayNode list = o.putArray("differences");
    differing().forEach(d -> list.add(d.toJson()));
    ArrayNode groups = o.putArray("groups");
    groups().forEach(g -> groups.add(g.toJson()));
    ArrayNode slow = o.putArray("slower");
    slower().forEach(x -> slow.add(x.toJson()));
    o.put("latenciesChecked", latenciesChecked());
    o.put("slowerRule", slowerRule.describe());
    ArrayNode nr = o.putArray("notRun");
    notRun().forEach(nr::add);
    ArrayNode nb = o.putArray("notInBaseline");
    notInBaseline().forEach(nb::add);
    return o;
  }

  /** Writes summary.json and summary.md into {@code dir}. */
  public void write(Path dir) {
    JsonTree.write(dir.resolve("summary.json"), toJson());
    JsonTree.writeText(dir.resolve("summary.md"), SummaryMarkdown.render(toJson()));
  }
}
