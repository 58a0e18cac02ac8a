package io.flowcheck.runner.cleanup;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Ctrl-C or SIGTERM mid-run: a JVM shutdown hook, registered for the life of one run, that still
 * deletes what the run created.
 */
public final class ShutdownCleanup {
  private static final Duration IN_FLIGHT_GRACE = Duration.ofMillis(1500);

  private final Thread hook;

  private ShutdownCleanup(Thread hook) {
    this.hook = hook;
  }

  /**
   * @param onInterrupt the run's reaction; it must do nothing when the run already ended normally
   *     (the JVM may stop while the run is ending)
   */
  public static ShutdownCleanup register(Runnable onInterrupt) {
    Thread hook = new Thread(onInterrupt, "flowcheck-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    return new ShutdownCleanup(hook);
  }

  /**
   * Scenarios may still be creating things while we sweep, so refuse new registrations, sweep, give
   * calls in flight a moment, and put everything back on the list for the run's own end, which
   * sweeps once more (deleting twice is harmless).
   */
  public static void sweepWhileInterrupted(Leftovers leftovers, PrintStream out) {
    out.println("flowcheck: interrupted; deleting what this run created before exiting");
    leftovers.close();
    leftovers.sweep();
    try {
      Thread.sleep(IN_FLIGHT_GRACE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    leftovers.reopenEverything();
  }

  /** The run ended normally: no cleanup on exit. Harmless while the JVM is already stopping. */
  public void unregister() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the JVM is stopping; the hook is what ended the run
    }
  }
}
