package io.flowcheck.framework.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.ArtifactVersion;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.model.PublishedFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Publishing a build output folder through the CI path, against the simulator. */
class FilePublishingTest {
  private static final String PASSWORD = "Publish-Pw-77x";
  private static EfSimulator sim;

  @TempDir Path build;

  @BeforeAll
  static void start() {
    sim = EfSimulator.builder().user("admin", PASSWORD).start();
  }

  @AfterAll
  static void stop() {
    sim.stop();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private static EfClient client(EfSimulator on, String auth, String... more) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.password", PASSWORD);
    props.put("ef.auth", auth);
    for (int i = 0; i + 1 < more.length; i += 2) {
      props.put(more[i], more[i + 1]);
    }
    props.put("user.dir", System.getProperty("java.io.tmpdir"));
    EfSettings settings =
        SettingsLoader.load(props, Map.of())
            .withEmbeddedServer(URI.create(on.serverUrl()), on.trustStore());
    return EfClient.connect(settings);
  }

  private Path file(String relative, String content) throws Exception {
    Path file = build.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private static PublishedFile manifestEntry(String path, String content) throws Exception {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new PublishedFile(
        path,
        bytes.length,
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"session", "basic"})
  void aNestedFolderPublishesWithItsRelativePathsInEitherAuthMode(String auth) throws Exception {
    file("app.jar", "the app");
    file("lib/core/util.jar", "utilities");
    file("docs/README.md", "# read me");
    List<CallEvent> calls = new ArrayList<>();
    Set<String> earlier = sim.issuedSessionIds();
    try (EfClient client = client(sim, auth).observedBy(calls::add)) {
      PublishReceipt receipt =
          client
              .artifacts()
              .publishFiles(PublishFiles.folder(build), "ci.run:payments", "1.0.0-3", "default");

      assertEquals("ci.run:payments:1.0.0-3", receipt.artifactVersionName());
      assertEquals(PublishEndpoint.CGI, receipt.endpoint()); // no PHP endpoint on this server
      assertEquals(
          List.of(
              manifestEntry("app.jar", "the app"),
              manifestEntry("docs/README.md", "# read me"),
              manifestEntry("lib/core/util.jar", "utilities")),
          sim.publishedFiles("ci.run:payments:1.0.0-3").orElseThrow());
      ArtifactVersion version = client.artifacts().getVersion("ci.run:payments:1.0.0-3");
      assertEquals("available", version.state());
      assertEquals("default", version.repositoryName());

      CallEvent publish =
          calls.stream()
              .filter(c -> c.operation() == Operation.PUBLISH_ARTIFACT)
              .findFirst()
              .orElseThrow();
      String sent = publish.exchanges().get(0).requestBody();
      assertTrue(sent.contains("commanderSessionId=****"), sent);
      assertTrue(sent.contains("files=@lib/core/util.jar"), sent);
      Set<String> ours = new HashSet<>(sim.issuedSessionIds());
      ours.removeAll(earlier);
      assertEquals(1, ours.size(), "one login, in basic mode too (for the form)");
      for (String id : ours) {
        assertFalse(sent.contains(id), "the session id leaked into " + sent);
        assertTrue(client.masker().knownSecrets().contains(id), "the masker knows " + id);
      }
      assertEquals("Artifact-Published-OK", publish.exchanges().get(0).responseBody());
    }
    assertEquals(0, sim.state().activeSessionCount(), "the session ended with the client");
  }

  @Test
  void refusalsComeInTheBodyAsTypedRefusals() throws Exception {
    file("app.jar", "x");
    try (EfClient client = client(sim, "session")) {
      ArtifactsApi artifacts = client.artifacts();
      PublishFiles files = PublishFiles.folder(build);
      EfApiException repository =
          assertThrows(
              EfApiException.class, () -> artifacts.publishFiles(files, "ci:a", "1", "wrong"));
      assertEquals("NoSuchRepository", repository.code());
      assertEquals(200, repository.status());
      assertEquals("Repository 'wrong' does not exist", repository.errorMessage());
      assertEquals(Operation.PUBLISH_ARTIFACT, repository.operation());
      assertEquals(
          "InvalidArtifactName",
          assertThrows(
                  EfApiException.class,
                  () -> artifacts.publishFiles(files, "no-colon", "1", "default"))
              .code());
      assertEquals(
          "InvalidVersion",
          assertThrows(
                  EfApiException.class,
                  () -> artifacts.publishFiles(files, "ci:a", "<123>", "default"))
              .code());
      artifacts.publishFiles(files, "ci:a", "1", "default");
      assertEquals(
          "DuplicateArtifactVersionName",
          assertThrows(
                  EfApiException.class, () -> artifacts.publishFiles(files, "ci:a", "1", "default"))
              .code());
    }
  }

  @Test
  void anEmptyFolderStopsBeforeAnyCall() throws Exception {
    Files.createDirectories(build.resolve("empty/inside"));
    NothingToPublishException empty =
        assertThrows(NothingToPublishException.class, () -> PublishFiles.folder(build));
    assertEquals("nothing to publish: " + build + " holds no files", empty.getMessage());
    assertThrows(
        NothingToPublishException.class, () -> PublishFiles.folder(build.resolve("missing")));
    file("a.txt", "a");
    assertEquals(
        "nothing to publish: " + build + " holds no file matching **/*.jar",
        assertThrows(NothingToPublishException.class, () -> PublishFiles.glob(build, "**/*.jar"))
            .getMessage());
    assertEquals(List.of(), sim.loginAttempts(), "no call was made");
  }

  @Test
  void aGlobPicksFilesAndKeepsTheirPathsRelativeToTheFolder() throws Exception {
    file("bin/app.jar", "a");
    file("bin/app.txt", "b");
    file("lib/x.jar", "c");
    assertEquals(
        List.of("bin/app.jar", "lib/x.jar"),
        PublishFiles.glob(build, "**/*.jar").entries().stream()
            .map(PublishFiles.Entry::relativePath)
            .toList());
  }

  @Test
  void theProbeChoosesThePhpEndpointWhereTheServerHasIt() throws Exception {
    file("a.txt", "a");
    try (EfSimulator php =
            EfSimulator.builder().user("admin", PASSWORD).dialect(Dialect.PUBLISH_PHP).start();
        EfClient client = client(php, "basic")) {
      PublishReceipt receipt =
          client.artifacts().publishFiles(PublishFiles.folder(build), "ci:php", "1", "default");
      assertEquals(PublishEndpoint.PHP, receipt.endpoint());
      assertEquals(
          List.of(manifestEntry("a.txt", "a")), php.publishedFiles("ci:php:1").orElseThrow());
    }
  }

  /** ef.publish.endpoint fixes the choice: no probe decides it. */
  @Test
  void theSettingFixesTheEndpointWhateverTheServerHas() throws Exception {
    file("a.txt", "a");
    try (EfSimulator php =
            EfSimulator.builder().user("admin", PASSWORD).dialect(Dialect.PUBLISH_PHP).start();
        EfClient client = client(php, "basic", "ef.publish.endpoint", "cgi")) {
      PublishReceipt receipt =
          client.artifacts().publishFiles(PublishFiles.folder(build), "ci:cgi", "1", "default");
      assertEquals(PublishEndpoint.CGI, receipt.endpoint()); // the probe would have chosen PHP
      assertEquals(
          List.of(manifestEntry("a.txt", "a")), php.publishedFiles("ci:cgi:1").orElseThrow());
    }
    try (EfClient client = client(sim, "session", "ef.publish.endpoint", "php")) {
      EfProtocolException missing =
          assertThrows(
              EfProtocolException.class,
              () ->
                  client
                      .artifacts()
                      .publishFiles(PublishFiles.folder(build), "ci:php", "1", "default"));
      assertEquals(404, missing.status(), "posted to the PHP endpoint this server lacks");
    }
  }

  @Test
  void aServerWithoutTheEndpointIsAMissingRoute() throws Exception {
    file("a.txt", "a");
    try (EfClient client = client(sim, "session")) {
      EfProtocolException missing =
          assertThrows(
              EfProtocolException.class,
              () ->
                  client
                      .artifacts()
                      .publishFiles(
                          PublishFiles.folder(build), "ci:x", "1", "default", PublishEndpoint.PHP));
      assertEquals(404, missing.status());
      assertTrue(MissingRoute.is(missing, Operation.PUBLISH_ARTIFACT), missing.getMessage());
    }
  }

  @Test
  void anExpiredSessionIsRenewedOnceAndThePublishSentAgain() throws Exception {
    file("a.txt", "a");
    try (EfClient client = client(sim, "session")) {
      client.artifacts().publishFiles(PublishFiles.folder(build), "ci:r", "1", "default");
      sim.expireSessions();
      client.artifacts().publishFiles(PublishFiles.folder(build), "ci:r", "2", "default");
      assertEquals(2, client.loginCount());
      assertTrue(sim.publishedFiles("ci:r:2").isPresent());
    }
  }
}
