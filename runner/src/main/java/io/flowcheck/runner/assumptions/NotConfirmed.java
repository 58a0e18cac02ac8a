package io.flowcheck.runner.assumptions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario's guess that this server refuted: which assumptions, what the server did instead
 * ("logout answered HTTP 501 NotImplemented") and the detail (the server's own message).
 */
public record NotConfirmed(List<Assumption> blamed, String what, String detail) {
  /** Every report matches on this: the console mark, the Allure category, the summary. */
  public static final String PREFIX = "Not confirmed on this server: ";

  public NotConfirmed {
    if (blamed.isEmpty()) {
      throw new IllegalArgumentException("a refuted guess names at least one assumption");
    }
    blamed = List.copyOf(blamed);
    detail = detail == null ? "" : detail.replaceAll("\\s+", " ").trim();
  }

  public String names() {
    return blamed.stream().map(Assumption::id).collect(Collectors.joining(", "));
  }

  /** "wrong-password-code: login answered HTTP 401 InvalidCredentials". */
  public String summary() {
    return names() + ": " + what;
  }

  /** The whole line, starting with {@link #PREFIX}. */
  public String message() {
    return PREFIX + summary() + (detail.isEmpty() ? "" : ": " + detail);
  }
}
