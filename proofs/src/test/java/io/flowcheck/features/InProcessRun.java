package io.flowcheck.features;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the real feature suite inside this JVM with the given settings, its outputs (Cucumber
 * reports, Allure results, run files, console) in a folder of its own, so tests can inspect one
 * whole run.
 */
public final class InProcessRun {
  /** The run's exit status (0 when every scenario passed), its output folder and console text. */
  public record Result(byte exitStatus, Path out, String console) {}

  /** The folder under a run's output folder where Allure's results go. */
  public static final String ALLURE_RESULTS = "allure-results";

  /**
   * The JUnit resource lock of every test that runs the suite in this JVM: such a run replaces
   * System.out and the system properties, so two must never overlap. Test classes run side by side
   * (junit.jupiter.execution.parallel in the pom); those holding this lock run one at a time, each
   * beside the classes whose runs are child JVMs.
   */
  public static final String LOCK = "flowcheck.in-process-run";

  /** Not waited on: a test that forgot {@link #LOCK} fails with its name instead of corrupting. */
  private static final ReentrantLock RUNNING = new ReentrantLock();

  private InProcessRun() {}

  /**
   * Runs the features with exactly these settings over the {@link PinnedSettings}: any {@code ef.*}
   * or {@code cucumber.*} given to the outer build is hidden for the run, then everything is put
   * back; a setting in this JVM's environment stops the test (see {@link PinnedSettings}).
   */
  public static Result run(
      Map<String, String> settings, Path out, String tags, String... featurePaths) {
    return runWithGlue("io.flowcheck.steps", settings, out, tags, featurePaths);
  }

  /**
   * The same with other glue, e.g. "io.flowcheck.steps,com.example.flowsteps" as a team sets it.
   */
  public static Result runWithGlue(
      String glue, Map<String, String> settings, Path out, String tags, String... featurePaths) {
    if (!RUNNING.tryLock()) {
      throw new IllegalStateException(
          "two in-process runs at once: mark the test @ResourceLock(InProcessRun.LOCK)");
    }
    try {
      return runLocked(glue, settings, out, tags, featurePaths);
    } finally {
      RUNNING.unlock();
    }
  }

  private static Result runLocked(
      String glue, Map<String, String> settings, Path out, String tags, String... featurePaths) {
    PinnedSettings.requireIsolatedEnvironment();
    java.util.Properties saved = (java.util.Properties) System.getProperties().clone();
    saved.stringPropertyNames().stream()
        .filter(k -> k.startsWith("cucumber.") || k.startsWith("ef."))
        .forEach(System::clearProperty);
    Map<String, String> props = new HashMap<>(PinnedSettings.with(settings));
    props.put("flowcheck.output.dir", out.toString());
    props.put("cucumber.publish.quiet", "true");
    props.forEach(System::setProperty);
    List<String> argv = new ArrayList<>();
    for (String pkg : glue.split(",")) {
      argv.addAll(List.of("--glue", pkg.trim()));
    }
    argv.addAll(
        List.of(
            "--threads",
            "4",
            "--tags",
            tags,
            "--plugin",
            "io.flowcheck.runner.console.ProgressPlugin",
            "--plugin",
            "json:" + out.resolve("cucumber.json"),
            "--plugin",
            "html:" + out.resolve("cucumber.html"),
            "--plugin",
            "junit:" + out.resolve("cucumber-junit.xml"),
            "--plugin",
            AllureInto.class.getName() + ":" + out.resolve(ALLURE_RESULTS)));
    argv.addAll(List.of(featurePaths));
    // The console is captured, not shown (see CapturedConsole); the tests assert on its text.
    Path log = out.resolve("console.log");
    try {
      CapturedConsole.Output<Byte> run =
          CapturedConsole.into(
              log,
              () ->
                  io.cucumber.core.cli.Main.run(
                      argv.toArray(String[]::new), Thread.currentThread().getContextClassLoader()));
      System.out.println(
          "[in-process run] tags '" + tags + "': exit " + run.value() + "; console in " + log);
      return new Result(run.value(), out, run.text());
    } finally {
      System.setProperties(saved);
    }
  }
}
