package io.flowcheck.runner.assumptions;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.EfProtocolException;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;
import java.util.Optional;

/**
 * What the server answered to one failed call, as much as telling a failed guess from a regression
 * needs: the operation, the HTTP status, the ElectricFlow error code and message, and whether the
 * answer carried ElectricFlow's error envelope at all.
 */
public record ServerAnswer(
    Operation operation, int status, String code, String message, boolean envelope) {

  public ServerAnswer {
    code = code == null ? "" : code;
    message = message == null ? "" : message;
  }

  /**
   * The answer behind a failure, or empty when no answer came (unreachable, TLS) or it was not an
   * HTTP error (a malformed 200). For an answer without an envelope the exchange (the last call
   * this scenario made) stands in when the failure does not say which call it was.
   */
  public static Optional<ServerAnswer> of(EfException failure, Exchange last) {
    if (failure instanceof EfServerFailureException server) {
      boolean envelope = !server.code().isEmpty();
      return Optional.of(
          new ServerAnswer(
              server.operation(),
              server.status(),
              server.code(),
              envelope ? server.errorMessage() : "no ElectricFlow error envelope",
              envelope));
    }
    if (failure instanceof EfApiException api) {
      return Optional.of(
          new ServerAnswer(api.operation(), api.status(), api.code(), api.errorMessage(), true));
    }
    if (failure instanceof EfProtocolException protocol) {
      Operation op =
          protocol.operation() != null
              ? protocol.operation()
              : last == null ? null : last.operation();
      int status = protocol.status() != 0 ? protocol.status() : last == null ? 0 : last.status();
      if (op != null && status >= 400) {
        return Optional.of(
            new ServerAnswer(op, status, "", "no ElectricFlow error envelope", false));
      }
    }
    return Optional.empty();
  }

  /** ElectricFlow's answer for a route it does not have, or an HTTP-level "no such route". */
  public boolean routeMissing() {
    return status == 501
        || "NotImplemented".equals(code)
        || (status == 404 || status == 405) && !envelope;
  }

  /**
   * A 4xx with ElectricFlow's error envelope: the server understood and said no. A publish says no
   * in the body of an HTTP 200 as well ({@code error [Code]: message}).
   */
  public boolean refusal() {
    return envelope
        && (status >= 400 && status < 500 || status == 200 && operation.verdictInBody());
  }

  /** "login answered HTTP 401 InvalidCredentials". */
  public String what() {
    return operation.apiName() + " answered HTTP " + status + (code.isEmpty() ? "" : " " + code);
  }
}
