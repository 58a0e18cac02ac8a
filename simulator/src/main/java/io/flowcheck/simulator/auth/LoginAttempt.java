package io.flowcheck.simulator.auth;

/**
 * One password check: who tried, how, and whether it passed. Never the password.
 *
 * @param userName the name as sent
 * @param via {@link #LOGIN} for {@code POST /sessions}, {@link #BASIC} for HTTP Basic on any other
 *     request
 * @param accepted whether the password matched
 */
public record LoginAttempt(String userName, String via, boolean accepted) {
  public static final String LOGIN = "login";
  public static final String BASIC = "basic";
}
