package io.flowcheck.runner.clients;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.LogoutOutcome.Kind;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Logs the run's clients out at its end, best effort. {@code DELETE /sessions} is an inferred
 * route: a server that answers it with 404 or 501 gets one info line for the whole run, not a
 * cleanup problem. Other refusals are still reported as cleanup problems. Nothing printed here
 * carries a session id: messages go through each client's masker.
 */
final class RunLogout {
  static final String NO_REST_LOGOUT =
      "flowcheck: this server has no REST logout at DELETE /sessions;"
          + " the session ends with its idle timeout";

  /** One client's logout, and the masker for what its failure says. */
  record Attempt(Supplier<LogoutOutcome> logOut, UnaryOperator<String> mask) {}

  private RunLogout() {}

  /** Runs every attempt, prints at most one info line, and returns the most telling outcome. */
  static LogoutOutcome logOutAll(List<Attempt> attempts, PrintStream out) {
    LogoutOutcome overall = LogoutOutcome.NOT_ATTEMPTED;
    for (Attempt a : attempts) {
      LogoutOutcome outcome;
      try {
        outcome = a.logOut().get();
      } catch (RuntimeException e) {
        out.println("Cleanup problem: logout failed: " + a.mask().apply(e.getMessage()));
        outcome =
            e instanceof EfApiException api
                ? LogoutOutcome.failed(api.status(), api.code())
                : LogoutOutcome.failed(0, "");
      }
      overall = moreTelling(overall, outcome);
    }
    if (overall.kind() == Kind.NOT_AVAILABLE) {
      out.println(NO_REST_LOGOUT);
    }
    return overall;
  }

  /** "No REST logout" says most about the server, then a failure, then a plain logout. */
  private static LogoutOutcome moreTelling(LogoutOutcome a, LogoutOutcome b) {
    return rank(b.kind()) > rank(a.kind()) ? b : a;
  }

  private static int rank(Kind kind) {
    return switch (kind) {
      case NOT_ATTEMPTED -> 0;
      case LOGGED_OUT -> 1;
      case FAILED -> 2;
      case NOT_AVAILABLE -> 3;
    };
  }
}
