package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One response, with JSON helpers (Jackson 3, see TestJson). */
record Reply(int status, String body, HttpHeaders headers) {
  static final String NO_CREDENTIALS_BODY =
      "{\"error\":{\"where\":\"\",\"message\":\"No credentials/session found in this request\",\"details\":\"\",\"code\":\"NoCredentials\"}}";

  /** Sends {@code request} and reads the answer as text; I/O trouble is unchecked here. */
  static Reply of(HttpClient http, HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode json() {
    return TestJson.node(body);
  }

  /** The text at a JSON pointer such as "/property/value", or null when absent. */
  String at(String pointer) {
    JsonNode node = json().at(pointer);
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }

  boolean has(String pointer) {
    return !json().at(pointer).isMissingNode();
  }

  /**
   * Asserts the status and that the body is a full error envelope with this code; returns the
   * message.
   */
  String assertError(int expectedStatus, String expectedCode) {
    assertEquals(expectedStatus, status, () -> "status of " + body);
    JsonNode error = json().get("error");
    assertTrue(error != null && error.isObject(), () -> "no error object in " + body);
    for (String key : List.of("where", "message", "details", "code")) {
      assertTrue(
          error.has(key) && error.get(key).isString(),
          () -> "envelope lacks '" + key + "': " + body);
    }
    assertEquals(4, error.size(), () -> "envelope has extra keys: " + body);
    assertEquals(expectedCode, error.get("code").asString(), () -> "code in " + body);
    return error.get("message").asString();
  }

  Reply assertOk() {
    assertEquals(200, status, () -> "expected 200 but got " + status + ": " + body);
    return this;
  }
}
