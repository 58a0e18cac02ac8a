package io.flowcheck.framework.run;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What one run of the feature suite left for the build's verdict: the scenario counts its progress
 * plugin writes at the end ({@value #FILE}, through {@link #write}) and, when the run failed
 * outside every scenario (a rejected setting, an unreachable server), that failure as one line
 * ({@value #FAILURE_FILE}).
 *
 * @param finished false when the run did not get to its end (no {@value #FILE})
 * @param counts how its scenarios ended, every one of them
 * @param failure the failure outside the scenarios, or null
 * @param emptyShard the shard ({@code 3/3}) when this run was a shard that got no scenario of the
 *     selection ({@value #SHARD_FILE} says so); such a run passes. Null otherwise
 * @param failures the failed scenarios, {@code [3] login.feature > A user ...}, in the run's order
 * @param leftovers what the run created and could not delete ({@value #LEFTOVERS_FILE})
 */
public record RunSummary(
    boolean finished,
    ScenarioCounts counts,
    int seconds,
    String failure,
    String emptyShard,
    List<String> failures,
    List<String> leftovers) {
  public static final String FILE = "flowcheck-summary.properties";
  public static final String FAILURE_FILE = "flowcheck-run-failure.txt";

  /** Written at discovery by a sharded run: see {@link ShardOfRun}. */
  public static final String SHARD_FILE = ShardOfRun.FILE;

  /** Written by the run when it could not delete everything it created: one line each. */
  public static final String LEFTOVERS_FILE = "flowcheck-leftovers.txt";

  /** The key prefix of the failed scenarios in {@value #FILE}: {@code failure.1}, ... */
  public static final String FAILURE_KEY = "failure.";

  public RunSummary {
    failures = List.copyOf(failures);
    leftovers = List.copyOf(leftovers);
  }

  public RunSummary(
      boolean finished, ScenarioCounts counts, int seconds, String failure, String emptyShard) {
    this(finished, counts, seconds, failure, emptyShard, List.of(), List.of());
  }

  public RunSummary(
      boolean finished, int passed, int failed, int skipped, int seconds, String failure) {
    this(finished, new ScenarioCounts(passed, 0, failed, skipped), seconds, failure, null);
  }

  /** Writes {@value #FILE} into {@code runDir} with no failed scenario named. */
  public static void write(Path runDir, ScenarioCounts counts, long seconds) throws IOException {
    write(runDir, counts, seconds, List.of());
  }

  /**
   * Writes {@value #FILE} into {@code runDir}: the counts, the run's time in seconds and the failed
   * scenarios ({@code failure.1=...}, escaped as properties).
   */
  public static void write(Path runDir, ScenarioCounts counts, long seconds, List<String> failures)
      throws IOException {
    Files.createDirectories(runDir);
    Properties p = new Properties();
    for (int i = 0; i < failures.size(); i++) {
      p.setProperty(FAILURE_KEY + (i + 1), failures.get(i));
    }
    StringWriter w = new StringWriter();
    p.store(w, null);
    // Without the date comment store() writes first.
    String failureLines =
        w.toString()
            .lines()
            .filter(l -> !l.startsWith("#"))
            .map(l -> l + "\n")
            .reduce("", String::concat);
    Files.writeString(
        runDir.resolve(FILE), counts.asProperties() + "seconds=" + seconds + "\n" + failureLines);
  }

  /**
   * Reads the run files in {@code runDir}; a missing file is a run that did not finish, not an
   * error.
   */
  public static RunSummary read(Path runDir) {
    String failure = readFailure(runDir.resolve(FAILURE_FILE));
    Path file = runDir.resolve(FILE);
    String emptyShard = emptyShard(runDir);
    if (emptyShard != null) {
      // Nothing ran, by design: the launcher had no test to run, so no plugin wrote a summary.
      return new RunSummary(true, ScenarioCounts.NONE, 0, failure, emptyShard);
    }
    if (!Files.isRegularFile(file)) {
      return new RunSummary(false, ScenarioCounts.NONE, 0, failure, null);
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read the run summary " + file + ": " + e.getMessage(), e);
    }
    List<String> failures = new ArrayList<>();
    for (int i = 1; p.getProperty(FAILURE_KEY + i) != null; i++) {
      failures.add(p.getProperty(FAILURE_KEY + i));
    }
    return new RunSummary(
        true,
        ScenarioCounts.from(p),
        count(p, "seconds"),
        failure,
        null,
        failures,
        readLines(runDir.resolve(LEFTOVERS_FILE)));
  }

  public int passed() {
    return counts.passed();
  }

  public int notConfirmed() {
    return counts.notConfirmed();
  }

  public int failed() {
    return counts.failed();
  }

  public int skipped() {
    return counts.skipped();
  }

  /** Every scenario of the run, whatever its end: what the JUnit XML and Allure count. */
  public int total() {
    return counts.total();
  }

  /**
   * Why this run cannot be judged by its scenarios, or null when it can: it did not finish, or no
   * scenario ran at all.
   */
  public String problem() {
    String why = failure == null ? "" : ": " + failure;
    if (!finished) {
      return "the feature suite did not run to the end"
          + (why.isEmpty() ? "; see the output above" : why);
    }
    if (emptyShard != null) {
      return failure == null ? null : "shard " + emptyShard + " (no scenario of its own)" + why;
    }
    if (total() == 0) {
      return "no scenario ran"
          + (why.isEmpty() ? " (does -Dcucumber.filter.tags select any?)" : why);
    }
    return null;
  }

  /**
   * The run's verdict on its scenarios, the line every path ends with: {@code flowcheck: 55
   * scenarios passed in 25 s}, {@code flowcheck: 35 of 40 scenarios passed, 3 not confirmed in 25
   * s}, {@code flowcheck: FAILED: 2 of 40 scenarios failed (35 passed, 3 not confirmed)}; status 1
   * when any scenario failed, the run could not be judged, or it failed outside its scenarios.
   */
  public Verdict verdict() {
    if (problem() != null) {
      return Verdict.failed("flowcheck: FAILED: " + problem());
    }
    if (emptyShard != null) {
      return Verdict.passed(
          "flowcheck: shard " + emptyShard + " had no scenario of the selection to run");
    }
    if (failed() > 0) {
      return Verdict.failed("flowcheck: FAILED: " + counts.failedPart());
    }
    if (failure != null) {
      return Verdict.failed(
          "flowcheck: FAILED: the run failed outside its scenarios ("
              + counts.passedPart()
              + "): "
              + failure);
    }
    return Verdict.passed("flowcheck: " + counts.passedPart() + " in " + seconds + " s");
  }

  static int count(Properties p, String key) {
    String v = p.getProperty(key, "0").trim();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("The run summary has " + key + "=" + v + ", not a number");
    }
  }

  /** The shard when {@value #SHARD_FILE} says this shard got no scenario, else null. */
  private static String emptyShard(Path runDir) {
    try {
      return ShardOfRun.read(runDir)
          .filter(s -> s.scenarios() == 0)
          .map(s -> s.shard().toString())
          .orElse(null);
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.isRegularFile(file)
          ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
          : List.of();
    } catch (IOException e) {
      return List.of("(unreadable " + file + ": " + e.getMessage() + ")");
    }
  }

  private static String readFailure(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file).strip() : null;
    } catch (IOException e) {
      return "(unreadable " + file + ": " + e.getMessage() + ")";
    }
  }
}
