package io.flowcheck.framework.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.simulator.EfSimulator;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lines a run stops with when its settings are wrong in a way the server reveals: an {@code
 * http://} URL in front of an HTTPS server, and a password the server refuses. Each says what to
 * change.
 */
class StartMessagesTest {
  private static final String RIGHT_PASSWORD = "Right-Start-Pw-4";
  private static EfSimulator https;

  @BeforeAll
  static void start() {
    https = EfSimulator.builder().port(0).user("admin", RIGHT_PASSWORD).start();
  }

  @AfterAll
  static void stop() {
    https.stop();
  }

  /** The HTTPS simulator, trusted through its own certificate, with TestSettings' password. */
  private static EfSettings toHttps(String auth, String password) {
    return TestSettings.forServer(https.serverUrl(), "ef.auth", auth, "ef.password", password)
        .withEmbeddedServer(URI.create(https.serverUrl()), https.trustStore());
  }

  @Test
  void anHttpUrlInFrontOfAnHttpsServerNamesTheHttpsUrl() {
    int port = https.port();
    EfSettings settings = TestSettings.forServer("http://127.0.0.1:" + port);
    EfUnreachableException e =
        assertThrows(EfUnreachableException.class, () -> ServerProbe.check(settings));
    assertEquals(
        "EF unreachable: ef.server is http://127.0.0.1:"
            + port
            + ", but this port speaks TLS: use https://127.0.0.1:"
            + port,
        e.getMessage());
  }

  @Test
  void anHttpUrlKeepsItsPathInTheSuggestedHttpsUrl() {
    assertEquals(
        "https://flow.example.com:80/ef",
        PlainOrTls.asHttps(URI.create("http://flow.example.com/ef"), 80));
  }

  @Test
  void aPlainHttpServerPassesTheProbe() {
    try (EfSimulator plain = EfSimulator.builder().port(0).http(true).start()) {
      ServerProbe.check(TestSettings.forServer("http://127.0.0.1:" + plain.port()));
    }
  }

  @Test
  void onlyTlsRecordHeadersCountAsTls() {
    assertTrue(PlainOrTls.isTlsRecordStart(21, 3), "an alert record");
    assertTrue(PlainOrTls.isTlsRecordStart(22, 3), "a handshake record");
    assertFalse(PlainOrTls.isTlsRecordStart('H', 'T'), "an HTTP status line");
    assertFalse(PlainOrTls.isTlsRecordStart(-1, -1), "a closed connection");
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "session"})
  void aRefusedPasswordNamesTheUserAndTheSettings(String auth) {
    try (EfClient client = EfClient.connect(toHttps(auth, TestSettings.PASSWORD))) {
      EfCredentialsRefusedException e =
          assertThrows(EfCredentialsRefusedException.class, () -> client.server().lookUpVersion());
      String call = "basic".equals(auth) ? "getServerStatus" : "login";
      assertEquals(
          "EF credentials refused: the server refused user 'admin' with the configured "
              + "password (NoCredentials, HTTP 401 from "
              + call
              + "): check ef.password (or "
              + "EF_PASSWORD) and ef.user",
          e.getMessage());
      assertThat(e.getMessage(), not(containsString(TestSettings.PASSWORD)));
      assertEquals("admin", e.user());
      assertEquals(401, e.status());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "session"})
  void theRightPasswordReadsTheVersion(String auth) {
    try (EfClient client = EfClient.connect(toHttps(auth, RIGHT_PASSWORD))) {
      assertEquals(VersionLookup.FROM_STATUS, client.server().lookUpVersion().source());
    }
  }

  @Test
  void aRefusalOfACallWithoutPasswordStaysTheServersAnswer() {
    try (EfClient client = EfClient.connect(toHttps("basic", RIGHT_PASSWORD))) {
      EfApiException e =
          assertThrows(
              EfApiException.class, () -> client.withoutCredentials().server().lookUpVersion());
      assertFalse(e instanceof EfCredentialsRefusedException, e.getMessage());
      assertEquals("NoCredentials", e.code());
    }
  }
}
