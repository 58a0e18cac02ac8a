package io.flowcheck.framework.client;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.ArtifactVersion;
import io.flowcheck.framework.model.Project;
import io.flowcheck.framework.model.PropertyRef;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The typed client against the simulator over strict TLS: every API, both auth modes. */
class EfClientSimulatorTest {
  private static final String PASSWORD = "Sim-Client-Pw-9";
  private static io.flowcheck.simulator.EfSimulator sim;

  @BeforeAll
  static void start() {
    sim = io.flowcheck.simulator.EfSimulator.builder().port(0).user("admin", PASSWORD).start();
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  /** Strict TLS, trusting only the simulator's own certificate. */
  private static EfClient client(String auth) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.password", PASSWORD);
    props.put("ef.auth", auth);
    props.put("user.dir", System.getProperty("java.io.tmpdir"));
    EfSettings settings =
        SettingsLoader.load(props, Map.of())
            .withEmbeddedServer(URI.create(sim.serverUrl()), sim.trustStore());
    return EfClient.connect(settings);
  }

  @ParameterizedTest
  @ValueSource(strings = {"session", "basic"})
  void readsAndSetsTheKbPropertyInEitherAuthMode(String auth) {
    try (EfClient client = client(auth)) {
      PropertyRef kb = PropertyRef.inProject("Default", "PythonProperty");
      assertEquals("PythonRestApi", client.properties().get(kb).value());
      assertEquals("UpdatedPython", client.properties().set(kb, "UpdatedPython").value());
      assertEquals(
          "UpdatedPython",
          client
              .properties()
              .get(PropertyRef.absolute("/projects/Default/PythonProperty"))
              .value());
      assertEquals("session".equals(auth) ? 1 : 0, client.loginCount());
    }
    assertEquals(0, sim.state().activeSessionCount(), "the session was logged out on close");
  }

  @Test
  void createsListsAndDeletesPropertiesAndSheets() {
    try (EfClient client = client("session")) {
      client.projects().create("p1", "test");
      client.properties().createSheet(PropertyRef.inProject("p1", "sheet"));
      client.properties().create(PropertyRef.inProject("p1", "sheet/child"), "v");
      var top = client.properties().list("p1");
      assertTrue(top.find("sheet").orElseThrow().isSheet());
      var sheet = client.properties().sheet(top.find("sheet").orElseThrow().propertySheetId());
      assertEquals("v", sheet.find("child").orElseThrow().value());
      EfApiException duplicate =
          assertThrows(
              EfApiException.class,
              () -> client.properties().create(PropertyRef.inProject("p1", "sheet/child"), "w"));
      assertEquals("DuplicatePropertyName", duplicate.code());
      client.properties().delete(PropertyRef.inProject("p1", "sheet"));
      EfApiException gone =
          assertThrows(
              EfApiException.class,
              () -> client.properties().get(PropertyRef.inProject("p1", "sheet/child")));
      assertEquals("NoSuchProperty", gone.code());
      assertEquals(404, gone.status());
    }
  }

  @Test
  void managesProjects() {
    try (EfClient client = client("basic")) {
      Project created = client.projects().create("Release Train", "before");
      assertEquals("Release Train", created.projectName());
      assertEquals(
          "after", client.projects().modifyDescription("Release Train", "after").description());
      assertThat(
          client.projects().list().stream().map(Project::projectName).toList(),
          hasItem("Release Train"));
      client.projects().delete("Release Train");
      assertEquals(
          "NoSuchProject",
          assertThrows(EfApiException.class, () -> client.projects().get("Release Train")).code());
      assertEquals(
          "DuplicateProjectName",
          assertThrows(EfApiException.class, () -> client.projects().create("Default", null))
              .code());
    }
  }

  @Test
  void publishesArtifactVersions() {
    try (EfClient client = client("session")) {
      assertEquals(
          "com.acme:ledger", client.artifacts().create("com.acme", "ledger").artifactName());
      client.artifacts().publishVersion("com.acme:ledger", "1.0.0", null);
      ArtifactVersion rc = client.artifacts().publishVersion("com.acme:ledger", "1.1.0-rc-7", "rc");
      assertEquals("available", rc.state());
      assertEquals("7", rc.fields().get("buildNumber"));
      assertThat(
          client.artifacts().listVersions("com.acme:ledger").stream()
              .map(ArtifactVersion::version)
              .toList(),
          containsInAnyOrder("1.0.0", "1.1.0-rc-7"));
      assertEquals(
          "DuplicateArtifactVersionName",
          assertThrows(
                  EfApiException.class,
                  () -> client.artifacts().publishVersion("com.acme:ledger", "1.0.0", null))
              .code());
      assertEquals(
          "InvalidVersion",
          assertThrows(
                  EfApiException.class,
                  () -> client.artifacts().publishVersion("com.acme:ledger", "<123>", null))
              .code());
      assertEquals(
          "InvalidArtifactName",
          assertThrows(EfApiException.class, () -> client.artifacts().create("bad", "a/b")).code());
      assertEquals(
          "changed",
          client.artifacts().modifyDescription("com.acme:ledger", "changed").description());
      assertEquals(
          "final",
          client
              .artifacts()
              .modifyVersionDescription("com.acme:ledger:1.1.0-rc-7", "final")
              .fields()
              .get("description"));
      assertEquals(
          "final",
          client.artifacts().getVersion("com.acme:ledger:1.1.0-rc-7").fields().get("description"));
      assertThat(client.artifacts().repositoryNames(), hasItem("default"));
      client.artifacts().deleteVersion("com.acme:ledger:1.0.0");
      client.artifacts().delete("com.acme:ledger");
      assertEquals(
          "NoSuchArtifact",
          assertThrows(EfApiException.class, () -> client.artifacts().get("com.acme:ledger"))
              .code());
    }
  }

  @Test
  void reportsServerStatusAndVersion() {
    try (EfClient client = client("basic")) {
      assertTrue(client.server().status().isRunning());
      assertThat(client.server().statusVersion(), equalTo("2024.06.0.178767"));
      assertThat(client.server().versions(), equalTo("2024.06.0.178767"));
      VersionLookup lookup = client.server().lookUpVersion();
      assertEquals(
          new VersionLookup("2024.06.0.178767", "getServerStatus", java.util.List.of()), lookup);
    }
  }

  @Test
  void explicitSessionsCanBeLoggedOutAndAreThenRefused() {
    try (EfClient client = client("basic")) {
      LoginResult login = client.sessions().login("admin", Secret.of(PASSWORD));
      assertEquals("admin", login.userName());
      assertEquals(
          java.util.Set.of(login.sessionId().reveal()),
          client.masker().issuedTokens(),
          "the login answer's id is the server's token");
      assertTrue(client.withSession(login.sessionId()).server().status().isRunning());
      client.sessions().logout(login.sessionId());
      EfApiException refused =
          assertThrows(
              EfApiException.class, () -> client.withSession(login.sessionId()).server().status());
      assertEquals("NoCredentials", refused.code());
      assertEquals(401, refused.status());
      assertEquals(
          "NoCredentials",
          assertThrows(EfApiException.class, () -> client.withoutCredentials().server().status())
              .code());
      assertEquals(
          401,
          assertThrows(
                  EfApiException.class, () -> client.sessions().login("admin", Secret.of("wrong")))
              .status());
    }
  }

  @Test
  void aSessionDroppedByTheServerIsRenewedOnce() {
    try (EfClient client = client("session")) {
      assertTrue(client.server().status().isRunning());
      sim.expireSessions();
      assertTrue(client.server().status().isRunning());
      assertEquals(2, client.loginCount());
    }
  }
}
