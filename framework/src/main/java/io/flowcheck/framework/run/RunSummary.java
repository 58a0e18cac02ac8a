package io.flowcheck.framework.run;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What one run of the feature suite left for the build's verdict: the scenario counts its progress
 * plugin writes at the end ({@value #FILE}) and, when the run failed outside every scenario (a
 * rejected setting, an unreachable server), that failure as one line ({@value #FAILURE_FILE}).
 *
 * @param finished false when the run did not get to its end (no {@value #FILE})
 * @param failure the failure outside the scenarios, or null
 * @param emptyShard the shard ({@code 3/3}) when this run was a shard that got no scenario of the
 *     selection ({@value #SHARD_FILE} says so); such a run passes. Null otherwise
 * @param notConfirmed scenarios whose assumed server behaviour this server did not confirm: neither
 *     passed nor failed, but counted in the total as every other output counts them
 * @param failures the failed scenarios, {@code [3] login.feature > A user ...}, in the run's order
 * @param leftovers what the run created and could not delete ({@value #LEFTOVERS_FILE})
 */
public record RunSummary(
    boolean finished,
    int passed,
    int failed,
    int skipped,
    int seconds,
    String failure,
    String emptyShard,
    int notConfirmed,
    List<String> failures,
    List<String> leftovers) {
  public static final String FILE = "flowcheck-summary.properties";
  public static final String FAILURE_FILE = "flowcheck-run-failure.txt";

  /**
   * Written at discovery by a sharded run: {@code shard=2/3}, {@code scenarios}, {@code selected}.
   */
  public static final String SHARD_FILE = "flowcheck-shard.properties";

  /** Written by the run when it could not delete everything it created: one line each. */
  public static final String LEFTOVERS_FILE = "flowcheck-leftovers.txt";

  /** The key prefix of the failed scenarios in {@value #FILE}: {@code failure.1}, ... */
  public static final String FAILURE_KEY = "failure.";

  public RunSummary {
    failures = List.copyOf(failures);
    leftovers = List.copyOf(leftovers);
  }

  public RunSummary(
      boolean finished,
      int passed,
      int failed,
      int skipped,
      int seconds,
      String failure,
      String emptyShard) {
    this(finished, passed, failed, skipped, seconds, failure, emptyShard, 0, List.of(), List.of());
  }

  public RunSummary(
      boolean finished, int passed, int failed, int skipped, int seconds, String failure) {
    this(finished, passed, failed, skipped, seconds, failure, null);
  }

  /**
   * Reads the run files in {@code runDir}; a missing file is a run that did not finish, not an
   * error.
   */
  public static RunSummary read(Path runDir) {
    String failure = readFailure(runDir.resolve(FAILURE_FILE));
    Path file = runDir.resolve(FILE);
    String emptyShard = emptyShard(runDir.resolve(SHARD_FILE));
    if (emptyShard != null) {
      // Nothing ran, by design: the launcher had no test to run, so no plugin wrote a summary.
      return new RunSummary(true, 0, 0, 0, 0, failure, emptyShard);
    }
    if (!Files.isRegularFile(file)) {
      return new RunSummary(false, 0, 0, 0, 0, failure);
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
        count(p, "passed"),
        count(p, "failed"),
        count(p, "skipped"),
        count(p, "seconds"),
        failure,
        null,
        count(p, "notConfirmed"),
        failures,
        readLines(runDir.resolve(LEFTOVERS_FILE)));
  }

  public int total() {
    return passed + failed + skipped + notConfirmed;
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

  private static int count(Properties p, String key) {
    String v = p.getProperty(key, "0").trim();
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalStateException("The run summary has " + key + "=" + v + ", not a number");
    }
  }

  /** The shard when {@value #SHARD_FILE} says this shard got no scenario, else null. */
  private static String emptyShard(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file)) {
      p.load(r);
    } catch (IOException e) {
      return null;
    }
    return "0".equals(p.getProperty("scenarios", "").trim()) ? p.getProperty("shard") : null;
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
