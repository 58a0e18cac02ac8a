package io.flowcheck.simulator.faults;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which requests get which fault, and how often.
 *
 * <pre>{@code
 * sim.injectFault(FaultRule.of(FaultType.CONNECTION_RESET).on("PUT", "/properties/").times(2));
 * sim.injectFault(FaultRule.of(FaultType.SERVER_ERROR).status(503, true));
 * sim.injectFault(FaultRule.of(FaultType.DELAY).delay(Duration.ofSeconds(5)));
 * }</pre>
 *
 * @param method "GET", "PUT", ... or "*" for every verb (compared ignoring case)
 * @param pathRegex a Java regex searched for ({@code find()}) in the raw path and query after
 *     {@code /rest/v1.0}, e.g. {@code "/properties/greeting-k3x9q"} or {@code ".*"}
 * @param type what happens to a matching request
 * @param status the HTTP status of a {@link FaultType#SERVER_ERROR} (400-599)
 * @param envelope whether a SERVER_ERROR carries the four-key error envelope or a bare HTML body
 * @param delay how long a {@link FaultType#DELAY} holds the answer back
 * @param times how many matching requests get the fault before the rule switches itself off; -1
 *     means until cleared
 */
public record FaultRule(
    String method,
    String pathRegex,
    FaultType type,
    int status,
    boolean envelope,
    Duration delay,
    int times) {

  /**
   * @throws IllegalArgumentException naming the bad field, so a typo fails at injection time
   */
  public FaultRule {
    Objects.requireNonNull(type, "type");
    method = method == null || method.isBlank() ? "*" : method.trim().toUpperCase(Locale.ROOT);
    pathRegex = pathRegex == null || pathRegex.isEmpty() ? ".*" : pathRegex;
    delay = delay == null ? Duration.ZERO : delay;
    if (!method.equals("*") && !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      throw new IllegalArgumentException(
          "method must be an HTTP verb or '*', not '" + method + "'");
    }
    try {
      Pattern.compile(pathRegex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "pathRegex is not a valid regex: " + e.getDescription(), e);
    }
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be from 400 to 599, not " + status);
    }
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    if (times == 0 || times < -1) {
      throw new IllegalArgumentException(
          "times must be -1 (until cleared) or at least 1, not " + times);
    }
  }

  /** Every route, every verb, until cleared; SERVER_ERROR defaults to 500 with the envelope. */
  public static FaultRule of(FaultType type) {
    return new FaultRule("*", ".*", type, 500, true, Duration.ZERO, -1);
  }

  /** A copy limited to one verb ("*" for all) and the paths the regex finds a match in. */
  public FaultRule on(String method, String pathRegex) {
    return new FaultRule(method, pathRegex, type, status, envelope, delay, times);
  }

  /** A copy that faults only the next {@code n} matching requests. */
  public FaultRule times(int n) {
    return new FaultRule(method, pathRegex, type, status, envelope, delay, n);
  }

  /**
   * A copy answering {@code httpStatus}, with the error envelope or a bare HTML page
   * (SERVER_ERROR).
   */
  public FaultRule status(int httpStatus, boolean withEnvelope) {
    return new FaultRule(method, pathRegex, type, httpStatus, withEnvelope, delay, times);
  }

  /** A copy that holds the answer back for {@code d} (DELAY). */
  public FaultRule delay(Duration d) {
    return new FaultRule(method, pathRegex, type, status, envelope, d, times);
  }
}
