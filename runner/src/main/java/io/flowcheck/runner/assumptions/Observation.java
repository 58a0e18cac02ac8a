package io.flowcheck.runner.assumptions;

import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;

/**
 * One real answer of the server that refuted a guess, for the server dialect summary: where it was
 * seen (a scenario, or the run itself) and what the server said. Texts come from masked exchanges.
 *
 * @param target path and query relative to /rest/v1.0, masked; empty when unknown
 */
public record Observation(
    String source,
    String operation,
    String method,
    String target,
    int status,
    String code,
    String message) {

  public static Observation of(String source, ServerAnswer answer, Exchange exchange) {
    Operation op = answer.operation();
    return new Observation(
        source,
        op.apiName(),
        op.method(),
        targetOf(exchange, op),
        answer.status(),
        answer.code(),
        answer.message());
  }

  /** The exchange's target when it is this operation's, else the operation's path template. */
  static String targetOf(Exchange exchange, Operation op) {
    return exchange != null && exchange.operation() == op ? exchange.target() : op.pathTemplate();
  }
}
