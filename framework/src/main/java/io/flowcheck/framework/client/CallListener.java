package io.flowcheck.framework.client;

/**
 * Told once about every logical call a client makes, after it ended: coverage, flaky marking and
 * upgrade recording listen here instead of re-deriving the transport's retry and renewal rules.
 */
@FunctionalInterface
public interface CallListener {
  /** Listens to nothing: a client that nobody observes. */
  CallListener NONE = event -> {};

  void onCall(CallEvent event);

  /** This listener, then {@code next}. */
  default CallListener and(CallListener next) {
    if (this == NONE) {
      return next;
    }
    if (next == NONE) {
      return this;
    }
    CallListener first = this;
    return event -> {
      first.onCall(event);
      next.onCall(event);
    };
  }
}
