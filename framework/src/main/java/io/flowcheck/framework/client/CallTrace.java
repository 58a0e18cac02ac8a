package io.flowcheck.framework.client;

import java.util.ArrayList;
import java.util.List;

/** Collects what happens during one logical call, for its {@link CallEvent}. */
final class CallTrace {
  private final Operation operation;
  private final List<Exchange> exchanges = new ArrayList<>();
  private int attempts;
  private boolean sessionRenewed;
  private RuntimeException failure;

  CallTrace(Operation operation) {
    this.operation = operation;
  }

  synchronized void tried(Exchange exchange) {
    attempts = Math.max(attempts, exchange.attempt());
    exchanges.add(exchange);
  }

  /**
   * A renewal's login: its exchanges belong to this call; it is transport detail, not a call of its
   * own.
   */
  synchronized void renewedWith(CallEvent login) {
    sessionRenewed = true;
    exchanges.addAll(login.exchanges());
  }

  synchronized void renewed() {
    sessionRenewed = true;
  }

  synchronized void failed(RuntimeException e) {
    failure = e;
  }

  synchronized CallEvent event() {
    return new CallEvent(operation, exchanges, attempts, sessionRenewed, failure);
  }
}
