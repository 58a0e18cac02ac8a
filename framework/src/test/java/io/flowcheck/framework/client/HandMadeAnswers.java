package io.flowcheck.framework.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit.Stubbing;

/** Answers the client tests stub on WireMock by hand, shaped as the API reference gives them. */
final class HandMadeAnswers {
  private HandMadeAnswers() {}

  /** An error envelope with all four keys and this {@code code}. */
  static String envelope(String code) {
    return "{\"error\":{\"where\":\"\",\"message\":\"m\",\"details\":\"\",\"code\":\""
        + code
        + "\"}}";
  }

  /** {@code GET path} answers {@code status} with this JSON body. */
  static void answerGet(Stubbing wm, String path, int status, String body) {
    wm.stubFor(
        get(urlPathEqualTo(path))
            .willReturn(
                aResponse()
                    .withStatus(status)
                    .withHeader("Content-Type", "application/json")
                    .withBody(body)));
  }
}
