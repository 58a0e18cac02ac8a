package io.flowcheck.simulator.auth;

import java.util.ArrayDeque;
import java.util.List;

/**
 * Every password check in arrival order, so a test can prove which logins a run made. Bounded to
 * the last {@value #CAPACITY} entries: a long run or a fuzz test must not grow it without end.
 */
public final class LoginLog {
  public static final int CAPACITY = 10_000;

  private final ArrayDeque<LoginAttempt> attempts = new ArrayDeque<>();

  public synchronized void record(LoginAttempt attempt) {
    if (attempts.size() == CAPACITY) {
      attempts.removeFirst();
    }
    attempts.addLast(attempt);
  }

  /** An immutable copy, oldest first. */
  public synchronized List<LoginAttempt> snapshot() {
    return List.copyOf(attempts);
  }

  public synchronized void clear() {
    attempts.clear();
  }
}
