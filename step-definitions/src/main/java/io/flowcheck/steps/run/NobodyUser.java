package io.flowcheck.steps.run;

import java.security.SecureRandom;

/**
 * The user name the run's wrong-password check logs in with: {@code flowcheck-nobody-<random>},
 * new for each run, so no account on a real server collects a failed login (and none is locked
 * out). The password is random too, and new for each attempt.
 */
public final class NobodyUser {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
  private static EfRun owner;
  private static String name;

  private NobodyUser() {}

  /** This run's non-existent user; a later run in the same JVM gets a new one. */
  public static synchronized String of(EfRun run) {
    if (owner != run) {
      owner = run;
      name = "flowcheck-nobody-" + random(10);
    }
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
