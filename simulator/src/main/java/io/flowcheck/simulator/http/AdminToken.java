package io.flowcheck.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * What the admin routes ({@code /__admin/ef/...} and WireMock's {@code /__admin}) ask of a caller:
 * nothing, on a simulator only this machine can reach, or {@code Authorization: Bearer <token>} on
 * one bound to a network address, where a stray reset would wipe another team's rehearsal.
 */
public final class AdminToken {
  public static final String SCHEME = "Bearer ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String token; // null: the routes are open

  private AdminToken(String token) {
    this.token = token;
  }

  /** The routes stay open. */
  public static AdminToken open() {
    return new AdminToken(null);
  }

  public static AdminToken of(String token) {
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("the admin token must not be empty");
    }
    return new AdminToken(token);
  }

  /** A fresh random token: 32 URL-safe characters. */
  public static AdminToken generated() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return new AdminToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public boolean required() {
    return token != null;
  }

  /** The token callers must send, if any. */
  public Optional<String> value() {
    return Optional.ofNullable(token);
  }

  /** Whether a request with this Authorization header (null if none) may use the admin routes. */
  public boolean admits(String authorization) {
    if (token == null) {
      return true;
    }
    if (authorization == null
        || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return false;
    }
    byte[] given = authorization.substring(SCHEME.length()).trim().getBytes(StandardCharsets.UTF_8);
    // Constant time: how long a comparison takes must not tell how much of a guess was right.
    return MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8));
  }
}
