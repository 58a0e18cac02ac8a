package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.common.Notifier;

/** WireMock's own chatter has no place in a test run's output; our answers carry all we need. */
public final class SilentNotifier implements Notifier {
  @Override
  public void info(String message) {}

  @Override
  public void error(String message) {}

  @Override
  public void error(String message, Throwable t) {}
}
