package io.flowcheck.framework.client;

import io.restassured.specification.RequestSpecification;

/** How one client view authenticates its calls. */
interface CallAuth {
  /**
   * Adds credentials to the request.
   *
   * @param via the transport view making the call: a login this needs first is made through it, so
   *     whoever observes the call sees that login too
   * @return the credential used (a session id), so a rejection can be tied to it; may be null
   */
  String apply(RequestSpecification request, EfTransport via);

  /**
   * Called once after a 401. Returns true when fresh credentials now exist and the call is worth
   * one more try (an expired or dropped session); false to report the 401 as it is.
   *
   * @param via where a renewing login goes; its exchanges become part of the rejected call
   */
  default boolean renewAfterRejection(String usedCredential, EfTransport via) {
    return false;
  }

  /**
   * The user whose password a call of {@code op} depended on, or null when none was sent: a refusal
   * of that call means the password (or user) is wrong, not the session or the route.
   */
  default String passwordUserFor(Operation op) {
    return null;
  }

  /**
   * Prepares a form upload outside the REST API, which carries its session in the form ({@code
   * commanderSessionId}) rather than in a header: adds any header credentials this view sends (HTTP
   * Basic), and returns the session id for the form, logging in first if need be; null when this
   * view has none to give.
   */
  default String formSession(RequestSpecification request, EfTransport via) {
    return null;
  }

  CallAuth NONE = (request, via) -> null;
}
