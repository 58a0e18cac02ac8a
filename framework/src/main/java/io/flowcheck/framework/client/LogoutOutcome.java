package io.flowcheck.framework.client;

/**
 * What logging out of a session came to. Logout exists as an API, but no public client calls it
 * over REST, so {@code DELETE /sessions} is an inferred route: a server that answers it with 404 or
 * 501 simply has no REST logout, and the session ends with the server's idle timeout.
 *
 * @param status the HTTP status of a {@link Kind#NOT_AVAILABLE} or {@link Kind#FAILED} answer, else
 *     0
 * @param code the error code of that answer (e.g. {@code NotImplemented}), else empty
 */
public record LogoutOutcome(Kind kind, int status, String code) {
  public enum Kind {
    /** No session was open (basic auth, or nothing was ever called). */
    NOT_ATTEMPTED,
    LOGGED_OUT,
    /** The server has no REST logout at {@code DELETE /sessions}. */
    NOT_AVAILABLE,
    /**
     * The logout was refused otherwise. {@link EfClient#logOut()} throws in that case; callers that
     * must carry on (the end of a run) record it with {@link #failed}.
     */
    FAILED
  }

  public static final LogoutOutcome NOT_ATTEMPTED = new LogoutOutcome(Kind.NOT_ATTEMPTED, 0, "");
  public static final LogoutOutcome LOGGED_OUT = new LogoutOutcome(Kind.LOGGED_OUT, 0, "");

  public LogoutOutcome {
    code = code == null ? "" : code;
  }

  public static LogoutOutcome notAvailable(int status, String code) {
    return new LogoutOutcome(Kind.NOT_AVAILABLE, status, code);
  }

  public static LogoutOutcome failed(int status, String code) {
    return new LogoutOutcome(Kind.FAILED, status, code);
  }

  public boolean notAvailable() {
    return kind == Kind.NOT_AVAILABLE;
  }

  private String answer() {
    return "HTTP " + status + (code.isEmpty() ? "" : " " + code);
  }

  /** "logged out", "not attempted", "not available (HTTP 501 NotImplemented)", "failed (...)". */
  public String describe() {
    return switch (kind) {
      case NOT_ATTEMPTED -> "not attempted";
      case LOGGED_OUT -> "logged out";
      case NOT_AVAILABLE -> "not available (" + answer() + ")";
      case FAILED -> "failed (" + (status == 0 ? "no answer" : answer()) + ")";
    };
  }
}
