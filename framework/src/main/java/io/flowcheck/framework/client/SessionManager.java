package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * One lazily opened session per user, shared by every thread of the run. The fast path is a
 * volatile read; logging in and renewing are serialised so parallel scenarios that all meet an
 * expired session cause one login, not one each.
 */
final class SessionManager {
  private final String user;
  private final Secret password;
  private final AtomicInteger logins = new AtomicInteger();
  private volatile String sessionId;

  SessionManager(String user, Secret password) {
    this.user = user;
    this.password = password;
  }

  /** The open session's id, logging in through {@code via} when none is open yet. */
  String currentId(EfTransport via) {
    String id = sessionId;
    if (id != null) {
      return id;
    }
    synchronized (this) {
      if (sessionId == null) {
        sessionId = login(via, user, password).sessionId().reveal();
        logins.incrementAndGet();
      }
      return sessionId;
    }
  }

  /** Logs in again, unless another thread already replaced the rejected id. */
  synchronized void renew(String rejectedId, EfTransport via) {
    if (sessionId == null || Objects.equals(sessionId, rejectedId)) {
      sessionId = null;
      currentId(via);
    }
  }

  String user() {
    return user;
  }

  /** How many times this run logged in; "one login serves many scenarios" is checked with it. */
  int loginCount() {
    return logins.get();
  }

  boolean isOpen() {
    return sessionId != null;
  }

  /**
   * Ends the open session. A server without a REST logout (404 or 501) is an outcome, not a
   * failure; any other refusal is thrown as usual. The id is forgotten either way.
   */
  synchronized LogoutOutcome logout(EfTransport via) {
    String id = sessionId;
    sessionId = null;
    if (id == null) {
      return LogoutOutcome.NOT_ATTEMPTED;
    }
    try {
      via.send(EfCall.to(Operation.LOGOUT), new FixedSessionAuth(Secret.of(id)));
      return LogoutOutcome.LOGGED_OUT;
    } catch (EfException e) {
      if (MissingRoute.is(e, Operation.LOGOUT)) {
        return LogoutOutcome.notAvailable(MissingRoute.status(e), MissingRoute.code(e));
      }
      throw e;
    }
  }

  static LoginResult login(EfTransport transport, String user, Secret password) {
    JsonNode answer =
        transport.send(
            EfCall.to(Operation.LOGIN).body("userName", user).body("password", password.reveal()),
            CallAuth.NONE);
    String id = answer.path("sessionId").asString("");
    if (id.isEmpty()) {
      throw new EfProtocolException("login answered without a sessionId");
    }
    transport.masker().registerIssuedToken(id);
    return new LoginResult(answer.path("userName").asString(user), Secret.of(id));
  }
}
