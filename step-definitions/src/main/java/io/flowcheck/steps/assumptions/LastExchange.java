package io.flowcheck.steps.assumptions;

import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.ExchangeListener;

/**
 * Remembers the last exchange made on each thread. Cucumber runs a scenario on one thread, so after
 * a failed call this is that call's request and answer: the status of an answer without an error
 * envelope, and the masked text for the "not confirmed" attachment. Exchanges mask on demand, so
 * keeping one costs nothing until it is read.
 */
public final class LastExchange implements ExchangeListener {
  private static final ThreadLocal<Exchange> LAST = new ThreadLocal<>();

  @Override
  public void onExchange(Exchange exchange) {
    LAST.set(exchange);
  }

  /** Forgets this thread's last exchange, so the next {@link #get} belongs to a new call. */
  public static void clear() {
    LAST.remove();
  }

  /** This thread's last exchange since {@link #clear}, or null. */
  public static Exchange get() {
    return LAST.get();
  }

  /** The exchange as people read it: request line and body, then status and answer, all masked. */
  public static String describe(Exchange e) {
    StringBuilder t = new StringBuilder();
    t.append("--- request ---\n").append(e.operation().method()).append(' ')
        .append("/rest/v1.0").append(e.target()).append('\n');
    if (e.requestBody() != null) {
      t.append(e.requestBody()).append('\n');
    }
    t.append("\n--- answer ---\n");
    if (e.status() == 0) {
      t.append("(no answer)\n");
    } else {
      t.append("HTTP ").append(e.status()).append('\n');
      String body = e.responseBody();
      t.append(body == null || body.isBlank() ? "(empty body)" : body).append('\n');
    }
    return t.toString();
  }
}
