package io.flowcheck.runner.console;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.flowcheck.framework.run.RunLayout;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.framework.run.ScenarioCounts;
import io.flowcheck.runner.assumptions.NotConfirmed;
import io.flowcheck.runner.assumptions.NotConfirmedException;
import io.flowcheck.runner.cleanup.ScenarioNotStarted;
import io.flowcheck.runner.files.RunPaths;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line per finished scenario while the suite runs (parallel-safe, unlike {@code pretty}), each
 * failure with its ElectricFlow error, and a summary with counts, time and where the reports are. A
 * scenario whose assumed server behaviour was not confirmed (reported as skipped by Cucumber) has
 * its own mark and count: it is neither a pass nor a regression. An undefined step is named with
 * its words and followed by the snippet Cucumber suggests for it ({@link UndefinedSteps}).
 * Scenarios not started because the run was shutting down get no line each, only a count.
 */
public final class ProgressPlugin implements ConcurrentEventListener {
  private final PrintStream out;
  private final Map<Status, Integer> counts = new EnumMap<>(Status.class);
  private final List<String> failures = new ArrayList<>();
  private final List<String> notConfirmed = new ArrayList<>();
  private final UndefinedSteps undefined = new UndefinedSteps();
  private Instant started = Instant.now();
  private int done;
  private int notStarted;

  public ProgressPlugin() {
    this(System.out);
  }

  /** For {@code --plugin io.flowcheck.runner.console.ProgressPlugin:some/file.txt}. */
  public ProgressPlugin(java.io.OutputStream file) {
    this(new PrintStream(file, true, java.nio.charset.StandardCharsets.UTF_8));
  }

  ProgressPlugin(PrintStream out) {
    this.out = out;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, e -> started = e.getInstant());
    publisher.registerHandlerFor(SnippetsSuggestedEvent.class, undefined::suggested);
    publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    publisher.registerHandlerFor(TestRunFinished.class, this::summary);
  }

  private synchronized void finished(TestCaseFinished event) {
    Result result = event.getResult();
    done++;
    if (result.getStatus() == Status.SKIPPED && result.getError() instanceof ScenarioNotStarted) {
      counts.merge(Status.SKIPPED, 1, Integer::sum);
      notStarted++;
      return;
    }
    String title = title(event.getTestCase());
    UndefinedSteps.Found undefinedSteps = undefined.take(event.getTestCase());
    String guess = notConfirmedSummary(result);
    if (guess != null) {
      notConfirmed.add(title + ": " + guess);
      out.printf("  ??   [%d] %s: not confirmed on this server (%s)%n", done, title, guess);
      return;
    }
    counts.merge(result.getStatus(), 1, Integer::sum);
    out.printf(
        "  %s [%d] %s (%s)%n",
        mark(result.getStatus()), done, title, seconds(result.getDuration()));
    if (result.getStatus() == Status.FAILED
        || result.getStatus() == Status.UNDEFINED
        || result.getStatus() == Status.AMBIGUOUS) {
      // The reason is printed here only: the summary names the failed scenarios by number, so a
      // failed assertion appears once in the console. An undefined step is named in both: its
      // words are short, and they are what the user has to write a step for.
      if (result.getStatus() == Status.UNDEFINED && !undefinedSteps.steps().isEmpty()) {
        undefinedSteps.lines().forEach(line -> out.println("      " + line));
        failures.add("[" + done + "] " + title + ": " + undefinedSteps.summary());
      } else {
        out.println("      " + why(result));
        failures.add("[" + done + "] " + title);
      }
    }
  }

  private synchronized void summary(TestRunFinished event) {
    ScenarioCounts counts = counts();
    Duration took = Duration.between(started, event.getInstant());
    out.println();
    // Not "N passed, N failed" on purpose: CI tools read that shape as the whole build's verdict,
    // and in-process runs inside the build print this summary for their own deliberate failures.
    out.printf(
        "flowcheck: %d scenarios (passed %d, not confirmed %d, failed %d, skipped %d) in %s%n",
        counts.total(),
        counts.passed(),
        counts.notConfirmed(),
        counts.failed(),
        counts.skipped(),
        seconds(took));
    if (notStarted > 0) {
      out.printf("  %d of the skipped not started: the run was shutting down%n", notStarted);
    }
    failures.forEach(f -> out.println("  FAILED " + f));
    notConfirmed.forEach(n -> out.println("  NOT CONFIRMED " + n));
    java.nio.file.Path outputDir = RunPaths.outputDir();
    out.println(
        "  reports: "
            + RunLayout.of(outputDir).cucumberHtml()
            + " (Cucumber; the others follow the verdict)");
    // For the verdict: Maven's main job and the jar read it after the reports are built.
    try {
      RunSummary.write(outputDir, counts, took.toSeconds(), failures);
    } catch (java.io.IOException e) {
      out.println(
          "  (could not write " + outputDir.resolve(RunSummary.FILE) + ": " + e.getMessage() + ")");
    }
  }

  /**
   * Every finished scenario in exactly one count: not confirmed, passed, skipped, and failed for
   * every other status (undefined, ambiguous, pending too), as the JUnit XML and Allure count them.
   */
  synchronized ScenarioCounts counts() {
    int passed = counts.getOrDefault(Status.PASSED, 0);
    int skipped = counts.getOrDefault(Status.SKIPPED, 0);
    int unconfirmed = notConfirmed.size();
    return new ScenarioCounts(passed, unconfirmed, done - passed - skipped - unconfirmed, skipped);
  }

  /**
   * "wrong-password-code: login answered HTTP 401 InvalidCredentials" for a scenario ended as not
   * confirmed on this server, else null. With ef.assumptions.strict=true such a scenario fails
   * instead and is shown as a failure.
   */
  static String notConfirmedSummary(Result result) {
    if (result.getStatus() != Status.SKIPPED || result.getError() == null) {
      return null;
    }
    if (result.getError() instanceof NotConfirmedException e) {
      return e.notConfirmed().summary();
    }
    String message = result.getError().getMessage();
    if (message == null || !message.startsWith(NotConfirmed.PREFIX)) {
      return null;
    }
    return message.substring(NotConfirmed.PREFIX.length()).replaceAll("\\s+", " ").trim();
  }

  private static String title(TestCase testCase) {
    String uri = testCase.getUri().toString();
    return uri.substring(uri.lastIndexOf('/') + 1) + " > " + testCase.getName();
  }

  private static String why(Result result) {
    Throwable error = result.getError();
    if (error == null) {
      return result.getStatus().name().toLowerCase() + " step";
    }
    String message =
        error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }

  private static String mark(Status status) {
    return switch (status) {
      case PASSED -> "ok  ";
      case SKIPPED -> "skip";
      default -> "FAIL";
    };
  }

  private static String seconds(Duration d) {
    return String.format("%.2fs", d.toMillis() / 1000.0);
  }
}
