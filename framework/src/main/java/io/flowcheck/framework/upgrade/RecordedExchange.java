package io.flowcheck.framework.upgrade;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One normalized exchange as a baseline holds it. {@code errorCode} is the ElectricFlow error code
 * of a refusal ({@code {"error":{"code":...}}}), kept apart so a changed code reads as one finding.
 *
 * @param request the normalized JSON request body, or null
 * @param response the normalized JSON answer, a string node for a non-JSON answer, or null
 */
public record RecordedExchange(
    String operation,
    String method,
    String target,
    int status,
    String errorCode,
    JsonNode request,
    JsonNode response) {

  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** "getProperty GET /properties/colour-&lt;unique&gt;?..." for messages and headings. */
  public String title() {
    return operation + " " + method + " " + target;
  }

  public ObjectNode toJson() {
    ObjectNode o = JsonTree.object();
    o.put("operation", operation);
    o.put("method", method);
    o.put("target", target);
    o.put("status", status);
    if (errorCode != null) {
      o.put("errorCode", errorCode);
    }
    if (request != null) {
      o.set("request", request);
    }
    if (response != null) {
      o.set("response", response);
    }
    return o;
  }

  public static RecordedExchange fromJson(JsonNode o) {
    return new RecordedExchange(
        o.path("operation").asString(),
        o.path("method").asString(),
        o.path("target").asString(),
        o.path("status").asInt(),
        o.hasNonNull("errorCode") ? o.get("errorCode").asString() : null,
        o.get("request"),
        o.get("response"));
  }

  /** The code of an ElectricFlow error envelope, or null when the answer is not one. */
  static String errorCodeOf(JsonNode response) {
    if (response == null || !response.isObject()) {
      return null;
    }
    JsonNode code = response.path("error").path("code");
    return code.isString() ? code.asString() : null;
  }
}
