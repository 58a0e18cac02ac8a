package io.flowcheck.steps.upgrade;

import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.ExchangeListener;
import io.flowcheck.framework.client.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the exchanges of the scenario running on this thread (Cucumber runs a scenario on one
 * thread; scenarios run side by side). Run setup and cleanup outside scenarios are not collected.
 * Transport retries are folded away: only the attempt that counted stays, so a flaky network does
 * not read as a changed server.
 */
final class ScenarioExchanges implements ExchangeListener {
  /** An exchange's text taken at once: Exchange masks on demand, and the client may be reused. */
  record Raw(Operation operation, int status, int attempt, String target, String requestBody,
      String responseBody) {

    boolean sameCall(Raw other) {
      return operation == other.operation && target.equals(other.target);
    }
  }

  private static final ThreadLocal<List<Raw>> CURRENT = new ThreadLocal<>();

  static void begin() {
    CURRENT.set(new ArrayList<>());
  }

  /** This thread's scenario's exchanges, or null when {@link #begin} was not called; clears them. */
  static List<Raw> end() {
    List<Raw> list = CURRENT.get();
    CURRENT.remove();
    return list;
  }

  @Override
  public void onExchange(Exchange e) {
    List<Raw> list = CURRENT.get();
    if (list == null) {
      return;
    }
    Raw raw = new Raw(e.operation(), e.status(), e.attempt(), e.target(), e.requestBody(),
        e.responseBody());
    int n = list.size();
    if (raw.attempt() > 1 && n > 0 && list.get(n - 1).sameCall(raw)) {
      list.remove(n - 1); // the failed try before a retry
    } else if (n > 1 && list.get(n - 1).operation() == Operation.LOGIN
        && list.get(n - 2).status() == 401 && list.get(n - 2).sameCall(raw)) {
      // an expired session renewed under the hood: the 401 and the login are transport detail
      list.remove(n - 1);
      list.remove(n - 2);
    }
    list.add(raw);
  }
}
