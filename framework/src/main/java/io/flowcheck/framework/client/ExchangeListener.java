package io.flowcheck.framework.client;

/** Told about every exchange; used for API coverage and flaky-retry bookkeeping. */
@FunctionalInterface
public interface ExchangeListener {
  void onExchange(Exchange exchange);
}
