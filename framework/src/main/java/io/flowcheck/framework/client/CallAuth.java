package io.flowcheck.framework.client;

import io.restassured.specification.RequestSpecification;

/** How one client view authenticates its calls. */
interface CallAuth {
  /**
   * Adds credentials to the request.
   *
   * @return the credential used (a session id), so a rejection can be tied to it; may be null
   */
  String apply(RequestSpecification request);

  /**
   * Called once after a 401. Returns true when fresh credentials now exist and the call is worth
   * one more try (an expired or dropped session); false to report the 401 as it is.
   */
  default boolean renewAfterRejection(String usedCredential) {
    return false;
  }

  /**
   * The user whose password a call of {@code op} depended on, or null when none was sent: a
   * refusal of that call means the password (or user) is wrong, not the session or the route.
   */
  default String passwordUserFor(Operation op) {
    return null;
  }

  CallAuth NONE = request -> null;
}
