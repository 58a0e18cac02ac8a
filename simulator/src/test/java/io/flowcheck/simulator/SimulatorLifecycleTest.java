package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SimulatorLifecycleTest {
  private static final String FRESH_CANONICAL_JSON;

  static {
    try (EfSimulator fresh = EfSimulator.builder().start()) {
      FRESH_CANONICAL_JSON = fresh.state().toCanonicalJson();
    }
  }

  @Test
  void resetRestoresExactlyTheSeedDataAndDropsSessions() {
    try (EfSimulator sim = EfSimulator.builder().start()) {
      SimulatorClient client = SimulatorClient.of(sim);
      SimulatorClient admin = client.asAdmin();
      String sessionId = client.post("/sessions?password=changeme&userName=admin").at("/sessionId");
      admin.put("/properties/PythonProperty?projectName=Default&value=changed").assertOk();
      admin.post("/projects?projectName=extra").assertOk();
      admin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
      assertNotEquals(FRESH_CANONICAL_JSON, sim.state().toCanonicalJson());

      sim.reset();

      assertEquals(FRESH_CANONICAL_JSON, sim.state().toCanonicalJson());
      assertEquals(0, sim.state().activeSessionCount());
      assertEquals(
          Reply.NO_CREDENTIALS_BODY, client.header("sessionId", sessionId).get("/projects").body());
      assertEquals(
          "PythonRestApi",
          admin.get("/properties/PythonProperty?projectName=Default").at("/property/value"));
    }
  }

  @Test
  void theCanonicalJsonIsStableAndSorted() {
    try (EfSimulator sim = EfSimulator.builder().start()) {
      SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
      admin.post("/projects?projectName=zeta").assertOk();
      admin.post("/projects?projectName=alpha").assertOk();
      admin.put("/properties/b?projectName=alpha&value=2").assertOk();
      admin.put("/properties/a/x?projectName=alpha&value=1").assertOk();
      String first = sim.state().toCanonicalJson();
      admin.get("/projects").assertOk(); // reads change nothing
      admin.post("/sessions").assertOk(); // nor do logins
      assertEquals(first, sim.state().toCanonicalJson());
      assertTrue(first.indexOf("\"Default\"") < first.indexOf("\"alpha\"")); // plain String order
      assertTrue(first.indexOf("\"alpha\"") < first.indexOf("\"zeta\""));
      assertTrue(first.startsWith("{\"artifacts\":[],\"projects\":["), first);
    }
  }

  @Test
  void theStateSnapshotShowsProjectsPropertiesAndArtifacts() {
    try (EfSimulator sim = EfSimulator.builder().start()) {
      SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
      admin.put("/properties/cfg/port?projectName=Default&value=8080").assertOk();
      admin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
      admin.post("/artifactVersions?artifactName=g:k&version=2.0.1-7").assertOk();
      SimulatorState state = sim.state();
      SimulatorState.Sheet sheet = state.project("Default").orElseThrow().propertySheet();
      assertTrue(sheet.property("cfg").orElseThrow().isSheet());
      assertEquals("8080", sheet.property("cfg/port").orElseThrow().value());
      assertEquals("admin", sheet.property("cfg/port").orElseThrow().audit().owner());
      assertEquals("7", state.artifactVersion("g:k:2.0.1-7").orElseThrow().buildNumber());
      assertEquals(1, state.artifact("g:k").orElseThrow().versions().size());
      assertThrows(UnsupportedOperationException.class, () -> state.projects().clear());
    }
  }

  @Test
  void adminRoutesResetExpireAndDumpWithoutEfCredentials() {
    try (EfSimulator sim = EfSimulator.builder().start()) {
      SimulatorClient client = SimulatorClient.of(sim);
      SimulatorClient adminApi = client.header("Accept", "application/json");
      String sessionId = client.post("/sessions?password=changeme&userName=admin").at("/sessionId");
      client.asAdmin().post("/projects?projectName=extra").assertOk();
      String serverRoot = sim.serverUrl();

      Reply state = adminApi.sendAbsolute(serverRoot + "/__admin/ef/state", "GET");
      assertEquals(200, state.status());
      assertEquals(sim.state().toCanonicalJson(), state.body());

      assertEquals(
          200, adminApi.sendAbsolute(serverRoot + "/__admin/ef/sessions/expire", "POST").status());
      assertEquals(401, client.header("sessionId", sessionId).get("/projects").status());

      assertEquals(200, adminApi.sendAbsolute(serverRoot + "/__admin/ef/reset", "POST").status());
      assertEquals(
          FRESH_CANONICAL_JSON,
          adminApi.sendAbsolute(serverRoot + "/__admin/ef/state", "GET").body());
    }
  }

  @Test
  void plainHttpCanBeRequested() {
    try (EfSimulator sim = EfSimulator.builder().http(true).start()) {
      assertFalse(sim.isHttps());
      assertTrue(sim.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+/rest/v1\\.0"), sim.baseUrl());
      SimulatorClient.of(sim).asAdmin().get("/projects").assertOk();
    }
  }

  @Test
  void httpsIsTheDefaultWithALocalhostCertificateInTheTrustStore() throws Exception {
    try (EfSimulator sim = EfSimulator.builder().start()) {
      assertTrue(sim.isHttps());
      assertEquals("https://127.0.0.1:" + sim.port() + "/rest/v1.0", sim.baseUrl());
      X509Certificate certificate = sim.certificate();
      List<String> names =
          certificate.getSubjectAlternativeNames().stream()
              .map(san -> String.valueOf(san.get(1)))
              .collect(Collectors.toList());
      assertTrue(names.containsAll(List.of("localhost", "127.0.0.1")), names.toString());
      KeyStore trust = sim.trustStore();
      assertEquals("PKCS12", trust.getType());
      List<String> aliases = Collections.list(trust.aliases());
      assertEquals(1, aliases.size());
      assertTrue(trust.isCertificateEntry(aliases.get(0)));
      assertEquals(certificate, trust.getCertificate(aliases.get(0)));
      // strict verification through the trust store, no trust-all anywhere
      SimulatorClient.of(sim).asAdmin().get("/projects").assertOk();
    }
  }

  @Test
  void aBusyPortGivesAOneLineReason() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      IllegalStateException failure =
          assertThrows(IllegalStateException.class, () -> EfSimulator.builder().port(port).start());
      assertEquals(
          "Cannot start the simulator: port " + port + " on 127.0.0.1 is already in use",
          failure.getMessage());
    }
  }

  @Test
  void stopFreesThePortAndASecondStopOrCloseIsHarmless() throws Exception {
    EfSimulator sim = EfSimulator.builder().start();
    int port = sim.port();
    SimulatorClient.of(sim).asAdmin().get("/projects").assertOk();

    sim.stop();

    assertRefused(port);
    assertDoesNotThrow(sim::stop);
    assertDoesNotThrow(sim::close);
    assertRefused(port);
  }

  @Test
  void closeStopsAStartedSimulator() throws Exception {
    int port;
    try (EfSimulator sim = EfSimulator.builder().start()) {
      port = sim.port();
      SimulatorClient.of(sim).asAdmin().get("/projects").assertOk();
    }
    assertRefused(port);
  }

  /** Nothing listens on the port any more: a TCP connect is refused outright. */
  private static void assertRefused(int port) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 10_000);
      fail("port " + port + " still accepts connections after the simulator stopped");
    } catch (ConnectException expected) {
      // refused: the listener is gone
    }
  }
}
