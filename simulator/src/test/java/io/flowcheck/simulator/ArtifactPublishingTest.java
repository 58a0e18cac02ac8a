package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.model.PublishedFile;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The artifact publishing endpoints, driven as the Jenkins plugin and the Azure DevOps extension
 * drive them: one multipart POST, the verdict in the body.
 */
class ArtifactPublishingTest extends AdminSimulatorTest {
  static final String CGI = "/commander/cgi-bin/publishArtifactAPI.cgi";
  static final String PHP = "/commander/publishArtifact.php";
  static final String OK = "Artifact-Published-OK";
  static final byte[] JAR = "PK\u0003\u0004 not really a jar".getBytes(StandardCharsets.UTF_8);
  static final byte[] README = "read me\n".getBytes(StandardCharsets.UTF_8);

  private static HttpClient http(EfSimulator on) {
    return HttpClient.newBuilder().sslContext(SimulatorClient.sslContextTrusting(on)).build();
  }

  private static String sessionId(EfSimulator on) {
    return SimulatorClient.of(on)
        .post("/sessions?userName=admin&password=changeme")
        .assertOk()
        .at("/sessionId");
  }

  private static String basic() {
    return "Basic "
        + Base64.getEncoder().encodeToString("admin:changeme".getBytes(StandardCharsets.UTF_8));
  }

