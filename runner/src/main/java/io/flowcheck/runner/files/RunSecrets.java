package io.flowcheck.runner.files;

import io.flowcheck.framework.secrets.Fingerprint;
import io.flowcheck.framework.secrets.SecretFingerprints;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The run's secrets as the leak gate needs them: salted fingerprints of the password, of every
 * session id the run was issued and of the random passwords it made, never the secrets themselves.
 * The clients' maskers know the ids their logins got; the embedded simulator, when the run started
 * one, knows every id it issued.
 */
public final class RunSecrets {
  /** How the leak gate names a random password the run made, should it ever find one. */
  public static final String RANDOM_PASSWORD = "a random password the run made";

  /** How it names a secret made from the password, e.g. the wrong password of a login check. */
  public static final String DERIVED_PASSWORD = "a wrong password made from the password";

  private RunSecrets() {}

  /**
   * @param known every secret the run's clients have seen, the password included
   * @param issuedSessionIds the ids the server issued: those its login answers carried, and every
   *     id the embedded simulator made
   * @param madeRandom the random secrets the run made itself (the wrong-password check's password
   *     for a user that exists nowhere)
   */
  public static void writeFingerprints(
      Path file,
      String user,
      String password,
      Set<String> known,
      Set<String> issuedSessionIds,
      Set<String> madeRandom) {
    List<Fingerprint> prints = new ArrayList<>(SecretFingerprints.forPassword(user, password));
    Set<String> all = new java.util.TreeSet<>(known);
    all.addAll(issuedSessionIds);
    for (String secret : all) {
      if (secret.equals(password)) {
        continue;
      }
      // Only the server's own word makes an id its token: a client-side secret of that shape may be
      // derived from the password (the wrong-password check sends one).
      if (issuedSessionIds.contains(secret)) {
        prints.addAll(SecretFingerprints.forIssuedSessionId(secret));
      } else if (madeRandom.contains(secret)) {
        prints.addAll(SecretFingerprints.forRandomSecret(RANDOM_PASSWORD, secret));
      } else if (!password.isEmpty() && secret.contains(password)) {
        prints.addAll(SecretFingerprints.forSecret(DERIVED_PASSWORD, secret));
      } else if (secret.matches("[A-Za-z0-9-]{8,64}")) {
        prints.addAll(SecretFingerprints.forSessionId(secret));
      } else {
        prints.addAll(SecretFingerprints.forSecret("a secret of the run", secret));
      }
    }
    SecretFingerprints.append(file, prints);
  }
}
