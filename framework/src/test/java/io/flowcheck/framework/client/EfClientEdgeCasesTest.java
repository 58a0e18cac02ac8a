package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.model.PropertyRef;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client against hand-made WireMock stubs for what a real server rarely does on demand. */
class EfClientEdgeCasesTest {
  private static final String PROPERTY_PATH = "/rest/v1.0/properties/P";
  private static final PropertyRef P = PropertyRef.inProject("Default", "P");
  private static final String PROPERTY_JSON =
      "{\"property\":{\"propertyName\":\"P\",\"value\":\"v\",\"propertyId\":\"1\"}}";

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(options().dynamicPort().dynamicHttpsPort().jettyAcceptors(1))
          .build();

  private EfClient client(String... settings) {
    return EfClient.connect(TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), settings));
  }

  private void loginAnswers(String... sessionIds) {
    wm.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlPathEqualTo("/rest/v1.0/sessions"))
            .willReturn(okJson("{}")));
    String state = Scenario.STARTED;
    for (int i = 0; i < sessionIds.length; i++) {
      String next = "login-" + (i + 1);
      wm.stubFor(
          post(urlPathEqualTo("/rest/v1.0/sessions"))
              .inScenario("logins")
              .whenScenarioStateIs(state)
              .willSetStateTo(next)
              .willReturn(
                  okJson("{\"sessionId\":\"" + sessionIds[i] + "\",\"userName\":\"admin\"}")));
      state = next;
    }
  }

  private static String envelope(String code, String message) {
    return "{\"error\":{\"where\":\"\",\"message\":\""
        + message
        + "\",\"details\":\"\",\"code\":\""
        + code
        + "\"}}";
  }

  @Test
  void anExpiredSessionIsRenewedOnceAndTheCallRetried() {
    loginAnswers("SESSIONAAAA1", "SESSIONBBBB2");
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .withHeader("sessionId", equalTo("SESSIONAAAA1"))
            .willReturn(
                aResponse().withStatus(401).withBody(envelope("NoCredentials", "expired"))));
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .withHeader("sessionId", equalTo("SESSIONBBBB2"))
            .willReturn(okJson(PROPERTY_JSON)));
    try (EfClient client = client()) {
      assertEquals("v", client.properties().get(P).value());
      assertEquals(2, client.loginCount());
    }
    wm.verify(exactly(2), postRequestedFor(urlPathEqualTo("/rest/v1.0/sessions")));
  }

  @Test
  void aSessionRefusedAgainAfterRenewalIsReportedNotLoopedOn() {
    loginAnswers("SESSIONAAAA1", "SESSIONBBBB2", "SESSIONCCCC3");
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(aResponse().withStatus(401).withBody(envelope("NoCredentials", "no"))));
    try (EfClient client = client()) {
      EfApiException e = assertThrows(EfApiException.class, () -> client.properties().get(P));
      assertEquals("NoCredentials", e.code());
      assertEquals(401, e.status());
      assertEquals(2, client.loginCount());
    }
  }

  @Test
  void basicAuthIsSentPreemptivelyOnTheFirstRequest() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .withBasicAuth("admin", TestSettings.PASSWORD)
            .willReturn(okJson(PROPERTY_JSON)));
    try (EfClient client = client("ef.auth", "basic")) {
      assertEquals("v", client.properties().get(P).value());
    }
    wm.verify(exactly(1), getRequestedFor(urlPathEqualTo(PROPERTY_PATH)));
    wm.verify(exactly(0), postRequestedFor(urlPathEqualTo("/rest/v1.0/sessions")));
  }

  @Test
  void anErrorEnvelopeBecomesATypedErrorWithCodeStatusAndMessage() {
    wm.stubFor(
        any(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withBody(envelope("NoSuchProperty", "Property 'P' not found"))));
    try (EfClient client = client("ef.auth", "basic")) {
      EfApiException e = assertThrows(EfApiException.class, () -> client.properties().get(P));
      assertEquals("NoSuchProperty", e.code());
      assertEquals(404, e.status());
      assertEquals(
          "NoSuchProperty (HTTP 404) from getProperty: Property 'P' not found", e.getMessage());
    }
  }

  @Test
  void strictTlsRefusesASelfSignedCertificateAndNamesBothFixes() {
    EfSettings strict =
        TestSettings.forServer("https://localhost:" + wm.getHttpsPort(), "ef.auth", "basic");
    try (EfClient client = EfClient.connect(strict)) {
      EfTlsException e = assertThrows(EfTlsException.class, () -> client.properties().get(P));
      assertThat(
          e.getMessage(),
          startsWith(
              "EF TLS failure: the certificate of localhost:"
                  + wm.getHttpsPort()
                  + " is not trusted ("));
      assertThat(e.getMessage(), containsString("set ef.tls=relaxed"));
      assertThat(e.getMessage(), containsString("ef.tls.truststore"));
    }
    EfTlsException probe = assertThrows(EfTlsException.class, () -> ServerProbe.check(strict));
    assertThat(probe.getMessage(), containsString("set ef.tls=relaxed"));
  }

  @Test
  void relaxedTlsAcceptsASelfSignedCertificate() {
    wm.stubFor(get(urlPathEqualTo(PROPERTY_PATH)).willReturn(okJson(PROPERTY_JSON)));
    EfSettings relaxed =
        TestSettings.forServer(
            "https://localhost:" + wm.getHttpsPort(), "ef.auth", "basic", "ef.tls", "relaxed");
    ServerProbe.check(relaxed);
    try (EfClient client = EfClient.connect(relaxed)) {
      assertEquals("v", client.properties().get(P).value());
    }
  }

  @Test
  void htmlInsteadOfJsonIsAProtocolFailure() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Login page</body></html>")));
    try (EfClient client = client("ef.auth", "basic")) {
      EfProtocolException e =
          assertThrows(EfProtocolException.class, () -> client.properties().get(P));
      assertThat(
          e.getMessage(),
          startsWith(
              "EF protocol failure: getProperty (HTTP 200) answered 'text/html' instead of JSON: '<html>"));
    }
  }

  @Test
  void aTruncatedJsonBodyIsAProtocolFailure() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"property\":{\"propertyName\":\"P\",")));
    try (EfClient client = client("ef.auth", "basic")) {
      EfProtocolException e =
          assertThrows(EfProtocolException.class, () -> client.properties().get(P));
      assertThat(e.getMessage(), containsString("answered malformed or truncated JSON"));
    }
  }

  @Test
  void aRedirectIsReportedAndNotFollowed() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader(
                        "Location", "https://elsewhere.example.com/rest/v1.0/properties/P")));
    try (EfClient client = client("ef.auth", "basic")) {
      EfProtocolException e =
          assertThrows(EfProtocolException.class, () -> client.properties().get(P));
      assertThat(
          e.getMessage(),
          containsString(
              "getProperty was redirected (HTTP 302) to https://elsewhere.example.com/"));
      assertThat(e.getMessage(), containsString("set ef.server"));
    }
  }

  @Test
  void a500WithAnEnvelopeIsAServerFailureCarryingTheCode() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(aResponse().withStatus(500).withBody(envelope("InternalError", "boom"))));
    try (EfClient client = client("ef.auth", "basic")) {
      EfServerFailureException e =
          assertThrows(EfServerFailureException.class, () -> client.properties().get(P));
      assertEquals(
          "EF server failure: HTTP 500 from getProperty: InternalError: boom", e.getMessage());
    }
  }

  @Test
  void a503WithoutEnvelopeIsRetriedForReadsAndReportedWhenItPersists() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(aResponse().withStatus(503).withBody("busy")));
    List<CallEvent> seen = new CopyOnWriteArrayList<>();
    try (EfClient client = client("ef.auth", "basic", "ef.retries", "2")) {
      EfServerFailureException e =
          assertThrows(
              EfServerFailureException.class,
              () -> client.observedBy(seen::add).properties().get(P));
      assertThat(e.getMessage(), equalTo503Message());
    }
    assertEquals(1, seen.size(), "one event for the one call");
    assertEquals(3, seen.get(0).exchanges().size());
    assertEquals(3, seen.get(0).attempts());
    assertEquals(3, seen.get(0).finalExchange().attempt());
    assertEquals(
        false, seen.get(0).savedByRetry(), "a call that failed on every try was not saved");
  }

  private static org.hamcrest.Matcher<String> equalTo503Message() {
    return org.hamcrest.Matchers.equalTo(
        "EF server failure: HTTP 503 from getProperty: no ElectricFlow error envelope: 'busy'");
  }

  @Test
  void aReadThatFailsOnceWith503PassesOnRetry() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .inScenario("flaky")
            .whenScenarioStateIs(Scenario.STARTED)
            .willSetStateTo("ok")
            .willReturn(aResponse().withStatus(503)));
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .inScenario("flaky")
            .whenScenarioStateIs("ok")
            .willReturn(okJson(PROPERTY_JSON)));
    List<CallEvent> seen = new CopyOnWriteArrayList<>();
    try (EfClient client = client("ef.auth", "basic")) {
      assertEquals("v", client.observedBy(seen::add).properties().get(P).value());
    }
    assertEquals(1, seen.size(), "one event for the one call");
    assertEquals(2, seen.get(0).finalExchange().attempt());
    assertEquals(1, seen.get(0).retries());
    assertEquals(true, seen.get(0).savedByRetry());
  }

  @Test
  void writesAreNeverRetried() {
    wm.stubFor(any(urlPathEqualTo(PROPERTY_PATH)).willReturn(aResponse().withStatus(503)));
    try (EfClient client = client("ef.auth", "basic", "ef.retries", "3")) {
      assertThrows(EfServerFailureException.class, () -> client.properties().set(P, "x"));
    }
    wm.verify(
        exactly(1),
        com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(
            urlPathEqualTo(PROPERTY_PATH)));
  }

  @Test
  void aConnectionResetIsReportedAsUnreachable() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (EfClient client = client("ef.auth", "basic", "ef.retries", "0")) {
      EfUnreachableException e =
          assertThrows(EfUnreachableException.class, () -> client.properties().get(P));
      assertThat(e.getMessage(), startsWith("EF unreachable: "));
      assertThat(e.getMessage(), containsString("127.0.0.1:" + wm.getPort()));
    }
  }

  @Test
  void anEmptyReplyIsReportedAsUnreachable() {
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));
    try (EfClient client = client("ef.auth", "basic", "ef.retries", "0")) {
      EfUnreachableException e =
          assertThrows(EfUnreachableException.class, () -> client.properties().get(P));
      assertThat(
          e.getMessage(),
          containsString("closed the connection without answering GET /properties/{propertyName}"));
    }
  }

  @Test
  void aSlowServerFailsWithinTheReadTimeoutPlusAMargin() {
    // The bound only has to tell "gave up at the read timeout" from "waited for the answer": the
    // answer
    // comes 20 s after the request, and the bound allows the 400 ms timeout plus seconds of slack,
    // because a loaded 2-core CI machine can stall this thread for seconds. Both stay far apart.
    long slowAnswerMillis = 20_000;
    long boundMillis = 400 + 8_000;
    wm.stubFor(
        get(urlPathEqualTo(PROPERTY_PATH))
            .willReturn(okJson(PROPERTY_JSON).withFixedDelay((int) slowAnswerMillis)));
    // Retries stay on: a read timeout is not a connection fault, so it must not be retried.
    try (EfClient client =
        client("ef.auth", "basic", "ef.retries", "2", "ef.timeout.read", "400ms")) {
      long start = System.nanoTime();
      EfUnreachableException e =
          assertThrows(EfUnreachableException.class, () -> client.properties().get(P));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(e.getMessage(), containsString("within 400ms (ef.timeout.read)"));
      assertThat("milliseconds until the client gave up", millis, lessThan(boundMillis));
      wm.verify(exactly(1), getRequestedFor(urlPathEqualTo(PROPERTY_PATH)));
    }
  }

  @Test
  void anUnreachableServerIsNamedByHostAndPort() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    EfSettings settings =
        TestSettings.forServer(
            "http://127.0.0.1:" + closedPort, "ef.auth", "basic", "ef.retries", "0");
    EfUnreachableException probe =
        assertThrows(EfUnreachableException.class, () -> ServerProbe.check(settings));
    assertThat(
        probe.getMessage(),
        startsWith("EF unreachable: cannot connect to 127.0.0.1:" + closedPort + " ("));
    assertThat(probe.getMessage(), containsString("check ef.server"));
    try (EfClient client = EfClient.connect(settings)) {
      EfUnreachableException e =
          assertThrows(EfUnreachableException.class, () -> client.properties().get(P));
      assertThat(
          e.getMessage(), startsWith("EF unreachable: cannot connect to 127.0.0.1:" + closedPort));
    }
  }
}
