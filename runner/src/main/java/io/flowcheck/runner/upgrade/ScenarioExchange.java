package io.flowcheck.runner.upgrade;

import io.flowcheck.framework.client.CallEvent;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;

/**
 * One call of a scenario as an upgrade check records it: the exchange that ended the call, its text
 * taken (masked) at once. A call's failed tries and a renewed session's 401 and login are transport
 * detail, so a flaky network or an expired session does not read as a changed server; for the same
 * reason its duration is that exchange's alone, without earlier tries and back-off.
 *
 * @param millis how long the final exchange took, request sent to answer read
 */
public record ScenarioExchange(
    Operation operation,
    int status,
    int attempt,
    String target,
    String requestBody,
    String responseBody,
    double millis) {

  /** The call's final exchange, or null for a call that never went out (its login failed first). */
  public static ScenarioExchange of(CallEvent call) {
    Exchange e = call.finalExchange();
    return e == null
        ? null
        : new ScenarioExchange(
            e.operation(),
            e.status(),
            e.attempt(),
            e.target(),
            e.requestBody(),
            e.responseBody(),
            e.duration().toNanos() / 1_000_000.0);
  }
}
