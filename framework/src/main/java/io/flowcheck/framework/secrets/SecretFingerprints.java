package io.flowcheck.framework.secrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a run's secrets into fingerprints, in every form a secret could take in an output (the
 * forms of {@link SecretPolicy#formsOf}), and for the password also the Basic {@code Authorization}
 * token. Which values are secrets is the run's to say: its password, and what its clients' maskers
 * saw (registered, or hidden because {@link SecretPolicy} names the field).
 */
public final class SecretFingerprints {
  /** Where a run leaves its fingerprints, relative to the module's target folder. */
  public static final String FILE_NAME = "flowcheck-secret-fingerprints.txt";

  private static final SecureRandom RANDOM = new SecureRandom();

  private SecretFingerprints() {}

  public static List<Fingerprint> forPassword(String user, String password) {
    Set<String> forms = forms(password);
    forms.add(
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return fingerprints("the password", forms, Fingerprint::of);
  }

  /** A session id the client saw: its origin is not known, so it is hashed like a password. */
  public static List<Fingerprint> forSessionId(String sessionId) {
    return fingerprints("a session id", forms(sessionId), Fingerprint::of);
  }

  /**
   * A session id the server says it issued: a random token, so one salted SHA-256 confirms it
   * ({@link Fingerprint#ofToken}).
   */
  public static List<Fingerprint> forIssuedSessionId(String sessionId) {
    return fingerprints("a session id", forms(sessionId), Fingerprint::ofToken);
  }

  /**
   * A random secret the run made itself, e.g. the wrong-password check's password for a user that
   * exists nowhere: as unguessable as a server's token, so one salted SHA-256 confirms it.
   */
  public static List<Fingerprint> forRandomSecret(String label, String secret) {
    return fingerprints(label, forms(secret), Fingerprint::ofToken);
  }

  /** Any other secret the run handled, e.g. the deliberately wrong password of a login check. */
  public static List<Fingerprint> forSecret(String label, String secret) {
    return fingerprints(label, forms(secret), Fingerprint::of);
  }

  /** The forms {@link SecretPolicy} lists, the same ones the report masker hides. */
  private static Set<String> forms(String secret) {
    return new LinkedHashSet<>(SecretPolicy.formsOf(secret));
  }

  /** How one form becomes a fingerprint: {@link Fingerprint#of} or {@link Fingerprint#ofToken}. */
  private interface Hashing {
    Fingerprint of(String label, byte[] secret, byte[] salt);
  }

  private static List<Fingerprint> fingerprints(String label, Set<String> forms, Hashing hashing) {
    List<Fingerprint> out = new ArrayList<>();
    for (String form : forms) {
      if (form.length() >= SecretPolicy.MIN_LENGTH) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        out.add(hashing.of(label, form.getBytes(StandardCharsets.UTF_8), salt));
      }
    }
    return out;
  }

  /** Appends: several runs in one build (in-process tests) each add theirs. */
  public static void append(Path file, List<Fingerprint> fingerprints) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      List<String> lines = fingerprints.stream().map(Fingerprint::toLine).toList();
      Files.write(
          file,
          lines,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write secret fingerprints to " + file, e);
    }
  }

  public static List<Fingerprint> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(Fingerprint::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read secret fingerprints from " + file, e);
    }
  }
}
