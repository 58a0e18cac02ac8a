package io.flowcheck.runner.server;

import java.net.URI;
import java.security.KeyStore;
import java.util.Set;

/**
 * A server the run starts for itself when no {@code ef.server} is set: the embedded simulator. The
 * runner does not compile against the simulator; a module that bundles one registers an {@link
 * EmbeddedServerProvider} (the features module does), and the run finds it through {@link
 * java.util.ServiceLoader}. Everything else talks to it over HTTP like to any server.
 */
public interface EmbeddedServer {
  /** Its HTTPS base URL, e.g. {@code https://127.0.0.1:41234}. */
  URI serverUrl();

  /** Its own certificate: the run trusts exactly this, so even the default run verifies TLS. */
  KeyStore trustStore();

  /** Every session id it issued, for the run's secret fingerprints. */
  Set<String> issuedSessionIds();

  void stop();
}
