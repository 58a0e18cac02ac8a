package io.flowcheck.runner.sandbox;

import java.security.SecureRandom;

/**
 * The user name the run's wrong-password check logs in with: {@code flowcheck-nobody-<random>}, new
 * for each run, so no account on a real server collects a failed login (and none is locked out).
 * The password is random too, and new for each attempt.
 */
public final class NobodyUser {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final String name;

  private NobodyUser(String name) {
    this.name = name;
  }

  /** A user name that exists on no server; the run makes one at its start. */
  public static NobodyUser forRun() {
    return new NobodyUser("flowcheck-nobody-" + random(10));
  }

  public String name() {
    return name;
  }

  public static String randomPassword() {
    return "nobody-" + random(24);
  }

  private static String random(int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
