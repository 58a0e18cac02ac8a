package io.flowcheck.runner.server;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.TlsSupport;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steers a flowcheck simulator through its admin routes under {@code /__admin/ef/}: expire every
 * session, inject and clear faults, read its whole state. Plain HTTP like any client, with the
 * run's TLS settings, so it works the same for the embedded simulator and for one started on its
 * own. The admin routes need no ElectricFlow credentials, so nothing secret is sent.
 */
public final class SimulatorControl {
  static final String ADMIN = "/__admin/ef";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI root;
  private final HttpClient http;
  private final java.time.Duration timeout;

  /** For the simulator at {@code settings.server()}, e.g. {@code https://127.0.0.1:8443}. */
  public SimulatorControl(EfSettings settings) {
    this.root = settings.server();
    this.timeout = settings.readTimeout();
    HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(settings.connectTimeout());
    if ("https".equals(root.getScheme())) {
      b.sslContext(TlsSupport.sslContext(settings));
    }
    this.http = b.build();
  }

  /** Every session on the server expires: the next call with one is refused as expired. */
  public void expireSessions() {
    send("POST", "/sessions/expire", "");
  }

  /** Adds a fault rule; returns its id for {@link #clearFault}. */
  public String injectFault(Fault fault) {
    JsonNode answer = send("POST", "/faults", fault.toJson());
    String id = answer.path("id").asString("");
    if (id.isEmpty()) {
      throw new IllegalStateException(
          "Test setup problem: the simulator took the fault rule but named no id");
    }
    return id;
  }

  public void clearFault(String id) {
    send("DELETE", "/faults/" + URLEncoder.encode(id, StandardCharsets.UTF_8), null);
  }

  /** The whole state as the simulator dumps it: {@code {"projects":[...],"artifacts":[...]}}. */
  public JsonNode state() {
    return send("GET", "/state", null);
  }

  /** The names of the state's projects and artifacts, projects first. */
  public List<String> projectAndArtifactNames() {
    JsonNode state = state();
    List<String> names = new ArrayList<>();
    state.path("projects").forEach(p -> names.add(p.path("projectName").asString("")));
    state.path("artifacts").forEach(a -> names.add(a.path("artifactName").asString("")));
    return names;
  }

  /**
   * The files the simulator keeps for a published version ({@code group:key:version}): {@code
   * {"files":[{"path","size","sha256"}]}}, in upload order.
   */
  public JsonNode publishedFiles(String artifactVersionName) {
    return send(
        "GET",
        "/artifactVersions/"
            + URLEncoder.encode(artifactVersionName, StandardCharsets.UTF_8).replace("+", "%20")
            + "/files",
        null);
  }

  /** Every login attempt the simulator saw: user name, how, and whether it was accepted. */
  public JsonNode logins() {
    return send("GET", "/logins", null);
  }

  private JsonNode send(String method, String route, String body) {
    String what = method + " " + ADMIN + route;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(root.resolve(ADMIN + route))
            .timeout(timeout)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (body != null) {
      request.header("Content-Type", "application/json; charset=UTF-8");
    }
    HttpResponse<String> answer;
    try {
      answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(
          "Test setup problem: the simulator's admin route "
              + what
              + " did not answer ("
              + e.getClass().getSimpleName()
              + "); is "
              + root
              + " a flowcheck simulator?");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Test setup problem: interrupted while calling " + what);
    }
    if (answer.statusCode() / 100 != 2) {
      throw new IllegalStateException(
          "Test setup problem: the simulator's admin route "
              + what
              + " answered HTTP "
              + answer.statusCode()
              + ": "
              + oneLine(answer.body()));
    }
    String text = answer.body();
    try {
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Test setup problem: the simulator's admin route "
              + what
              + " answered no JSON: "
              + oneLine(text));
    }
  }

  private static String oneLine(String text) {
    String line = text == null ? "" : text.replaceAll("\\s+", " ").trim();
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
