package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Setting;

/**
 * The run's own first authenticated call was refused: the configured user and password do not work
 * on this server. Raised where the run reads the server's version (in basic mode the first call
 * that sends the password, in session mode the login on the way), so the run stops with one line
 * that names the settings to fix instead of the server's bare error code. It keeps the server's
 * answer ({@link #code()}, {@link #status()}) for callers that look. The password itself is never
 * part of the message.
 */
public final class EfCredentialsRefusedException extends EfApiException {
  private static final long serialVersionUID = 1L;

  private final String user;

  EfCredentialsRefusedException(String user, EfApiException refusal) {
    super(
        describe(user, refusal),
        refusal.operation(),
        refusal.status(),
        refusal.code(),
        refusal.errorMessage(),
        refusal.where(),
        refusal.details());
    this.user = user;
  }

  private static String describe(String user, EfApiException refusal) {
    String answer =
        (refusal.code().isEmpty() ? "" : refusal.code() + ", ")
            + "HTTP "
            + refusal.status()
            + " from "
            + refusal.operation().apiName();
    return "EF credentials refused: the server refused user '"
        + user
        + "' with the configured password ("
        + answer
        + "): check "
        + Setting.PASSWORD.key()
        + " (or "
        + Setting.PASSWORD.envName()
        + ") and "
        + Setting.USER.key();
  }

  /** The user whose password was refused. */
  public String user() {
    return user;
  }
}
