package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.HttpSetup;
import io.flowcheck.framework.http.SecretMasker;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;

/**
 * Sends {@link EfCall}s over one REST Assured specification, built once and shared by every view
 * of a client. Turns each answer into JSON or a typed {@link EfException}, renews an expired
 * session once, and retries idempotent calls after connection faults and 503s.
 */
final class EfTransport {
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

  private final EfSettings settings;
  private final RequestSpecification spec;
  private final SecretMasker masker;
  private final Answers answers;
  private final List<ExchangeListener> listeners = new CopyOnWriteArrayList<>();

  EfTransport(EfSettings settings, SecretMasker masker) {
    this.settings = settings;
    this.masker = masker;
    this.spec = HttpSetup.specification(settings, masker);
    this.answers = new Answers(masker);
  }

  EfSettings settings() {
    return settings;
  }

  SecretMasker masker() {
    return masker;
  }

  void addListener(ExchangeListener listener) {
    listeners.add(listener);
  }

  JsonNode send(EfCall call, CallAuth auth) {
    Operation op = call.operation();
    // A full URL: REST Assured merges a relative path into basePath and collapses the "//" of
    // absolute property paths (/properties//projects/P/x) on the way, which EF needs kept.
    String relative = call.pathAndQuery();
    String target = settings.apiBaseUrl() + relative;
    String body = call.body().isEmpty() ? null : Json.write(call.body());
    boolean renewed = false;
    int attempt = 1;
    while (true) {
      RequestSpecification request = RestAssured.given().spec(spec);
      String credential = auth.apply(request);
      if (body != null) {
        request.contentType("application/json; charset=UTF-8").body(body);
      }
      long start = System.nanoTime();
      Response response;
      try {
        response = request.request(op.method(), target);
      } catch (Exception e) {
        EfException failure = Failures.translate(e, op, settings);
        notify(op, 0, start, attempt, relative, body, null);
        if (failure instanceof EfUnreachableException u && u.isConnectionFault()
            && shouldRetry(op, attempt)) {
          backoff(attempt++);
          continue;
        }
        throw failure;
      }
      int status = response.getStatusCode();
      notify(op, status, start, attempt, relative, body, response.getBody().asString());
      if (status == 401 && !renewed && auth.renewAfterRejection(credential)) {
        renewed = true; // once: a second 401 means the credentials really are refused
        continue;
      }
      if (status == 503 && shouldRetry(op, attempt)) {
        backoff(attempt++);
        continue;
      }
      return answers.read(op, response, settings);
    }
  }

  /** Sends and returns the {@code key} object of the answer as a model. */
  <T> T sendFor(EfCall call, CallAuth auth, String key, java.util.function.Function<JsonNode, T> convert) {
    return convert.apply(Models.unwrap(call.operation(), send(call, auth), key));
  }

  private boolean shouldRetry(Operation op, int attempt) {
    return op.idempotent() && attempt <= settings.retries();
  }

  private static void backoff(int attempt) {
    try {
      Thread.sleep(FIRST_BACKOFF.toMillis() << (attempt - 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EfUnreachableException("interrupted while waiting to retry");
    }
  }

  private void notify(Operation op, int status, long startNanos, int attempt, String target,
      String requestBody, String responseBody) {
    if (listeners.isEmpty()) {
      return;
    }
    Exchange exchange = new Exchange(op, status, Duration.ofNanos(System.nanoTime() - startNanos),
        attempt, target, requestBody, responseBody, masker);
    for (ExchangeListener l : listeners) {
      l.onExchange(exchange);
    }
  }
}
