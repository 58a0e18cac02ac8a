package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.flowcheck.framework.client.HandMadeAnswers.envelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flowcheck.framework.model.ServerStatus;
import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the run finds the server's version, against hand-made answers of both routes. */
class ServerVersionLookupTest {
  private static final String STATUS = "/rest/v1.0/server/status";
  private static final String VERSIONS = "/rest/v1.0/server/versions";
  private static final String NO_STATUS_VERSION =
      "getServerStatus: answered without serverVersion.version";

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance().options(options().dynamicPort().jettyAcceptors(1)).build();

  private EfClient client(String... settings) {
    String[] all = new String[settings.length + 2];
    all[0] = "ef.auth";
    all[1] = "basic";
    System.arraycopy(settings, 0, all, 2, settings.length);
    return EfClient.connect(TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), all));
  }

  private void answer(String path, int status, String body) {
    HandMadeAnswers.answerGet(wm, path, status, body);
  }

  @Test
  void theVersionInsideTheFullStatusIsUsedAndGetVersionsIsNotCalled() {
    answer(
        STATUS,
        200,
        "{\"serverStatus\":{\"serverState\":\"running\","
            + "\"serverVersion\":{\"version\":\"2024.06.0.178767\"}}}");
    try (EfClient client = client()) {
      assertEquals(
          new VersionLookup("2024.06.0.178767", "getServerStatus", List.of()),
          client.server().lookUpVersion());
      assertEquals("2024.06.0.178767", client.server().status().version());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(VERSIONS)));
    wm.verify(getRequestedFor(urlPathEqualTo(STATUS)).withoutQueryParam("serverStateOnly"));
  }

  @Test
  void aServerVersionBesideTheStatusObjectIsAcceptedToo() {
    answer(
        STATUS,
        200,
        "{\"serverStatus\":{\"serverState\":\"running\"},"
            + "\"serverVersion\":{\"version\":\"10.3.1.150000\"}}");
    try (EfClient client = client()) {
      ServerStatus status = client.server().status();
      assertEquals("running", status.serverState());
      assertEquals("10.3.1.150000", status.version());
      assertEquals("10.3.1.150000", client.server().statusVersion());
      assertEquals("getServerStatus", client.server().lookUpVersion().source());
    }
  }

  @Test
  void aStatusWithoutVersionFallsBackToGetVersionsAndSaysWhy() {
    answer(STATUS, 200, "{\"serverStatus\":{\"serverState\":\"running\"}}");
    answer(VERSIONS, 200, "{\"serverVersion\":{\"version\":\"2023.10.0.170000\"}}");
    try (EfClient client = client()) {
      VersionLookup lookup = client.server().lookUpVersion();
      assertEquals(
          new VersionLookup("2023.10.0.170000", "getVersions", List.of(NO_STATUS_VERSION)), lookup);
      assertEquals(
          "2023.10.0.170000 (from getVersions; " + NO_STATUS_VERSION + ")", lookup.describe());
      EfProtocolException e =
          assertThrows(EfProtocolException.class, () -> client.server().statusVersion());
      assertEquals(
          "EF protocol failure: getServerStatus answered without serverVersion.version",
          e.getMessage());
    }
  }

  @Test
  void withNeitherSourceTheVersionIsUnknownAndGetVersions501IsOnlyANote() {
    answer(STATUS, 200, "{\"serverStatus\":{\"serverState\":\"running\",\"serverVersion\":{}}}");
    answer(VERSIONS, 501, envelope("NotImplemented"));
    try (EfClient client = client()) {
      VersionLookup lookup = client.server().lookUpVersion();
      assertEquals(
          new VersionLookup(
              "unknown",
              "none",
              List.of(NO_STATUS_VERSION, "getVersions: HTTP 501 NotImplemented")),
          lookup);
      assertFalse(lookup.known());
      assertEquals(
          "unknown (" + NO_STATUS_VERSION + "; getVersions: HTTP 501 NotImplemented)",
          lookup.describe());
      // the plain call still reports the refusal, for the scenario about that route
      EfServerFailureException e =
          assertThrows(EfServerFailureException.class, () -> client.server().versions());
      assertEquals(501, e.status());
    }
  }

  @Test
  void aStatusAnswered404IsANoteAndGetVersionsIsAsked() {
    wm.stubFor(
        get(urlPathEqualTo(STATUS))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html>Not Found</html>")));
    answer(VERSIONS, 200, "{\"serverVersion\":{\"version\":\"2024.06.0.1\"}}");
    try (EfClient client = client()) {
      assertEquals(
          new VersionLookup("2024.06.0.1", "getVersions", List.of("getServerStatus: HTTP 404")),
          client.server().lookUpVersion());
    }
  }

  @Test
  void aGetVersionsAnswerWithoutVersionIsANote() {
    answer(STATUS, 404, envelope("NotImplemented"));
    answer(VERSIONS, 200, "{\"somethingElse\":{}}");
    try (EfClient client = client()) {
      assertEquals(
          List.of(
              "getServerStatus: HTTP 404 NotImplemented",
              "getVersions: answered without serverVersion.version"),
          client.server().lookUpVersion().notes());
    }
  }

  @Test
  void aStatusThatFailsOtherwiseStopsTheLookup() {
    answer(STATUS, 500, envelope("InternalError"));
    try (EfClient client = client("ef.retries", "0")) {
      assertThrows(EfServerFailureException.class, () -> client.server().lookUpVersion());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(VERSIONS)));
  }

  @Test
  void aLoginAnswered404IsNotMistakenForAMissingStatusRoute() {
    wm.stubFor(
        post(urlPathEqualTo("/rest/v1.0/sessions"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope("NotImplemented"))));
    try (EfClient client =
        EfClient.connect(
            TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), "ef.auth", "session"))) {
      EfApiException e = assertThrows(EfApiException.class, () -> client.server().lookUpVersion());
      assertEquals(Operation.LOGIN, e.operation());
    }
  }

  @Test
  void getVersionsRefusingThePasswordStopsTheLookupWithTheSettingsToFix() {
    answer(STATUS, 404, envelope("NotImplemented"));
    answer(VERSIONS, 401, envelope("NoCredentials"));
    try (EfClient client = client()) {
      EfCredentialsRefusedException e =
          assertThrows(EfCredentialsRefusedException.class, () -> client.server().lookUpVersion());
      assertEquals(
          "EF credentials refused: the server refused user 'admin' with the configured "
              + "password (NoCredentials, HTTP 401 from getVersions): check ef.password (or "
              + "EF_PASSWORD) and ef.user",
          e.getMessage());
    }
  }

  @Test
  void aLoginRefusedWithInvalidCredentialsIsARefusedPasswordWhateverTheStatus() {
    wm.stubFor(
        post(urlPathEqualTo("/rest/v1.0/sessions"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(envelope("InvalidCredentials"))));
    try (EfClient client =
        EfClient.connect(
            TestSettings.forServer(
                "http://127.0.0.1:" + wm.getPort(), "ef.auth", "session", "ef.user", "deployer"))) {
      EfCredentialsRefusedException e =
          assertThrows(EfCredentialsRefusedException.class, () -> client.server().lookUpVersion());
      assertEquals(
          "EF credentials refused: the server refused user 'deployer' with the configured "
              + "password (InvalidCredentials, HTTP 400 from login): check ef.password (or "
              + "EF_PASSWORD) and ef.user",
          e.getMessage());
    }
  }

  @Test
  void anUnreachableServerStillStopsTheLookup() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (EfClient client =
        EfClient.connect(
            TestSettings.forServer(
                "http://127.0.0.1:" + closedPort, "ef.auth", "basic", "ef.retries", "0"))) {
      assertThrows(EfUnreachableException.class, () -> client.server().lookUpVersion());
    }
  }
}
