package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.SecretMasker;
import io.restassured.response.Response;
import tools.jackson.databind.JsonNode;

/** Reads one HTTP answer: JSON on success, the error envelope as a typed exception otherwise. */
final class Answers {
  private static final int SNIPPET = 80;

  private final SecretMasker masker;

  Answers(SecretMasker masker) {
    this.masker = masker;
  }

  JsonNode read(Operation op, Response response, EfSettings settings) {
    int status = response.getStatusCode();
    String text = response.getBody().asString();
    if (status >= 300 && status < 400) {
      String location = response.getHeader("Location");
      throw new EfProtocolException(
          op,
          status,
          op.apiName()
              + " was redirected (HTTP "
              + status
              + ") to "
              + (location == null ? "an unnamed place" : masker.mask(location))
              + ": set ef.server to the address the server really answers on");
    }
    JsonNode json = parse(op, status, response.getContentType(), text);
    if (status >= 200 && status < 300) {
      if (json == null) {
        return Json.emptyObject();
      }
      return json;
    }
    JsonNode error = json == null ? null : json.get("error");
    String code = error == null ? "" : error.path("code").asString("");
    String message = error == null ? "" : error.path("message").asString("");
    if (status >= 500) {
      throw new EfServerFailureException(
          op,
          status,
          code,
          error == null ? "no ElectricFlow error envelope" + snippet(text) : message);
    }
    if (error == null) {
      throw new EfProtocolException(
          op,
          status,
          op.apiName()
              + " answered HTTP "
              + status
              + " without an ElectricFlow error envelope"
              + snippet(text));
    }
    throw new EfApiException(
        op,
        status,
        code,
        message,
        error.path("where").asString(""),
        error.path("details").asString(""));
  }

  /** Null for an empty body; a protocol failure for anything that is not JSON. */
  private JsonNode parse(Operation op, int status, String contentType, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Json.read(text);
    } catch (RuntimeException e) {
      if (status >= 500) {
        return null; // a 5xx without JSON is still a server failure, reported as such
      }
      String kind =
          contentType != null && !contentType.isBlank() && !contentType.contains("json")
              ? "'" + contentType + "' instead of JSON"
              : "malformed or truncated JSON";
      throw new EfProtocolException(
          op, status, op.apiName() + " (HTTP " + status + ") answered " + kind + snippet(text));
    }
  }

  private String snippet(String text) {
    if (text == null || text.isBlank()) {
      return " (empty body)";
    }
    String oneLine = masker.mask(text).replaceAll("\\s+", " ").trim();
    return ": '"
        + (oneLine.length() > SNIPPET ? oneLine.substring(0, SNIPPET) + "..." : oneLine)
        + "'";
  }
}
