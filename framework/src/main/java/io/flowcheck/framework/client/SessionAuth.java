package io.flowcheck.framework.client;

import io.restassured.specification.RequestSpecification;

/** Sends the {@code sessionId} header of a shared, lazily created session. */
final class SessionAuth implements CallAuth {
  static final String HEADER = "sessionId";

  private final SessionManager sessions;

  SessionAuth(SessionManager sessions) {
    this.sessions = sessions;
  }

  @Override
  public String apply(RequestSpecification request, EfTransport via) {
    String id = sessions.currentId(via);
    request.header(HEADER, id);
    return id;
  }

  /** The run's session, in the form only: the endpoint reads no session header. */
  @Override
  public String formSession(RequestSpecification request, EfTransport via) {
    return sessions.currentId(via);
  }

  @Override
  public boolean renewAfterRejection(String usedCredential, EfTransport via) {
    sessions.renew(usedCredential, via);
    return true;
  }

  /** Only the login carries the password; a later 401 is about the session. */
  @Override
  public String passwordUserFor(Operation op) {
    return op == Operation.LOGIN ? sessions.user() : null;
  }
}
