package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Preemptive HTTP Basic on every request, as the KB article does; no challenge round trip. A form
 * upload gets a session as well, as the Azure DevOps extension sends both: logged in once, on the
 * first upload, and kept for the client's later ones.
 */
final class BasicAuth implements CallAuth {
  private final String user;
  private final String header;
  private final SessionManager uploads;

  BasicAuth(String user, Secret password) {
    this.user = user;
    this.uploads = new SessionManager(user, password);
    String pair = user + ":" + password.reveal();
    this.header =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String apply(RequestSpecification request, EfTransport via) {
    request.header("Authorization", header);
    return null;
  }

  @Override
  public String formSession(RequestSpecification request, EfTransport via) {
    apply(request, via);
    return uploads.currentId(via);
  }

  /** The session logged in for uploads, if one is open, to end with the client. */
  SessionManager uploadSessions() {
    return uploads;
  }

  /** Every call carries the password. */
  @Override
  public String passwordUserFor(Operation op) {
    return user;
  }
}
