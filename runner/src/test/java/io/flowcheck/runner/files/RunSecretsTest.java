package io.flowcheck.runner.files;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.flowcheck.framework.secrets.Fingerprint;
import io.flowcheck.framework.secrets.SecretFingerprints;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only an id the server says it issued, or a random password the run made itself, gets the cheap
 * token hash; the password and every other secret the clients saw keep PBKDF2, even when they look
 * like an id (the wrong-password check sends the password with a suffix).
 */
class RunSecretsTest {
  @TempDir Path dir;

  @Test
  void onlyTheServersIssuedIdsAreHashedAsTokens() {
    Path file = dir.resolve(SecretFingerprints.FILE_NAME);
    String issued = "4VOZBL8M9X5BJYI9";
    String derived = "Passw0rd7-not-the-password";
    RunSecrets.writeFingerprints(
        file, "admin", "Passw0rd7", Set.of(issued, derived, "Passw0rd7"), Set.of(issued), Set.of());

    List<Fingerprint> all = SecretFingerprints.read(file);
    List<String> tokens =
        all.stream().filter(f -> f.length() == issued.length()).map(Fingerprint::hash).toList();
    assertThat(tokens, hasSize(1));
    assertThat(tokens, everyItem(startsWith("sha256:")));
    List<String> others =
        all.stream().filter(f -> f.length() != issued.length()).map(Fingerprint::hash).toList();
    assertThat("the password's forms and the derived secret", others, hasSize(3));
    assertThat(others, everyItem(not(startsWith("sha256:"))));
  }

  /**
   * The wrong-password check's random password for a user that exists nowhere looks like an id, but
   * a leak of it is named for what it is, and its fingerprint is a token's.
   */
  @Test
  void aRandomPasswordTheRunMadeIsNamedAsSuchAndHashedAsAToken() {
    Path file = dir.resolve(SecretFingerprints.FILE_NAME);
    String random = "nobody-abcdefghijkmnpqrstuvwx";
    RunSecrets.writeFingerprints(
        file, "admin", "Passw0rd7", Set.of(random, "Passw0rd7"), Set.of(), Set.of(random));

    List<Fingerprint> made =
        SecretFingerprints.read(file).stream().filter(f -> f.length() == random.length()).toList();
    assertThat(
        made.stream().map(Fingerprint::label).toList(), contains(RunSecrets.RANDOM_PASSWORD));
    assertThat(made.get(0).hash(), startsWith("sha256:"));
  }

  /** The wrong-password check's password with a suffix also looks like an id: named as it is. */
  @Test
  void aWrongPasswordMadeFromThePasswordIsNamedAsSuchAndKeepsPbkdf2() {
    Path file = dir.resolve(SecretFingerprints.FILE_NAME);
    String derived = "Passw0rd7-not-the-password";
    RunSecrets.writeFingerprints(
        file, "admin", "Passw0rd7", Set.of(derived, "Passw0rd7"), Set.of(), Set.of());

    List<Fingerprint> made =
        SecretFingerprints.read(file).stream().filter(f -> f.length() == derived.length()).toList();
    assertThat(
        made.stream().map(Fingerprint::label).toList(), contains(RunSecrets.DERIVED_PASSWORD));
    assertThat(made.get(0).hash(), not(startsWith("sha256:")));
  }
}
