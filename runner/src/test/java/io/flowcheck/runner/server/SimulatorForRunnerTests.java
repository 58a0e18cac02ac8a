package io.flowcheck.runner.server;

import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import java.security.KeyStore;
import java.util.Set;

/**
 * The runner's tests' own embedded server (META-INF/services in src/test/resources): the suite's
 * provider lives in the features module, which depends on this one.
 */
public final class SimulatorForRunnerTests implements EmbeddedServerProvider {
  @Override
  public EmbeddedServer start(String user, String password) {
    EfSimulator sim = EfSimulator.builder().user(user, password).start();
    return new Started(sim);
  }

  private record Started(EfSimulator sim) implements EmbeddedServer {
    @Override
    public URI serverUrl() {
      return URI.create(sim.serverUrl());
    }

    @Override
    public KeyStore trustStore() {
      return sim.trustStore();
    }

    @Override
    public Set<String> issuedSessionIds() {
      return Set.copyOf(sim.issuedSessionIds());
    }

    @Override
    public void stop() {
      sim.stop();
    }
  }
}
