package io.flowcheck.framework.secrets;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * What the leak gate knows of one secret: its byte length, a cheap rolling hash to find candidate
 * windows fast, and a salted hash to confirm them. Never the secret itself, so the file that
 * carries fingerprints from the test run to the gate is no leak of its own.
 *
 * <p>The confirming hash is PBKDF2 (10,000 iterations) for anything a person chose, such as a
 * password; for a random token the server issued it is one salted SHA-256 ({@link #ofToken}),
 * written with a {@code sha256:} prefix. Stretching protects guessable secrets; a random
 * 16-character session id is not guessable, and under the quick compiler each PBKDF2 costs about 25
 * ms of CPU: a run that logged in thirty times paid most of a second for its session ids.
 *
 * @param label what kind of secret, for the message ("the password", "a session id")
 * @param hash the confirming hash: PBKDF2's hex, or {@code sha256:} and SHA-256's hex
 */
public record Fingerprint(String label, int length, long rolling, byte[] salt, String hash) {
  static final long BASE = 1_000_003L;
  static final int ITERATIONS = 10_000;
  private static final String SHA256 = "sha256:";

  /** A secret a person chose (or one derived from it): confirmed with PBKDF2. */
  public static Fingerprint of(String label, byte[] secret, byte[] salt) {
    return new Fingerprint(
        label, secret.length, rollingHash(secret, 0, secret.length), salt, pbkdf2(secret, salt));
  }

  /** A random token a server issued, e.g. a session id: confirmed with one salted SHA-256. */
  public static Fingerprint ofToken(String label, byte[] token, byte[] salt) {
    return new Fingerprint(
        label,
        token.length,
        rollingHash(token, 0, token.length),
        salt,
        SHA256 + sha256(token, salt));
  }

  /** Polynomial hash mod 2^64 (Java's overflow); the scanner rolls it across every window. */
  static long rollingHash(byte[] data, int from, int length) {
    long h = 0;
    for (int i = from; i < from + length; i++) {
      h = h * BASE + (data[i] & 0xff);
    }
    return h;
  }

  boolean confirms(byte[] data, int from) {
    byte[] window = java.util.Arrays.copyOfRange(data, from, from + length);
    String computed =
        hash.startsWith(SHA256) ? SHA256 + sha256(window, salt) : pbkdf2(window, salt);
    return MessageDigest.isEqual(
        computed.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
  }

  static String sha256(byte[] token, byte[] salt) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return HexFormat.of().formatHex(digest.digest(token));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  static String pbkdf2(byte[] secret, byte[] salt) {
    try {
      // PBEKeySpec takes chars; map bytes 1:1 so any byte sequence hashes deterministically.
      char[] chars = new char[secret.length];
      for (int i = 0; i < secret.length; i++) {
        chars[i] = (char) (secret[i] & 0xff);
      }
      PBEKeySpec spec = new PBEKeySpec(chars, salt, ITERATIONS, 256);
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
      return HexFormat.of().formatHex(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JDK", e);
    }
  }

  String toLine() {
    return length
        + " "
        + Long.toHexString(rolling)
        + " "
        + Base64.getEncoder().encodeToString(salt)
        + " "
        + hash
        + " "
        + label;
  }

  static Fingerprint parse(String line) {
    String[] p = line.split(" ", 5);
    return new Fingerprint(
        p[4],
        Integer.parseInt(p[0]),
        Long.parseUnsignedLong(p[1], 16),
        Base64.getDecoder().decode(p[2]),
        p[3]);
  }
}
