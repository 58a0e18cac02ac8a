package io.flowcheck.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's Markdown table: medians per side, median ratios of the alternating pairs. */
final class Table {
  private static final Pattern PER_CALL =
      Pattern.compile("^\\s*(.+?)\\s{2,}\\S+ req/s sequential \\(\\s*([0-9.]+) ms/call\\)");

  private final Benchmark.Results results;
  private final Path perCall;
  private final boolean jar;
  private final boolean launcher;
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** How the figures were taken, for the header. */
  record Setup(
      int rounds,
      int threads,
      int heavyScenarios,
      int heavyThreads,
      int latencyMs,
      int cores,
      String loadBefore,
      String loadAfter,
      String javaVersion) {}

  Table(Benchmark.Results results, Path perCall, boolean jar, boolean launcher) {
    this.results = results;
    this.perCall = perCall;
    this.jar = jar;
    this.launcher = launcher;
  }

  String render(Setup s) throws IOException {
    perCallRow();
    String twenty =
        "20 scenarios (login 5, properties 7, artifacts 8), " + s.threads() + " threads";
    pair(
        twenty + ", cold, inside the JVM",
        "flowcheck-java",
        "karate-java",
        SuiteRun::inJvmMs,
        "≤ 0.7×");
    pair(
        twenty + ", whole command with Maven, both sides `mvn -o exec:java`",
        "flowcheck-maven",
        "karate-maven",
        SuiteRun::wallMs,
        "≤ 1.0×");
    pair(
        twenty + ", whole command, `java -cp` (no Maven)",
        "flowcheck-java",
        "karate-java",
        SuiteRun::wallMs,
        "");
    if (jar) {
      pair(
          twenty + ", whole command, `java -jar flowcheck.jar run` vs Karate `java -cp`",
          "flowcheck-jar",
          "karate-java",
          SuiteRun::wallMs,
          "≤ 0.7×");
      pair(
          "same, flowcheck.jar with `--no-report` (results and verdict, no Allure report)",
          "flowcheck-jar-noreport",
          "karate-java",
          SuiteRun::wallMs,
          "");
      pair(
          "same, flowcheck.jar with an AppCDS archive",
          "flowcheck-jar-cds",
          "karate-java",
          SuiteRun::wallMs,
          "");
    } else {
      notes.add("`cli/target/flowcheck.jar` does not exist yet: its rows are left out.");
    }
    if (launcher) {
      pair(
          "same, the launcher `flowcheck run --no-report` (C1 only, serial GC, Groovy's"
              + " thresholds), `--no-aot-cache`",
          "flowcheck-launcher-noreport",
          "karate-java",
          SuiteRun::wallMs,
          "≤ 0.6× (JDK 17)");
      pair(
          "same, the launcher with its class cache (JDK 25+: AOT cache; 17–24: AppCDS),"
              + " `--no-report`",
          "flowcheck-launcher-cache-noreport",
          "karate-java",
          SuiteRun::wallMs,
          "≤ 0.45× (JDK 25)");
      pair(
          "same, the launcher with its class cache, with reports",
          "flowcheck-launcher-cache",
          "karate-java",
          SuiteRun::wallMs,
          "≤ 0.8× (JDK 17)");
    }
    String heavy =
        s.heavyScenarios()
            + " scenarios, "
            + s.heavyThreads()
            + " threads, "
            + s.latencyMs()
            + " ms server latency";
    pair(heavy + " (in the JVM)", "flowcheck-heavy", "karate-heavy", SuiteRun::inJvmMs, "≤ 0.7×");
    plain(
        heavy + ": requests in flight on average",
        "flowcheck-heavy",
        "karate-heavy",
        SuiteRun::requestsInFlight,
        "%.1f of " + s.heavyThreads(),
        "≥ 6 of 8");
    if (launcher) {
      pair(
          heavy
              + ", whole command: the launcher with its class cache, `--no-report`, vs Karate"
              + " `java -cp`",
          "flowcheck-heavy-launcher",
          "karate-heavy",
          SuiteRun::wallMs,
          "≤ 0.8×");
    }
    counts(heavy + ": logins / TCP connections / requests");
    pair(
        "JVM start to first request, `java -cp`",
        "flowcheck-java",
        "karate-java",
        SuiteRun::startToFirstRequestMs,
        "≤ 1.5 s");
    if (jar) {
      pair(
          "JVM start to first request, `flowcheck.jar`",
          "flowcheck-jar",
          "karate-java",
          SuiteRun::startToFirstRequestMs,
          "≤ 1.5 s");
      pair(
          "JVM start to first request, `flowcheck.jar` + AppCDS",
          "flowcheck-jar-cds",
          "karate-java",
          SuiteRun::startToFirstRequestMs,
          "≤ 1.0 s");
    }
    if (launcher) {
      pair(
          "JVM start to first request, the launcher with its class cache",
          "flowcheck-launcher-cache-noreport",
          "karate-java",
          SuiteRun::startToFirstRequestMs,
          "≤ 1.5 s (JDK 25)");
    }
    plain(
        heavy + ": heap peak (sum of heap pools' peaks)",
        "flowcheck-heavy",
        "karate-heavy",
        SuiteRun::heapPeakMiB,
        "%.0f MiB",
        "< 256 MiB");
    failures();

    StringBuilder md = new StringBuilder();
    md.append("## Benchmark, ").append(LocalDate.now()).append("\n\n");
    md.append(
        String.format(
            "%d alternating rounds (flowcheck, Karate, ...), medians; ratio = median of the pairs' ratios."
                + " %d cores, load average %s before, %s after; Java %s.%n%n",
            s.rounds(), s.cores(), s.loadBefore(), s.loadAfter(), s.javaVersion()));
    md.append("| | flowcheck | Karate 1.5.2 | ratio | target |\n|---|---|---|---|---|\n");
    rows.forEach(row -> md.append(row).append('\n'));
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  /** A row of two timings (seconds) and the median of the pairs' ratios. */
  private void pair(
      String label, String ours, String theirs, ToDoubleFunction<SuiteRun> figure, String target) {
    row(label, ours, theirs, figure, Table::seconds, true, target);
  }

  /** A row of two figures shown with {@code format}, no ratio. */
  private void plain(
      String label,
      String ours,
      String theirs,
      ToDoubleFunction<SuiteRun> figure,
      String format,
      String target) {
    row(label, ours, theirs, figure, v -> String.format(format, v), false, target);
  }

  /** Left out when either side has no run of that name. */
  private void row(
      String label,
      String ours,
      String theirs,
      ToDoubleFunction<SuiteRun> figure,
      DoubleFunction<String> show,
      boolean ratio,
      String target) {
    List<Double> a = values(ours, figure);
    List<Double> b = values(theirs, figure);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    rows.add(
        String.format(
            "| %s | %s | %s |%s| %s |",
            label,
            show.apply(Stats.median(a)),
            show.apply(Stats.median(b)),
            ratio ? String.format(" %.2f× ", Stats.medianPairRatio(a, b)) : " ",
            target));
  }

  private void counts(String label) {
    List<SuiteRun> ours = results.of("flowcheck-heavy");
    List<SuiteRun> theirs = results.of("karate-heavy");
    if (ours.isEmpty() || theirs.isEmpty()) {
      return;
    }
    rows.add(String.format("| %s | %s | %s | | keep |", label, count(ours), count(theirs)));
  }

  /** The last round's counts: they hardly vary between rounds. */
  private static String count(List<SuiteRun> runs) {
    StandaloneSimulator.Traffic t = runs.get(runs.size() - 1).traffic();
    return t.logins() + " / " + t.connections() + " / " + t.requestMicros().size();
  }

  private void perCallRow() throws IOException {
    if (perCall == null || !Files.exists(perCall)) {
      notes.add("No per-call figures (scripts/benchmark.sh measures them first).");
      return;
    }
    Double raw = null;
    Double session = null;
    for (String line : Files.readAllLines(perCall, StandardCharsets.UTF_8)) {
      Matcher m = PER_CALL.matcher(line);
      if (m.find()) {
        double ms = Double.parseDouble(m.group(2));
        if (raw == null && m.group(1).contains("raw")) {
          raw = ms;
        } else if (m.group(1).contains("session")) {
          session = ms;
        }
      }
    }
    if (raw == null || session == null) {
      notes.add("The per-call output had no raw and session figures: see " + perCall + ".");
      return;
    }
    rows.add(
        String.format(
            "| per call, warm (one GET, keep-alive): EfClient (session) vs raw java.net.http | %.2f ms | (raw: %.2f ms) | %.2f× raw | ≤ 1.0× |",
            session, raw, session / raw));
  }

  private void failures() {
    for (List<SuiteRun> runs :
        List.of(
            results.of("flowcheck-java"),
            results.of("karate-java"),
            results.of("flowcheck-maven"),
            results.of("karate-maven"),
            results.of("flowcheck-jar"),
            results.of("flowcheck-jar-noreport"),
            results.of("flowcheck-jar-cds"),
            results.of("flowcheck-launcher-noreport"),
            results.of("flowcheck-launcher-cache-noreport"),
            results.of("flowcheck-launcher-cache"),
            results.of("flowcheck-heavy"),
            results.of("flowcheck-heavy-launcher"),
            results.of("karate-heavy"))) {
      for (SuiteRun run : runs) {
        if (!run.passed()) {
          notes.add(
              run.name()
                  + " failed (exit "
                  + run.exitCode()
                  + "): its figures count anyway; log "
                  + run.log());
        }
      }
    }
  }

  private List<Double> values(String kind, ToDoubleFunction<SuiteRun> figure) {
    return results.of(kind).stream().map(figure::applyAsDouble).toList();
  }

  private static String seconds(double ms) {
    return Double.isNaN(ms) ? "—" : String.format("%.2f s", ms / 1000);
  }
}
