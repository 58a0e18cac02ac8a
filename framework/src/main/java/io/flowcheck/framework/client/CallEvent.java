package io.flowcheck.framework.client;

import java.util.List;

/**
 * One logical call as its caller made it: the operation, every HTTP exchange the transport made for
 * it (the tries of the call itself and, when an expired session was renewed on the way, that
 * login), how many tries it took, whether a session was renewed, and how it ended. Exchanges come
 * out masked, as {@link Exchange} does.
 *
 * <p>The transport's rules live here once: a retry is a further try of the same call after a
 * connection fault or HTTP 503; a renewal is a new login after a 401 for a session that expired; a
 * call "saved by a retry" got a real answer only on a later try.
 */
public final class CallEvent {
  private final Operation operation;
  private final List<Exchange> exchanges;
  private final int attempts;
  private final boolean sessionRenewed;
  private final RuntimeException failure;

  CallEvent(
      Operation operation,
      List<Exchange> exchanges,
      int attempts,
      boolean sessionRenewed,
      RuntimeException failure) {
    this.operation = operation;
    this.exchanges = List.copyOf(exchanges);
    this.attempts = attempts;
    this.sessionRenewed = sessionRenewed;
    this.failure = failure;
  }

  public Operation operation() {
    return operation;
  }

  /**
   * Every HTTP exchange made for this call, in order: failed tries, a 401 and the renewing login,
   * and the exchange that ended it. Empty when the call never went out (its login failed first).
   */
  public List<Exchange> exchanges() {
    return exchanges;
  }

  /** The exchange that ended the call, or null when none was made. */
  public Exchange finalExchange() {
    return exchanges.isEmpty() ? null : exchanges.get(exchanges.size() - 1);
  }

  /** The final HTTP status, or 0 when no answer came. */
  public int status() {
    Exchange last = finalExchange();
    return last == null ? 0 : last.status();
  }

  /** How many times the call itself was sent: 1, or more when it was retried. */
  public int attempts() {
    return attempts;
  }

  /** Tries after the first (a session renewal is no retry). */
  public int retries() {
    return Math.max(0, attempts - 1);
  }

  /** Whether the session expired on the way and was renewed by logging in again. */
  public boolean sessionRenewed() {
    return sessionRenewed;
  }

  /**
   * Whether the call got a real answer only thanks to a retry. A call that failed on every try is
   * not "saved", so a scenario that expected that failure is not flaky.
   */
  public boolean savedByRetry() {
    int status = status();
    return retries() > 0 && status > 0 && status != 503;
  }

  /** How the call failed, or null when it answered normally. */
  public RuntimeException failure() {
    return failure;
  }

  @Override
  public String toString() {
    return operation.apiName()
        + " -> "
        + status()
        + " (attempts "
        + attempts
        + (sessionRenewed ? ", session renewed" : "")
        + (failure == null ? "" : ", failed")
        + ")";
  }
}