  private static Reply post(EfSimulator on, String path, PublishForm form) {
    return form.postTo(http(on), on.serverUrl() + path);
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static PublishForm twoFiles(String artifact, String version, String repository) {
    return PublishForm.of(artifact, version, repository)
        .file("files", "bin/app.jar", JAR)
        .file("files", "README.txt", README);
  }

  @Test
  void aPublishWithTheSessionInTheFormStoresTheVersionAndItsManifest() throws Exception {
    Reply reply =
        post(
            sim,
            CGI,
            twoFiles("ci:payments", "1.2.0-7", "default")
                .field("commanderSessionId", sessionId(sim)));

    assertEquals(200, reply.status());
    assertEquals(OK, reply.body());
    assertTrue(
        reply.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
        reply.headers().toString());
    JsonNode version =
        admin.get("/artifactVersions/ci:payments:1.2.0-7").assertOk().json().get("artifactVersion");
    assertEquals("available", version.get("artifactVersionState").asString());
    assertEquals("default", version.get("repositoryName").asString());
    assertEquals("7", version.get("buildNumber").asString());
    assertEquals("admin", version.get("owner").asString());
    admin.get("/artifacts/ci:payments").assertOk(); // the artifact was created with it
    assertEquals(
        List.of(
            new PublishedFile("bin/app.jar", JAR.length, sha256(JAR)),
            new PublishedFile("README.txt", README.length, sha256(README))),
        sim.publishedFiles("ci:payments:1.2.0-7").orElseThrow());
  }

  @Test
  void theAdminRoutesListTheManifest() throws Exception {
    post(sim, CGI, twoFiles("ci:web", "2.0.0", "default").header("Authorization", basic()));

    Reply manifest =
        SimulatorClient.of(sim)
            .sendAbsolute(
                sim.serverUrl() + "/__admin/ef/artifactVersions/ci:web:2.0.0/files", "GET")
            .assertOk();
    assertEquals("ci:web:2.0.0", manifest.at("/artifactVersionName"));
    assertEquals("bin/app.jar", manifest.at("/files/0/path"));
    assertEquals(JAR.length, manifest.json().at("/files/0/size").asLong());
    assertEquals(sha256(JAR), manifest.at("/files/0/sha256"));
    assertEquals("README.txt", manifest.at("/files/1/path"));
    SimulatorClient.of(sim)
        .sendAbsolute(sim.serverUrl() + "/__admin/ef/artifactVersions/ci:web:9/files", "GET")
        .assertError(404, "NoSuchArtifactVersion");
  }

  @Test
  void basicAuthAloneIsEnoughAndNoCredentialsAreRefusedInTheBody() {
    assertEquals(
        OK,
        post(sim, CGI, twoFiles("ci:basic", "1", "default").header("Authorization", basic()))
            .body());

    Reply refused = post(sim, CGI, twoFiles("ci:anonymous", "1", "default"));
    assertEquals(200, refused.status());
    assertEquals(
        "publishArtifactAPI error [NoCredentials]: No credentials/session found in this request",
        refused.body());
    Reply expired =
        post(sim, CGI, twoFiles("ci:anonymous", "1", "default").field("commanderSessionId", "X"));
    assertTrue(expired.body().startsWith("publishArtifactAPI error [NoCredentials]"));
    assertTrue(sim.publishedFiles("ci:anonymous:1").isEmpty());
  }

  @Test
  void refusalsAnswer200WithTheErrorInTheBodyAndStoreNothing() {
    String session = sessionId(sim);
    assertEquals(
        "publishArtifactAPI error [NoSuchRepository]: Repository 'wrong' does not exist",
        post(sim, CGI, twoFiles("ci:app", "1.0", "wrong").field("commanderSessionId", session))
            .body());
    Reply badName =
        post(sim, CGI, twoFiles("no-colon", "1.0", "default").field("commanderSessionId", session));
    assertEquals(200, badName.status());
    assertTrue(
        badName
            .body()
            .startsWith(
                "publishArtifactAPI error [InvalidArtifactName]: 'artifactName' must be in the form"),
        badName.body());
    assertEquals(
        "publishArtifactAPI error [InvalidVersion]: 'version' must be between 1 and 255 characters",
        post(sim, CGI, twoFiles("ci:app", "<123>", "default").field("commanderSessionId", session))
            .body());
    assertEquals(
        "publishArtifactAPI error [MissingArgument]: No file parts named 'files'",
        post(
                sim,
                CGI,
                PublishForm.of("ci:app", "1.0", "default").field("commanderSessionId", session))
            .body());
    assertEquals(List.of(), sim.state().artifacts());
  }

  @Test
  void theSameVersionTwiceIsRefusedAsADuplicate() {
    String session = sessionId(sim);
    PublishForm form = twoFiles("ci:twice", "3.0", "default").field("commanderSessionId", session);
    assertEquals(OK, post(sim, CGI, form).body());
    assertEquals(
        "publishArtifactAPI error [DuplicateArtifactVersionName]: Artifact version"
            + " 'ci:twice:3.0' already exists",
        post(sim, CGI, form).body());
  }

  @Test
  void fieldsMayFollowTheFilesAndPathsLoseALeadingSlash() throws Exception {
    // The Azure DevOps extension appends its files first; the Jenkins plugin's names start with
    // a slash; Windows paths come with backslashes.
    PublishForm form =
        new PublishForm()
            .file("files", "/lib/core.jar", JAR)
            .file("files", "docs\\guide.txt", README)
            .field("artifactName", "ci:order")
            .field("artifactVersionVersion", "1")
            .field("commanderSessionId", sessionId(sim))
            .field("action", "publishArtifact")
            .field("repositoryName", "default")
            .field("compress", "1");
    assertEquals(OK, post(sim, CGI, form).body());
    assertEquals(
        List.of(
            new PublishedFile("lib/core.jar", JAR.length, sha256(JAR)),
            new PublishedFile("docs/guide.txt", README.length, sha256(README))),
        sim.publishedFiles("ci:order:1").orElseThrow());
  }

  @Test
  void anEmptyFileIsAFileOfSizeZero() throws Exception {
    PublishForm form =
        PublishForm.of("ci:empty", "1", "default")
            .file("files", "empty.txt", new byte[0])
            .header("Authorization", basic());
    assertEquals(OK, post(sim, CGI, form).body());
    assertEquals(
        List.of(new PublishedFile("empty.txt", 0, sha256(new byte[0]))),
        sim.publishedFiles("ci:empty:1").orElseThrow());
  }

  @Test
  void aRequestThatIsNoUploadIsRefused() {
    SimulatorClient anyone = SimulatorClient.of(sim);
    assertEquals(405, anyone.sendAbsolute(sim.serverUrl() + CGI, "GET").status());
    Reply json = anyone.sendAbsolute(sim.serverUrl() + CGI, "POST", "{}");
    assertEquals(200, json.status());
    assertEquals(
        "publishArtifactAPI error [InvalidArgument]: The request body must be multipart/form-data",
        json.body());
  }

  @Test
  void withoutThePhpDialectThePhpEndpointIsNotThere() {
    assertEquals(404, SimulatorClient.of(sim).sendAbsolute(sim.serverUrl() + PHP, "GET").status());
    assertEquals(
        404,
        post(sim, PHP, twoFiles("ci:php", "1", "default").header("Authorization", basic()))
            .status());
  }

  @Test
  void thePhpDialectAnswersTheProbeWith400AndTakesFilesUnderFilesBrackets() throws Exception {
    try (EfSimulator php = EfSimulator.builder().dialect(Dialect.PUBLISH_PHP).start()) {
      assertEquals(
          400, SimulatorClient.of(php).sendAbsolute(php.serverUrl() + PHP, "GET").status());
      PublishForm brackets =
          PublishForm.of("ci:php", "1", "default")
              .file("files[]", "a.txt", README)
              .header("Authorization", basic());
      assertEquals(OK, post(php, PHP, brackets).body());
      assertEquals(
          List.of(new PublishedFile("a.txt", README.length, sha256(README))),
          php.publishedFiles("ci:php:1").orElseThrow());
      assertEquals(
          "publishArtifactAPI error [MissingArgument]: No file parts named 'files[]'",
          post(php, PHP, twoFiles("ci:php", "2", "default").header("Authorization", basic()))
              .body());
      assertEquals(
          OK,
          post(php, CGI, twoFiles("ci:php", "3", "default").header("Authorization", basic()))
              .body());
    }
  }

  @Test
  void noPublishEndpointAnswers404AndNewVersionPublishingLeavesItPublishing() {
    try (EfSimulator none = EfSimulator.builder().dialect(Dialect.NO_PUBLISH_ENDPOINT).start()) {
      // A body of some size: answered only once read, or the client would see a reset instead.
      byte[] eightMegabytes = new byte[8 * 1024 * 1024];
      assertEquals(
          404,
          post(
                  none,
                  CGI,
                  twoFiles("ci:x", "1", "default")
                      .file("files", "big.bin", eightMegabytes)
                      .header("Authorization", basic()))
              .status());
    }
    try (EfSimulator slow = EfSimulator.builder().dialect(Dialect.NEW_VERSION_PUBLISHING).start()) {
      assertEquals(
          OK,
          post(slow, CGI, twoFiles("ci:x", "1", "default").header("Authorization", basic()))
              .body());
      assertEquals(
          "publishing",
          SimulatorClient.of(slow)
              .asAdmin()
              .get("/artifactVersions/ci:x:1")
              .assertOk()
              .at("/artifactVersion/artifactVersionState"));
    }
  }
}
