package io.flowcheck.framework.client;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.http.HttpSetup;
import io.flowcheck.framework.http.SecretMasker;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Sends {@link EfCall}s through one {@link HttpSetup} (config and pooled HTTP client), shared by
 * every view of a client. Turns each answer into JSON or a typed {@link EfException}, renews an
 * expired session once, and retries idempotent calls after connection faults and 503s. Each logical
 * call ends in exactly one {@link CallEvent} to this view's observer.
 */
final class EfTransport {
  private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

  private final EfSettings settings;
  private final HttpSetup http;
  private final SecretMasker masker;
  private final Answers answers;
  private final CallListener observer;
  private final TlsPortCheck tlsPort;

  EfTransport(EfSettings settings, SecretMasker masker) {
    this.settings = settings;
    this.masker = masker;
    this.http = HttpSetup.forClient(settings, masker);
    this.answers = new Answers(masker);
    this.observer = CallListener.NONE;
    this.tlsPort = new TlsPortCheck(settings);
  }

  /** A view sharing the specification, pool and masker, whose calls go to another observer. */
  private EfTransport(EfTransport shared, CallListener observer) {
    this.settings = shared.settings;
    this.masker = shared.masker;
    this.http = shared.http;
    this.answers = shared.answers;
    this.observer = observer;
    this.tlsPort = shared.tlsPort;
  }

  /** The same transport; its calls are told to {@code more} too. */
  EfTransport observedBy(CallListener more) {
    return new EfTransport(this, observer.and(more));
  }

  EfSettings settings() {
    return settings;
  }

  SecretMasker masker() {
    return masker;
  }

  JsonNode send(EfCall call, CallAuth auth) {
    return send(call, auth, answer -> answer);
  }

  /** Sends and returns the {@code key} object of the answer as a model. */
  <T> T sendFor(EfCall call, CallAuth auth, String key, Function<JsonNode, T> convert) {
    return send(call, auth, answer -> convert.apply(Models.unwrap(call.operation(), answer, key)));
  }

  /** One logical call; reading the answer is part of it, so a malformed answer is its failure. */
  private <T> T send(EfCall call, CallAuth auth, Function<JsonNode, T> read) {
    CallTrace trace = new CallTrace(call.operation());
    try {
      return read.apply(sendTries(call, auth, trace));
    } catch (RuntimeException e) {
      trace.failed(e);
      throw e;
    } finally {
      observer.onCall(trace.event());
    }
  }

  private JsonNode sendTries(EfCall call, CallAuth auth, CallTrace trace) {
    Operation op = call.operation();
    // A full URL: REST Assured merges a relative path into basePath and collapses the "//" of
    // absolute property paths (/properties//projects/P/x) on the way, which EF needs kept.
    String relative = call.pathAndQuery();
    String target = settings.apiBaseUrl() + relative;
    String body = call.body().isEmpty() ? null : Json.write(call.body());
    // A renewal's login is part of this call: its exchanges join this call's event.
    EfTransport renewals = new EfTransport(this, trace::renewedWith);
    boolean renewed = false;
    int attempt = 1;
    while (true) {
      RequestSpecification request = http.newRequest();
      String credential = auth.apply(request, this); // a first login is a call of its own
      if (body != null) {
        request.contentType("application/json; charset=UTF-8").body(body);
      }
      long start = System.nanoTime();
      Response response;
      try {
        response = request.request(op.method(), target);
      } catch (Exception e) {
        EfException failure = tlsPort.explain(e, Failures.translate(e, op, settings));
        trace.tried(exchange(op, 0, start, attempt, relative, body, null));
        if (failure instanceof EfUnreachableException u
            && u.isConnectionFault()
            && shouldRetry(op, attempt)) {
          backoff(attempt++);
          continue;
        }
        throw failure;
      }
      int status = response.getStatusCode();
      trace.tried(
          exchange(op, status, start, attempt, relative, body, response.getBody().asString()));
      if (status == 401 && !renewed && auth.renewAfterRejection(credential, renewals)) {
        renewed = true; // once: a second 401 means the credentials really are refused
        trace.renewed();
        continue;
      }
      if (status == 503 && shouldRetry(op, attempt)) {
        backoff(attempt++);
        continue;
      }
      return answers.read(op, response, settings);
    }
  }

  /**
   * One call outside the REST API whose answer is not JSON (the artifact publishing endpoints): one
   * try, no retry (a publish is not idempotent) and no renewal (its refusals come in the body). The
   * answer goes back as it came, for the caller to judge.
   *
   * @param path the path under the server root, e.g. {@code /commander/publishArtifact.php}
   * @param request sets the credentials and the form on the request, and returns the request as the
   *     exchange shows it (the form without file contents or session), masked again on the way out
   */
  Response sendOutsideApi(
      Operation op, String path, Function<RequestSpecification, String> request) {
    CallTrace trace = new CallTrace(op);
    try {
      RequestSpecification spec = http.newRequest();
      String described = request.apply(spec);
      long start = System.nanoTime();
      Response response;
      try {
        response = spec.request(op.method(), settings.server().toString() + path);
      } catch (Exception e) {
        trace.tried(exchange(op, 0, start, 1, path, described, null));
        throw Failures.translate(e, op, settings);
      }
      trace.tried(
          exchange(
              op,
              response.getStatusCode(),
              start,
              1,
              path,
              described,
              response.getBody().asString()));
      return response;
    } catch (RuntimeException e) {
      trace.failed(e);
      throw e;
    } finally {
      observer.onCall(trace.event());
    }
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

  private Exchange exchange(
      Operation op,
      int status,
      long startNanos,
      int attempt,
      String target,
      String requestBody,
      String responseBody) {
    return new Exchange(
        op,
        status,
        Duration.ofNanos(System.nanoTime() - startNanos),
        attempt,
        target,
        requestBody,
        responseBody,
        masker);
  }
}
