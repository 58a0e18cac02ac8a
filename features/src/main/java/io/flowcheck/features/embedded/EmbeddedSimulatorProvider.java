package io.flowcheck.features.embedded;

import io.flowcheck.runner.server.EmbeddedServer;
import io.flowcheck.runner.server.EmbeddedServerProvider;
import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import java.security.KeyStore;
import java.util.Set;

/**
 * The simulator as the run's embedded server, found by the runner through {@link
 * java.util.ServiceLoader} (META-INF/services). The only class of the suite that names the
 * simulator; ef-simulator is an optional dependency of this module, so without it on the classpath
 * the runner says to add it or to set ef.server.
 */
public final class EmbeddedSimulatorProvider implements EmbeddedServerProvider {
  @Override
  public EmbeddedServer start(String user, String password) {
    return new Started(EfSimulator.builder().user(user, password).start());
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
