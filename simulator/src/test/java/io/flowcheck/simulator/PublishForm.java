package io.flowcheck.simulator;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A multipart publish request as the CI clients send it, built part by part; file parts stream from
 * their source, so a test can send more bytes than the heap holds.
 */
final class PublishForm {
  private static final String BOUNDARY = "===flowcheck-test-boundary===";

  private final List<BodyPublisher> parts = new ArrayList<>();
  private final List<String> headers = new ArrayList<>();

  /** The fields every CI client sends, minus the session. */
  static PublishForm of(String artifactName, String version, String repository) {
    return new PublishForm()
        .field("artifactName", artifactName)
        .field("artifactVersionVersion", version)
        .field("repositoryName", repository)
        .field("compress", "1");
  }

  PublishForm field(String name, String value) {
    parts.add(
        text(
            "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + value
                + "\r\n"));
    return this;
  }

  PublishForm file(String fieldName, String fileName, byte[] content) {
    return file(fieldName, fileName, () -> new java.io.ByteArrayInputStream(content));
  }

  PublishForm file(String fieldName, String fileName, Supplier<InputStream> content) {
    parts.add(
        text(
            "--"
                + BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\""
                + fieldName
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
    parts.add(BodyPublishers.ofInputStream(content));
    parts.add(text("\r\n"));
    return this;
  }

  PublishForm header(String name, String value) {
    headers.add(name);
    headers.add(value);
    return this;
  }

  /** POSTs the form to {@code serverUrl + path}; the answer's body as text. */
  Reply postTo(HttpClient http, String url) {
    List<BodyPublisher> all = new ArrayList<>(parts);
    all.add(text("--" + BOUNDARY + "--\r\n"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(BodyPublishers.concat(all.toArray(BodyPublisher[]::new)));
    for (int i = 0; i < headers.size(); i += 2) {
      request.header(headers.get(i), headers.get(i + 1));
    }
    return Reply.of(http, request.build());
  }

  /** A plain GET, for the admin routes of a simulator the test started in another JVM. */
  static Reply get(HttpClient http, String url) {
    return send(HttpRequest.newBuilder(URI.create(url)), http);
  }

  static Reply get(HttpClient http, String url, String authorization) {
    return send(
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization), http);
  }

  private static Reply send(HttpRequest.Builder request, HttpClient http) {
    return Reply.of(http, request.timeout(Duration.ofSeconds(30)).build());
  }

  private static BodyPublisher text(String text) {
    return BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }
}
