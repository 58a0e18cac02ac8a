package io.flowcheck.framework.client;

import java.util.Set;

/**
 * Tells a refused password from other refusals. A 401, or one of the codes ElectricFlow gives a
 * wrong password whatever the status (NoCredentials, InvalidCredentials), counts only for a call
 * that carried the password: every call in basic mode, the login in session mode. A 401 on a later
 * session call is an expired or dropped session, which the transport already renews.
 */
final class CredentialsRefusal {
  private static final Set<String> CODES = Set.of("NoCredentials", "InvalidCredentials");

  private CredentialsRefusal() {}

  /** The refusal as {@link EfCredentialsRefusedException} when it is one, else as it was. */
  static EfApiException explain(EfApiException refusal, CallAuth auth) {
    if (refusal instanceof EfCredentialsRefusedException) {
      return refusal;
    }
    String user = auth.passwordUserFor(refusal.operation());
    boolean refused = refusal.status() == 401 || CODES.contains(refusal.code());
    return user != null && refused ? new EfCredentialsRefusedException(user, refusal) : refusal;
  }
}
