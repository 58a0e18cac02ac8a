package io.flowcheck.framework.client;

import io.flowcheck.framework.config.Secret;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Preemptive HTTP Basic on every request, as the KB article does; no challenge round trip. */
final class BasicAuth implements CallAuth {
  private final String user;
  private final String header;

  BasicAuth(String user, Secret password) {
    this.user = user;
    String pair = user + ":" + password.reveal();
    this.header =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String apply(RequestSpecification request, EfTransport via) {
    request.header("Authorization", header);
    return null;
  }

  /** Every call carries the password. */
  @Override
  public String passwordUserFor(Operation op) {
    return user;
  }
}
