package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Thousands of random, malformed and oversized requests (fixed seeds, so a failure replays with
 * {@code -Dfuzz.seed=N}; {@code -Dfuzz.requests=N} scales the run), sent by two clients at once,
 * each from a seed of its own (N and N+1), half of the requests each: the simulator is a server
 * that takes parallel clients, and the two halves keep both cores of a small machine busy. Every
 * answer must be a 2xx with a JSON body or an error envelope with all four keys; never HTML, a
 * stack trace, a 500 InternalError (a simulator bug), a dropped connection or a hang.
 */
@Order(1) // a long class: it starts first (junit-platform.properties)
class SimulatorFuzzTest {
  private static final long SEED = Long.getLong("fuzz.seed", 383L); // KBEC-00383
  private static final int REQUESTS = Integer.getInteger("fuzz.requests", 3000);
  private static final int CLIENTS = 2;
  private static final Duration PER_REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static EfSimulator sim;
  private static HttpClient http;
  private static RawHttps raw;

  @BeforeAll
  static void startSimulator() {
    sim = EfSimulator.builder().port(0).start();
    http =
        HttpClient.newBuilder()
            .sslContext(SimulatorClient.sslContextTrusting(sim))
            .connectTimeout(PER_REQUEST_TIMEOUT)
            .build();
    raw =
        new RawHttps(
            SimulatorClient.sslContextTrusting(sim),
            "127.0.0.1",
            sim.port(),
            (int) PER_REQUEST_TIMEOUT.toMillis());
    SimulatorClient admin = SimulatorClient.of(sim).asAdmin();
    admin.post("/projects?projectName=fuzz").assertOk(); // what the generated calls mostly work on
    admin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
  }

  @AfterAll
  static void stopSimulator() {
    sim.close();
  }

  @ParameterizedTest(name = "client {0} of " + CLIENTS)
  @ValueSource(ints = {0, 1})
  @Execution(ExecutionMode.CONCURRENT)
  void everyAnswerIsJsonOrAnEnvelopeAndTheSimulatorSurvives(int client) {
    long seed = SEED + client;
    FuzzRequests requests = new FuzzRequests(seed, "admin", "changeme");
    Map<Integer, Integer> histogram = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    int rawSent = 0;
    long start = System.nanoTime();
    for (int i = 0; i < REQUESTS / CLIENTS; i++) {
      FuzzRequest request = requests.next();
      rawSent += request.raw() ? 1 : 0;
      try {
        Answer answer = send(request);
        histogram.merge(answer.status(), 1, Integer::sum);
        String problem = problemWith(request, answer);
        if (problem != null) {
          failures.add(
              "#"
                  + i
                  + " "
                  + problem
                  + "\n    request: "
                  + request.describe()
                  + "\n    answer: "
                  + answer.status()
                  + " "
                  + shorten(answer.body()));
        }
      } catch (IOException | RuntimeException e) {
        if (isRefusedRequestLineWithLostAnswer(request)) {
          histogram.merge(-2, 1, Integer::sum);
        } else {
          histogram.merge(-1, 1, Integer::sum);
          failures.add("#" + i + " no answer: " + e + "\n    request: " + request.describe());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    long elapsedMs = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "SimulatorFuzzTest: seed %d, %d requests (%d over raw sockets) in %d ms, status histogram %s"
            + " (-1 = no answer, -2 = Jetty's 400 lost to a reset, allowed), %d failures%n",
        seed, REQUESTS / CLIENTS, rawSent, elapsedMs, histogram, failures.size());
    failures.stream().limit(30).forEach(failure -> System.out.println("  " + failure));

    Reply kb =
        SimulatorClient.of(sim)
            .asAdmin()
            .get("/properties/PythonProperty?projectName=Default")
            .assertOk();
    assertEquals("PythonRestApi", kb.at("/property/value"));
    assertTrue(
        failures.isEmpty(),
        () -> failures.size() + " bad answers (seed " + seed + "), first: " + failures.get(0));
  }

  /**
   * The one case allowed to go unanswered, and only once proven: Jetty's parser refuses some
   * request lines outright (a NUL in the path, which no URI compliance setting admits) and answers
   * 400 (our envelope) before reading the body, then closes. With a large body still arriving, the
   * unread bytes make the server's TCP stack send a reset, which can destroy the answer before the
   * client reads it. Jetty 11 has no lingering close to prevent that. Proof: the same request
   * without its body gets the parser's 400 envelope.
   */
  private static boolean isRefusedRequestLineWithLostAnswer(FuzzRequest request) {
    if (request.body() == null || request.body().length < 16_384) {
      return false;
    }
    FuzzRequest bodiless =
        new FuzzRequest(
            request.method(),
            request.target(),
            request.headers(),
            null,
            request.raw(),
            request.kind());
    try {
      Answer answer = send(bodiless);
      return answer.status() == 400 && answer.body().contains("\"message\":\"Malformed request: ");
    } catch (IOException | RuntimeException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** What is wrong with an answer, or null when it is fine. */
  private static String problemWith(FuzzRequest request, Answer answer) {
    int status = answer.status();
    String body = answer.body();
    if (status < 200 || (status >= 300 && status < 400) || status > 599) {
      return "unexpected status " + status;
    }
    if (body.contains("at io.")
        || body.contains("Exception")
        || body.toLowerCase().contains("<html")) {
      return "stack trace or HTML in the body";
    }
    String contentType = answer.contentType() == null ? "" : answer.contentType();
    if (!contentType.startsWith("application/json")) {
      return "Content-Type '" + contentType + "' is not JSON";
    }
    if (request.method().equals("HEAD")) {
      return status == 500 ? "500 on HEAD" : null; // no body to check
    }
    JsonNode json;
    try {
      json = TestJson.node(body);
    } catch (RuntimeException notJson) {
      return "body is not JSON";
    }
    if (status < 300) {
      return json != null && json.isObject() ? null : "2xx body is not a JSON object";
    }
    JsonNode error = json == null ? null : json.get("error");
    if (error == null || !error.isObject() || error.size() != 4) {
      return "no four-key error envelope";
    }
    for (String key : List.of("where", "message", "details", "code")) {
      if (!error.has(key) || !error.get(key).isString()) {
        return "envelope lacks '" + key + "'";
      }
    }
    if (status == 500 || error.get("code").asString().equals("InternalError")) {
      return "500 InternalError: a simulator bug";
    }
    return null;
  }

  private static Answer send(FuzzRequest request) throws IOException, InterruptedException {
    if (request.raw()) {
      RawHttps.Answer answer =
          raw.send(request.method(), request.target(), request.headers(), request.body());
      return new Answer(answer.status(), answer.header("content-type"), answer.body());
    }
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(sim.serverUrl() + request.target()))
            .timeout(PER_REQUEST_TIMEOUT)
            .method(
                request.method(),
                request.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (int i = 0; i < request.headers().size(); i += 2) {
      builder.header(request.headers().get(i), request.headers().get(i + 1));
    }
    HttpResponse<String> response =
        http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(null),
        response.body());
  }

  private record Answer(int status, String contentType, String body) {}

  private static String shorten(String text) {
    return text.length() <= 300
        ? text
        : text.substring(0, 300) + "...(" + text.length() + " chars)";
  }
}
