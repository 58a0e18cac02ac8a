package io.flowcheck.framework.http;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.PublishFiles;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.model.PropertyRef;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Runs real calls inside an Allure test and searches every written file for the secrets. Alone: it
 * swaps the JVM-wide Allure lifecycle.
 */
@Isolated
class MaskedAllureAttachmentsTest {
  private static final String PASSWORD = "Pw-Distinctive-7731";
  private static final String SESSION_ID = "LEAKYSESSION42XY";

  @TempDir Path results;

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance().options(options().dynamicPort().jettyAcceptors(1)).build();

  private AllureLifecycle previous;

  @BeforeEach
  void start() {
    wm.stubFor(
        post(urlPathEqualTo("/rest/v1.0/sessions"))
            .willReturn(
                okJson("{\"sessionId\":\"" + SESSION_ID + "\",\"userName\":\"admin\"}")
                    .withHeader("Set-Cookie", "sessionId=" + SESSION_ID + "; Path=/")));
    wm.stubFor(
        get(urlPathEqualTo("/rest/v1.0/properties/P"))
            .willReturn(
                okJson(
                    "{\"property\":{\"propertyName\":\"P\",\"value\":\"echo "
                        + SESSION_ID
                        + "\"}}")));
    wm.stubFor(delete(urlPathEqualTo("/rest/v1.0/sessions")).willReturn(okJson("{}")));
    previous = Allure.getLifecycle();
    Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));
  }

  @AfterEach
  void restoreAllure() {
    Allure.setLifecycle(previous);
  }

  private EfClient client(String auth) {
    Map<String, String> props = new HashMap<>();
    props.put("ef.server", "http://127.0.0.1:" + wm.getPort());
    props.put("ef.password", PASSWORD);
    props.put("ef.auth", auth);
    return EfClient.connect(SettingsLoader.load(props, Map.of()));
  }

  private void inAllureTest(Runnable body) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("masking"));
    lifecycle.startTestCase(uuid);
    try {
      body.run();
    } finally {
      lifecycle.stopTestCase(uuid);
      lifecycle.writeTestCase(uuid);
    }
  }

  private List<Path> filesContaining(String secret) throws IOException {
    try (Stream<Path> files = Files.walk(results)) {
      return files.filter(Files::isRegularFile).filter(f -> read(f).contains(secret)).toList();
    }
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void sessionLoginAttachmentsHideThePasswordAndTheIssuedSessionId() throws IOException {
    inAllureTest(
        () -> {
          try (EfClient client = client("session")) {
            client.properties().get(PropertyRef.inProject("Default", "P"));
            client.sessions().login("admin", Secret.of(PASSWORD));
          }
        });
    try (Stream<Path> files = Files.walk(results)) {
      assertThat(
          files.filter(f -> f.toString().endsWith("-attachment.html")).toList(),
          hasSize(greaterThanOrEqualTo(6)));
    }
    assertThat(filesContaining(PASSWORD), empty());
    assertThat(filesContaining(SESSION_ID), empty());
    assertThat(filesContaining("****"), hasSize(greaterThanOrEqualTo(2)));
  }

  @Test
  void basicAuthAttachmentsHideTheAuthorizationHeader() throws IOException {
    String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
    inAllureTest(
        () -> {
          try (EfClient client = client("basic")) {
            client.properties().get(PropertyRef.inProject("Default", "P"));
          }
        });
    assertThat(filesContaining(basic), empty());
    assertThat(filesContaining(PASSWORD), empty());
    assertThat(read(filesContaining("Basic ****").get(0)), containsString("Authorization"));
  }

  @Test
  void aPublishFormShowsItsFieldsAndFileNamesButNeitherSessionNorBasicHeader(@TempDir Path build)
      throws IOException {
    wm.stubFor(
        post(urlPathEqualTo("/commander/cgi-bin/publishArtifactAPI.cgi"))
            .willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.ok("Artifact-Published-OK")));
    // A folder of its own, outside the results searched below, and removed like them.
    Files.createDirectories(build.resolve("lib"));
    Files.writeString(build.resolve("lib/app.jar"), "jar bytes not to be shown");
    String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
    inAllureTest(
        () -> {
          try (EfClient client = client("basic")) {
            client.artifacts().publishFiles(PublishFiles.folder(build), "ci:app", "1.0", "default");
          }
        });
    assertThat(filesContaining(SESSION_ID), empty());
    assertThat(filesContaining(basic), empty());
    assertThat(filesContaining(PASSWORD), empty());
    assertThat(filesContaining("jar bytes not to be shown"), empty());
    String form = read(filesContaining("artifactVersionVersion=1.0").get(0));
    assertThat(form, containsString("commanderSessionId=****"));
    assertThat(form, containsString("files=@lib/app.jar (25 bytes)"));
    assertThat(form, containsString("Basic ****"));
  }

  @Test
  void jsonBodiesAreIndentedAfterMaskingAndLongLinesWrap() throws IOException {
    inAllureTest(
        () -> {
          try (EfClient client = client("session")) {
            client.properties().get(PropertyRef.inProject("Default", "P"));
          }
        });
    List<Path> answers = filesContaining("propertyName");
    assertThat(answers, hasSize(1));
    String html = read(answers.get(0));
    assertThat(
        html,
        containsString(
            "{\n  &quot;property&quot; : {\n    &quot;propertyName&quot; : &quot;P&quot;,\n"
                + "    &quot;value&quot; : &quot;echo ****&quot;\n  }\n}"));
    assertThat(html, containsString("white-space:pre-wrap"));
    assertThat(html, containsString("word-break:break-all"));
    assertThat(filesContaining(SESSION_ID), empty());
  }
}
