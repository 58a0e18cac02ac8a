package io.flowcheck.benchmarks;

import io.flowcheck.framework.http.TlsSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulator as users start it, {@code java -jar ef-simulator.jar}, in its own JVM, steered and
 * read through its admin routes: reset, the delay fault, the traffic log and the login log.
 */
final class StandaloneSimulator implements AutoCloseable {
  static final String USER = "admin";
  static final String PASSWORD = "changeme";
  private static final Pattern READY = Pattern.compile("ready at (https://\\S+)/rest/v1\\.0");
  private static final Pattern INTERVAL = Pattern.compile("\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]");
  private static final Pattern CONNECTIONS = Pattern.compile("\"connections\"\\s*:\\s*(\\d+)");
  private static final Pattern LOGIN = Pattern.compile("\"via\"\\s*:\\s*\"login\"");

  private final Process process;
  private final String serverUrl;
  private final HttpClient admin;

  /** What the simulator saw of one run. */
  record Traffic(List<long[]> requestMicros, int connections, int logins) {
    long firstRequestMicros() {
      return requestMicros.stream().mapToLong(r -> r[0]).min().orElse(-1);
    }
  }

  private StandaloneSimulator(Process process, String serverUrl) {
    this.process = process;
    this.serverUrl = serverUrl;
    // the simulator's certificate is self-signed; the admin client only reads figures from it
    this.admin = HttpClient.newBuilder().sslContext(TlsSupport.relaxed()).build();
  }

  static StandaloneSimulator start(Path jar) throws IOException {
    Process process =
        new ProcessBuilder(
                "java",
                "-jar",
                jar.toString(),
                "--port",
                "0",
                "--user",
                USER,
                "--password",
                PASSWORD)
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    Matcher ready = line == null ? null : READY.matcher(line);
    if (ready == null || !ready.find()) {
      process.destroy();
      throw new IOException("the simulator did not start: " + line);
    }
    Thread drain = new Thread(() -> out.lines().forEach(ignored -> {}), "simulator-output");
    drain.setDaemon(true); // the simulator prints nothing after its ready line; never let it block
    drain.start();
    return new StandaloneSimulator(process, ready.group(1));
  }

  String serverUrl() {
    return serverUrl;
  }

  /** Seed data back, sessions, login log and traffic log emptied, faults cleared. */
  void reset() throws IOException {
    send("POST", "/ef/reset", "");
    send("DELETE", "/ef/traffic", "");
    send("DELETE", "/ef/faults", "");
  }

  /** Every API answer held back by {@code ms} milliseconds. */
  void delayEveryAnswer(int ms) throws IOException {
    send("POST", "/ef/faults", "{\"type\":\"DELAY\",\"delayMs\":" + ms + "}");
  }

  Traffic traffic() throws IOException {
    String traffic = send("GET", "/ef/traffic", null);
    List<long[]> intervals = new ArrayList<>();
    Matcher m = INTERVAL.matcher(traffic);
    while (m.find()) {
      intervals.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
    }
    Matcher connections = CONNECTIONS.matcher(traffic);
    int connectionCount = connections.find() ? Integer.parseInt(connections.group(1)) : -1;
    int logins = (int) LOGIN.matcher(send("GET", "/ef/logins", null)).results().count();
    return new Traffic(intervals, connectionCount, logins);
  }

  private String send(String method, String adminPath, String body) throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(serverUrl + "/__admin" + adminPath))
            .timeout(Duration.ofSeconds(30));
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> answer =
          admin.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IOException(
            method + " " + adminPath + " answered " + answer.statusCode() + ": " + answer.body());
      }
      return answer.body();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
