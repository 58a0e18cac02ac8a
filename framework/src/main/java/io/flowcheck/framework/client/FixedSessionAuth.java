package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;
import io.restassured.specification.RequestSpecification;

/**
 * A given session id, used as it is: no login, no renewal. For "a logged-out session is refused".
 */
final class FixedSessionAuth implements CallAuth {
  private final Secret sessionId;

  FixedSessionAuth(Secret sessionId) {
    this.sessionId = sessionId;
  }

  @Override
  public String apply(RequestSpecification request, EfTransport via) {
    request.header(SessionAuth.HEADER, sessionId.reveal());
    return sessionId.reveal();
  }

  @Override
  public String formSession(RequestSpecification request, EfTransport via) {
    return sessionId.reveal();
  }
}
