package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;

/** Logging in and out explicitly. Normal calls never need this: the client logs in by itself. */
public final class SessionsApi {
  private final EfTransport transport;

  SessionsApi(EfTransport transport) {
    this.transport = transport;
  }

  /** {@code POST /sessions}; a refusal is an {@link EfApiException} (401). */
  public LoginResult login(String user, Secret password) {
    return SessionManager.login(transport, user, password);
  }

  /** {@code DELETE /sessions} for the given session. */
  public void logout(Secret sessionId) {
    transport.send(EfCall.to(Operation.LOGOUT), new FixedSessionAuth(sessionId));
  }
}
