package io.flowcheck.simulator;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.Extension;
import io.flowcheck.simulator.http.NoStubFiles;
import io.flowcheck.simulator.http.SilentNotifier;
import io.flowcheck.simulator.http.jetty.EnvelopeJettyServerFactory;
import java.net.BindException;

/**
 * The WireMock settings that work here (TLS from a classpath keystore, quiet, no journal,
 * HTTP/1.1), in one place.
 */
final class ServerOptions {
  private ServerOptions() {}

  static WireMockConfiguration forSimulator(
      String host,
      int port,
      boolean plainHttp,
      EnvelopeJettyServerFactory jetty,
      Extension... extensions) {
    WireMockConfiguration options =
        options()
            .bindAddress(host)
            .jettyAcceptors(1) // 2-core machines: more acceptors only earn a Jetty warning
            .containerThreads(32)
            .jettyHeaderRequestSize(65536) // long property values travel in the query string
            .disableRequestJournal() // would keep every request (and password) in memory
            .stubRequestLoggingDisabled(true)
            .templatingEnabled(false)
            .notifier(new SilentNotifier())
            .mappingSource(new NoStubFiles())
            .httpServerFactory(jetty) // error envelopes instead of Jetty's HTML pages, publishing
            // HTTP/1.1 only: Jetty's HTTP/2 answers an illegal :path (%00, /..) with GOAWAY,
            // failing every
            // request on the shared connection, and an injected connection reset would do the same.
            .http2TlsDisabled(true)
            .http2PlainDisabled(true)
            .extensions(extensions);
    if (plainHttp) {
      return options.port(port);
    }
    return options
        .httpDisabled(true)
        .httpsPort(port)
        .keystorePath(TlsMaterial.KEYSTORE_RESOURCE) // a classpath resource name works here
        .keystoreType("PKCS12")
        .keystorePassword(TlsMaterial.KEYSTORE_PASSWORD)
        .keyManagerPassword(TlsMaterial.KEYSTORE_PASSWORD);
  }

  static void startOrExplain(WireMockServer server, String host, int port) {
    try {
      server.start();
    } catch (Exception e) { // Jetty can throw checked exceptions sneakily (ExecutionException)
      try {
        server.stop();
      } catch (Exception ignored) {
        // already half-dead; the start failure is what matters
      }
      throw new IllegalStateException(explain(e, host, port), e);
    }
  }

  private static String explain(Throwable failure, String host, int port) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException) {
        String message = String.valueOf(cause.getMessage());
        if (message.contains("in use")) {
          return "Cannot start the simulator: port " + port + " on " + host + " is already in use";
        }
        return "Cannot start the simulator: cannot bind "
            + host
            + ":"
            + port
            + " ("
            + message
            + ")";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return "Cannot start the simulator: "
        + root.getClass().getSimpleName()
        + ": "
        + root.getMessage();
  }
}
