package io.flowcheck.runner.server;

/**
 * Starts an {@link EmbeddedServer} for the run's user. Registered in {@code
 * META-INF/services/io.flowcheck.runner.server.EmbeddedServerProvider}; the run takes the first one
 * found.
 */
public interface EmbeddedServerProvider {
  EmbeddedServer start(String user, String password);
}
