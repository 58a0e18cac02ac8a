package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flowcheck.framework.model.PropertyRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Plain reads ask for the stored text with expand=0; getExpanded leaves the server's default
 * expansion on by sending no expand parameter. The stubs answer only the request they expect.
 */
class PropertyExpansionParameterTest {
  private static final String PATH = "/rest/v1.0/properties/sky";
  private static final PropertyRef SKY = PropertyRef.inProject("Default", "sky");

  /** A server of its own for each test, started before it and stopped after it. */
  @RegisterExtension
  final WireMockExtension wm =
      WireMockExtension.newInstance().options(options().dynamicPort().jettyAcceptors(1)).build();

  private EfClient client;

  @BeforeEach
  void start() {
    client =
        EfClient.connect(
            TestSettings.forServer("http://127.0.0.1:" + wm.getPort(), "ef.auth", "basic"));
  }

  private static String property(String value) {
    return "{\"property\":{\"propertyName\":\"sky\",\"value\":\"" + value + "\"}}";
  }

  @Test
  void getSendsExpandZeroAndGivesTheStoredText() {
    wm.stubFor(
        get(urlPathEqualTo(PATH))
            .withQueryParam("expand", equalTo("0"))
            .withQueryParam("projectName", equalTo("Default"))
            .willReturn(okJson(property("the sky is $[colour]"))));
    assertEquals("the sky is $[colour]", client.properties().get(SKY).value());
    wm.verify(
        exactly(1), getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("expand", equalTo("0")));
  }

  @Test
  void getExpandedSendsNoExpandParameter() {
    wm.stubFor(
        get(urlPathEqualTo(PATH))
            .withQueryParam("expand", absent())
            .withQueryParam("projectName", equalTo("Default"))
            .willReturn(okJson(property("the sky is blue"))));
    assertEquals("the sky is blue", client.properties().getExpanded(SKY).value());
    wm.verify(exactly(1), getRequestedFor(urlPathEqualTo(PATH)).withoutQueryParam("expand"));
  }

  @Test
  void theProjectListingSendsExpandZero() {
    wm.stubFor(
        get(urlPathEqualTo("/rest/v1.0/properties"))
            .withQueryParam("expand", equalTo("0"))
            .withQueryParam("projectName", equalTo("Default"))
            .willReturn(
                okJson(
                    "{\"propertySheet\":{\"propertySheetId\":\"s1\",\"property\":["
                        + "{\"propertyName\":\"sky\",\"value\":\"the sky is $[colour]\"}]}}")));
    assertEquals(
        "the sky is $[colour]",
        client.properties().list("Default").find("sky").orElseThrow().value());
  }
}
