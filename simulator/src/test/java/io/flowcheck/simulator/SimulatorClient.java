package io.flowcheck.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A raw java.net.http client for the tests, independent of any framework code. It trusts only the
 * simulator's own certificate, with full verification, so every test also proves HTTPS works.
 */
final class SimulatorClient {
  private final HttpClient http;
  private final String baseUrl;
  private final List<String> headers;

  private SimulatorClient(HttpClient http, String baseUrl, List<String> headers) {
    this.http = http;
    this.baseUrl = baseUrl;
    this.headers = List.copyOf(headers);
  }

  /** A client without credentials. */
  static SimulatorClient of(EfSimulator sim) {
    HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
    if (sim.isHttps()) {
      builder.sslContext(sslContextTrusting(sim));
    }
    return new SimulatorClient(builder.build(), sim.baseUrl(), List.of());
  }

  static SSLContext sslContextTrusting(EfSimulator sim) {
    try {
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(sim.trustStore());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same client, sending HTTP Basic credentials on every call. */
  SimulatorClient basic(String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return header("Authorization", "Basic " + token);
  }

  SimulatorClient asAdmin() {
    return basic("admin", "changeme");
  }

  SimulatorClient header(String name, String value) {
    List<String> more = new ArrayList<>(headers);
    more.add(name);
    more.add(value);
    return new SimulatorClient(http, baseUrl, more);
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  Reply post(String pathAndQuery) {
    return send("POST", pathAndQuery, null);
  }

  Reply post(String pathAndQuery, String jsonBody) {
    return send("POST", pathAndQuery, jsonBody);
  }

  Reply put(String pathAndQuery) {
    return send("PUT", pathAndQuery, null);
  }

  Reply put(String pathAndQuery, String jsonBody) {
    return send("PUT", pathAndQuery, jsonBody);
  }

  Reply delete(String pathAndQuery) {
    return send("DELETE", pathAndQuery, null);
  }

  /** pathAndQuery is appended to the base URL as is, so the caller does any URL-encoding. */
  Reply send(String method, String pathAndQuery, String jsonBody) {
    return sendTo(URI.create(baseUrl + pathAndQuery), method, jsonBody);
  }

  /** For routes outside the REST API, such as /__admin/ef/state. */
  Reply sendAbsolute(String url, String method) {
    return sendTo(URI.create(url), method, null);
  }

  Reply sendAbsolute(String url, String method, String jsonBody) {
    return sendTo(URI.create(url), method, jsonBody);
  }

  private Reply sendTo(URI uri, String method, String jsonBody) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Accept", "application/json")
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    return Reply.of(http, request.build());
  }
}
