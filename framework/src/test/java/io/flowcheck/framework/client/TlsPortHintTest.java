package io.flowcheck.framework.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.simulator.EfSimulator;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An {@code http://} URL in front of a port that speaks TLS gets the line "use https", however the
 * TLS server treats plain bytes: Jetty answers with a TLS alert, many servers just close or reset
 * the connection. Only a successful handshake counts: a plain server that closes every connection
 * gets its own failure, not the hint.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsPortHintTest {
  @TempDir static Path keyDir;
  private static SSLContext serverKey;

  @BeforeAll
  static void makeKey() throws Exception {
    serverKey = ClosingServer.selfSignedContext(keyDir);
  }

  private static EfSettings httpTo(int port, String auth) {
    return TestSettings.forServer("http://127.0.0.1:" + port, "ef.auth", auth, "ef.retries", "0");
  }

  private static String useHttps(int port) {
    return "EF unreachable: ef.server is http://127.0.0.1:"
        + port
        + ", but this port speaks TLS: use https://127.0.0.1:"
        + port;
  }

  @ParameterizedTest
  @ValueSource(strings = {"close", "reset"})
  void theRunStartProbeNamesTheHttpsUrlWhenATlsPortDropsPlainBytes(String how) throws Exception {
    try (ClosingServer server = tlsServer(how)) {
      EfUnreachableException e =
          assertThrows(
              EfUnreachableException.class,
              () -> ServerProbe.check(httpTo(server.port(), "session")));
      assertEquals(useHttps(server.port()), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"close", "reset"})
  void theFirstCallNamesTheHttpsUrlWhenATlsPortDropsPlainBytes(String how) throws Exception {
    try (ClosingServer server = tlsServer(how);
        EfClient client = EfClient.connect(httpTo(server.port(), "session"))) {
      EfUnreachableException e =
          assertThrows(EfUnreachableException.class, () -> client.server().lookUpVersion());
      assertEquals(useHttps(server.port()), e.getMessage());
      assertFalse(e.isConnectionFault(), "a wrong scheme is not worth a retry");
    }
  }

  @Test
  void aPlainServerThatClosesEveryConnectionGetsNoTlsHint() throws Exception {
    try (ClosingServer server = ClosingServer.plain()) {
      EfSettings settings = httpTo(server.port(), "session");
      ServerProbe.check(settings); // inconclusive at the start: the first call says what it met
      try (EfClient client = EfClient.connect(settings)) {
        EfUnreachableException e =
            assertThrows(EfUnreachableException.class, () -> client.server().lookUpVersion());
        assertEquals(
            "EF unreachable: 127.0.0.1:"
                + server.port()
                + " closed the connection without answering POST /sessions",
            e.getMessage());
        assertThat(e.getMessage(), not(containsString("TLS")));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"session", "basic"})
  void jettysTlsAlertStillGetsTheHintAtTheStartAndOnTheFirstCall(String auth) {
    try (EfSimulator https = EfSimulator.builder().port(0).start()) {
      EfSettings settings = httpTo(https.port(), auth);
      EfUnreachableException probe =
          assertThrows(EfUnreachableException.class, () -> ServerProbe.check(settings));
      assertEquals(useHttps(https.port()), probe.getMessage());
      try (EfClient client = EfClient.connect(settings)) {
        EfUnreachableException call =
            assertThrows(EfUnreachableException.class, () -> client.server().lookUpVersion());
        assertEquals(useHttps(https.port()), call.getMessage());
      }
    }
  }

  private static ClosingServer tlsServer(String how) throws Exception {
    return "reset".equals(how)
        ? ClosingServer.tlsResetting(serverKey)
        : ClosingServer.tls(serverKey);
  }
}
