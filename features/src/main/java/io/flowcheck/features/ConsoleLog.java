package io.flowcheck.features;

import io.flowcheck.framework.run.RunLayout;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.runner.LaunchHandoff;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Copies everything the JVM prints during a run of the suite into the run's console.log (for a run
 * outside a launch handed its settings: the file named by {@code flowcheck.console.log}), so the
 * leak gate can search the run's whole console output, banner, progress and cleanup lines included.
 * A failure outside every scenario (a rejected setting, an unreachable server) is not printed by
 * Cucumber, nor is a tag filter that selects nothing: it is printed here as one line, and the first
 * one is kept beside the log for the build's verdict ({@link RunSummary#FAILURE_FILE}). Registered
 * through META-INF/services; does nothing when neither names a file.
 */
public final class ConsoleLog implements TestExecutionListener {
  private PrintStream originalOut;
  private PrintStream originalErr;
  private OutputStream file;
  private Path failureFile;

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    Path log = logFile();
    if (log == null) {
      return;
    }
    try {
      Files.createDirectories(log.getParent());
      file = Files.newOutputStream(log);
      failureFile = log.resolveSibling(RunSummary.FAILURE_FILE);
      Files.deleteIfExists(failureFile);
    } catch (IOException e) {
      System.err.println("flowcheck: cannot write the console log " + log + ": " + e.getMessage());
      return;
    }
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(new Tee(originalOut, file), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(originalErr, file), true, StandardCharsets.UTF_8));
  }

  /**
   * The launch's console.log (see {@link LaunchHandoff}); outside such a launch the file named by
   * {@code flowcheck.console.log}, or none.
   */
  private static Path logFile() {
    var launch = LaunchHandoff.current();
    if (launch.isPresent()) {
      return RunLayout.of(launch.get().settings().outputDir()).consoleLog();
    }
    String target = System.getProperty("flowcheck.console.log");
    return target == null || target.isBlank() ? null : Path.of(target).toAbsolutePath();
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    // The tag filter's stand-in test fails in place of the whole run, so it counts as the run's.
    if (file != null
        && (id.isContainer() || TagFilterAtDiscovery.isTagFilterProblem(id))
        && result.getStatus() == TestExecutionResult.Status.FAILED) {
      String why = result.getThrowable().map(ConsoleLog::oneLine).orElse("no reason given");
      System.out.println("flowcheck: the run failed outside its scenarios: " + why);
      keepFirstFailure(why);
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (file == null) {
      return;
    }
    System.out.flush();
    System.err.flush();
    System.setOut(originalOut);
    System.setErr(originalErr);
    try {
      file.close();
    } catch (IOException e) {
      originalErr.println("flowcheck: cannot finish the console log: " + e.getMessage());
    }
    file = null;
  }

  private void keepFirstFailure(String why) {
    try {
      if (!Files.exists(failureFile)) {
        Files.writeString(failureFile, why + System.lineSeparator());
      }
    } catch (IOException e) {
      System.err.println("flowcheck: cannot write " + failureFile + ": " + e.getMessage());
    }
  }

  private static String oneLine(Throwable t) {
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }

  /** Writes to the console and the log; both streams may print at once, so the log is locked. */
  private static final class Tee extends OutputStream {
    private final OutputStream console;
    private final OutputStream log;

    Tee(OutputStream console, OutputStream log) {
      this.console = console;
      this.log = log;
    }

    @Override
    public void write(int b) throws IOException {
      console.write(b);
      synchronized (log) {
        log.write(b);
      }
    }

    @Override
    public void write(byte[] buf, int off, int len) throws IOException {
      console.write(buf, off, len);
      synchronized (log) {
        log.write(buf, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      console.flush();
      synchronized (log) {
        log.flush();
      }
    }
  }
}
