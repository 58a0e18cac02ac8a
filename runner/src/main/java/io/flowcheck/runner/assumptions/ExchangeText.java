package io.flowcheck.runner.assumptions;

import io.flowcheck.framework.client.Exchange;

/** An exchange as people read it, for the "not confirmed" attachment. */
public final class ExchangeText {
  private ExchangeText() {}

  /** Request line and body, then status and answer, all masked. */
  public static String describe(Exchange e) {
    StringBuilder t = new StringBuilder();
    t.append("--- request ---\n")
        .append(e.operation().method())
        .append(' ')
        .append("/rest/v1.0")
        .append(e.target())
        .append('\n');
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
