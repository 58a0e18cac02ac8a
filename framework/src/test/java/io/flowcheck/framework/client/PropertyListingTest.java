package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.flowcheck.framework.client.HandMadeAnswers.envelope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flowcheck.framework.model.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How a project's properties are listed, against hand-made answers: the one-call getProperties (its
 * route is a guess), else the two calls a public client makes (EC-Kubernetes EFClient.groovy): read
 * the project for its propertySheetId, then {@code GET /propertySheets/{id}}.
 */
class PropertyListingTest {
  private static final String LISTING = "/rest/v1.0/properties";
  private static final String PROJECT = "/rest/v1.0/projects/Release%20Train";
  private static final String SHEET = "/rest/v1.0/propertySheets/sheet-7";
  private static final String SHEET_ANSWER =
      "{\"propertySheet\":{\"propertySheetId\":\"sheet-7\","
          + "\"property\":[{\"propertyName\":\"colour\",\"value\":\"$[/myProject/blue]\"}]}}";

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance().options(options().dynamicPort().jettyAcceptors(1)).build();

  private EfClient client() {
    return EfClient.connect(
        TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), "ef.auth", "basic"));
  }

  private void answer(String path, int status, String body) {
    HandMadeAnswers.answerGet(wm, path, status, body);
  }

  private void answerTheTwoCalls() {
    answer(
        PROJECT,
        200,
        "{\"project\":{\"projectName\":\"Release Train\",\"propertySheetId\":\"sheet-7\"}}");
    answer(SHEET, 200, SHEET_ANSWER);
  }

  @Test
  void withoutTheOneCallRouteTheListingTakesTheTwoCallsAndKeepsValuesAsStored() {
    answer(LISTING, 501, envelope("NotImplemented"));
    answerTheTwoCalls();
    try (EfClient client = client()) {
      PropertySheet sheet = client.properties().list("Release Train");
      assertEquals("sheet-7", sheet.propertySheetId());
      assertEquals("$[/myProject/blue]", sheet.find("colour").orElseThrow().value());
    }
    wm.verify(getRequestedFor(urlPathEqualTo(PROJECT)));
    wm.verify(getRequestedFor(urlPathEqualTo(SHEET)).withQueryParam("expand", equalTo("0")));
  }

  @Test
  void aPlain404WithoutTheEnvelopeIsAMissingRouteToo() {
    wm.stubFor(get(urlPathEqualTo(LISTING)).willReturn(aResponse().withStatus(404)));
    answerTheTwoCalls();
    try (EfClient client = client()) {
      assertEquals("sheet-7", client.properties().list("Release Train").propertySheetId());
    }
  }

  @Test
  void whereTheOneCallAnswersItIsTheOnlyCall() {
    answer(LISTING, 200, SHEET_ANSWER);
    try (EfClient client = client()) {
      assertEquals("sheet-7", client.properties().list("Release Train").propertySheetId());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(PROJECT)));
    wm.verify(getRequestedFor(urlPathEqualTo(LISTING)).withQueryParam("expand", equalTo("0")));
  }

  /** A missing project is the server's answer, not a missing route: no second attempt hides it. */
  @Test
  void aRefusalOfTheOneCallIsThrownAsItCame() {
    answer(LISTING, 404, envelope("NoSuchProject"));
    answerTheTwoCalls();
    try (EfClient client = client()) {
      EfApiException refused =
          assertThrows(EfApiException.class, () -> client.properties().list("Release Train"));
      assertEquals("NoSuchProject", refused.code());
      assertEquals(Operation.GET_PROPERTIES, refused.operation());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(PROJECT)));
  }

  /** The scenario that checks the one-call route's guess must see its real answer. */
  @Test
  void theOneCallAloneNeverFallsBack() {
    answer(LISTING, 501, envelope("NotImplemented"));
    answerTheTwoCalls();
    try (EfClient client = client()) {
      EfApiException missing =
          assertThrows(
              EfApiException.class, () -> client.properties().listInOneCall("Release Train"));
      assertEquals("NotImplemented", missing.code());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(PROJECT)));
  }

  @Test
  void theTwoCallsCanBeAskedForDirectly() {
    answerTheTwoCalls();
    try (EfClient client = client()) {
      PropertySheet sheet = client.properties().listInTwoCalls("Release Train");
      assertEquals("colour", sheet.properties().get(0).propertyName());
    }
    wm.verify(exactly(0), getRequestedFor(urlPathEqualTo(LISTING)));
  }

  @Test
  void aProjectWithoutPropertySheetIdIsAProtocolFailure() {
    answer(PROJECT, 200, "{\"project\":{\"projectName\":\"Release Train\"}}");
    try (EfClient client = client()) {
      EfProtocolException e =
          assertThrows(
              EfProtocolException.class, () -> client.properties().listInTwoCalls("Release Train"));
      assertEquals(
          "EF protocol failure: getProject answered without propertySheetId", e.getMessage());
    }
  }
}
