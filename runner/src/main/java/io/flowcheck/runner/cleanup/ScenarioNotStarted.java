package io.flowcheck.runner.cleanup;

import org.opentest4j.TestAbortedException;

/**
 * Ends a scenario before its first step because the run is shutting down (Ctrl-C, SIGTERM): it is
 * not started rather than failed, since everything it would create is refused by then. Reported as
 * skipped; the console counts these in one line instead of one line each.
 */
public final class ScenarioNotStarted extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  public ScenarioNotStarted() {
    super("not started: the run is shutting down");
  }

  /** No stack: the message is the whole story. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
