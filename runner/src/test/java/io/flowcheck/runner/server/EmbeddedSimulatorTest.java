package io.flowcheck.runner.server;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.LoginResult;
import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.config.SettingsLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator started by name, as a run without ef.server does, and the line when it is missing.
 */
class EmbeddedSimulatorTest {
  private static final String PASSWORD = "embedded-Pw-3";

  private static EfSettings noServer() {
    return SettingsLoader.load(
        Map.of("ef.password", PASSWORD, "user.dir", System.getProperty("java.io.tmpdir")),
        Map.of());
  }

  @Test
  void aRunWithoutServerGetsTheSimulatorOverStrictTlsTrustingItsOwnCertificate() {
    ServerUnderTest server = ServerUnderTest.start(noServer());
    try {
      assertTrue(server.isEmbeddedSimulator());
      assertTrue(server.hasSimulatorControl());
      assertThat(server.settings().apiBaseUrl(), startsWith("https://127.0.0.1:"));
      try (EfClient client = EfClient.connect(server.settings())) {
        LoginResult login = client.sessions().login("admin", Secret.of(PASSWORD));
        assertThat(
            "the ids it issued, for the fingerprints",
            server.issuedSessionIds(),
            hasItem(login.sessionId().reveal()));
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void aConfiguredServerIsLeftAloneAndCannotBeSteered() {
    EfSettings configured =
        SettingsLoader.load(
            Map.of(
                "ef.server",
                "https://flow.example.com:8443",
                "ef.password",
                PASSWORD,
                "user.dir",
                System.getProperty("java.io.tmpdir")),
            Map.of());
    ServerUnderTest server = ServerUnderTest.start(configured);
    assertFalse(server.isEmbeddedSimulator());
    assertFalse(server.hasSimulatorControl());
    assertEquals("real server", server.label());
    assertTrue(server.issuedSessionIds().isEmpty());
    IllegalStateException e = assertThrows(IllegalStateException.class, server::simulator);
    assertThat(e.getMessage(), startsWith("Test setup problem: no simulator"));
  }

  @Test
  void withoutTheSimulatorOnTheClasspathItIsOneLineNamingTheFix() {
    ClassLoader withoutSimulator = new ClassLoader(null) {};
    EfConfigException e =
        assertThrows(
            EfConfigException.class,
            () -> EmbeddedSimulator.start("admin", PASSWORD, withoutSimulator));
    assertEquals(
        "no ef.server is set and the embedded simulator is not on the classpath: add"
            + " io.flowcheck:ef-simulator as a runtime dependency or set ef.server",
        e.getMessage());
    assertEquals(0, e.getStackTrace().length, "one line, no stack");
  }
}
