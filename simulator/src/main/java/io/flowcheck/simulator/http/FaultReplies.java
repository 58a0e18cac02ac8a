package io.flowcheck.simulator.http;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.flowcheck.simulator.faults.FaultRule;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a request gets instead of (or on top of) its answer when a {@link FaultRule} hits it. */
final class FaultReplies {
  /** Cut off mid-object, the way a dropped proxy connection leaves a body. */
  static final String TRUNCATED_JSON = "{\"property\":{\"propertyName\":\"x\",";

  // The codes a real server (or the proxy in front of it) would most likely send; guessed.
  private static final Map<Integer, String> CODES =
      Map.of(
          500, "InternalError",
          502, "BadGateway",
          503, "ServiceUnavailable",
          504, "GatewayTimeout",
          429, "TooManyRequests");

  private FaultReplies() {}

  /** The answer of a fault that replaces processing (every type except DELAY). */
  static ResponseDefinition instead(FaultRule rule) {
    return switch (rule.type()) {
      case CONNECTION_RESET ->
          new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build();
      case EMPTY_REPLY -> new ResponseDefinitionBuilder().withFault(Fault.EMPTY_RESPONSE).build();
      case MALFORMED_JSON -> raw(200, "application/json; charset=UTF-8", TRUNCATED_JSON);
      case SERVER_ERROR -> serverError(rule.status(), rule.envelope());
      case DELAY -> throw new IllegalArgumentException("DELAY does not replace the answer");
    };
  }

  /** The normal answer, held back by the rule's delay (WireMock sleeps before writing it). */
  static ResponseDefinition delayed(ResponseDefinition answer, FaultRule rule) {
    return ResponseDefinitionBuilder.like(answer)
        .withFixedDelay((int) Math.min(Integer.MAX_VALUE, rule.delay().toMillis()))
        .build();
  }

  static String codeFor(int status) {
    return CODES.getOrDefault(status, status >= 500 ? "InternalError" : "InvalidArgument");
  }

  private static ResponseDefinition serverError(int status, boolean envelope) {
    if (envelope) {
      return Replies.json(
          status, Replies.envelope("Injected fault: HTTP " + status, codeFor(status)));
    }
    // What a proxy or servlet container in front of the server says: an HTML page, no envelope.
    return raw(
        status,
        "text/html; charset=UTF-8",
        "<html><body><h1>HTTP " + status + "</h1></body></html>");
  }

  private static ResponseDefinition raw(int status, String contentType, String body) {
    return new ResponseDefinitionBuilder()
        .withStatus(status)
        .withHeader("Content-Type", contentType)
        .withBody(body.getBytes(StandardCharsets.UTF_8))
        .build();
  }
}
