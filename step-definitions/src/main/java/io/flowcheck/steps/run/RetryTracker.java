package io.flowcheck.steps.run;

import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.ExchangeListener;

/**
 * Counts the retries made on behalf of the scenario running on this thread, so a scenario that
 * passed only thanks to a retry can be marked flaky in the reports.
 */
public final class RetryTracker implements ExchangeListener {
  private static final ThreadLocal<int[]> RETRIES = ThreadLocal.withInitial(() -> new int[1]);

  /**
   * Counts calls that got a real answer only on a later attempt. A call that failed on every
   * attempt is not "saved by a retry", so a scenario expecting that failure is not flaky.
   */
  @Override
  public void onExchange(Exchange exchange) {
    int status = exchange.status();
    if (exchange.attempt() > 1 && status > 0 && status != 503) {
      RETRIES.get()[0]++;
    }
  }

  public static void startScenario() {
    RETRIES.get()[0] = 0;
  }

  /** Calls saved by a retry since {@link #startScenario()} on this thread. */
  public static int retriesInScenario() {
    return RETRIES.get()[0];
  }
}
