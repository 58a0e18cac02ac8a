package io.flowcheck.runner.assumptions;

import org.opentest4j.TestAbortedException;

/**
 * Ends a scenario whose assumption this server refuted. Cucumber and JUnit report an aborted test
 * as skipped, so a failed guess does not fail the run; the message says it was not confirmed.
 */
public final class NotConfirmedException extends TestAbortedException {
  private static final long serialVersionUID = 1L;

  private final transient NotConfirmed notConfirmed;

  public NotConfirmedException(NotConfirmed notConfirmed) {
    super(notConfirmed.message());
    this.notConfirmed = notConfirmed;
  }

  public NotConfirmed notConfirmed() {
    return notConfirmed;
  }

  /** No stack: the message is the whole story, as with the client's own failures. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
