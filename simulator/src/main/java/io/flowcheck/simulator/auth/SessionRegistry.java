package io.flowcheck.simulator.auth;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions with a sliding idle timeout. Ids look like the KB article's ({@code
 * 4VOZBL8M9X5BJYI9}): 16 characters A-Z0-9 from a SecureRandom, since they act as bearer secrets.
 */
public final class SessionRegistry {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final int ID_LENGTH = 16;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> live = new ConcurrentHashMap<>();
  private final Set<String> everIssued = ConcurrentHashMap.newKeySet();
  private final long idleNanos;

  public SessionRegistry(Duration idleTimeout) {
    this.idleNanos = idleTimeout.toNanos();
  }

  public String open(String userName) {
    String id;
    do {
      id = newId();
    } while (!everIssued.add(id)); // never reuse an id, not even one that expired long ago
    live.put(id, new Session(userName, System.nanoTime()));
    return id;
  }

  /** The session's user, refreshing its idle clock; empty if unknown, logged out or expired. */
  public Optional<String> use(String sessionId) {
    if (sessionId == null) {
      return Optional.empty();
    }
    long now = System.nanoTime();
    Session refreshed =
        live.computeIfPresent(
            sessionId,
            (id, session) -> now - session.lastUsedNanos() > idleNanos ? null : session.usedAt(now));
    return Optional.ofNullable(refreshed).map(Session::userName);
  }

  public void close(String sessionId) {
    if (sessionId != null) {
      live.remove(sessionId);
    }
  }

  /** Every session becomes invalid now, as if the idle time had passed. */
  public void expireAll() {
    live.clear();
  }

  public int activeCount() {
    long now = System.nanoTime();
    live.values().removeIf(session -> now - session.lastUsedNanos() > idleNanos);
    return live.size();
  }

  public Set<String> issuedIds() {
    return Set.copyOf(everIssued);
  }

  private String newId() {
    StringBuilder id = new StringBuilder(ID_LENGTH);
    for (int i = 0; i < ID_LENGTH; i++) {
      id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return id.toString();
  }

  private record Session(String userName, long lastUsedNanos) {
    Session usedAt(long nanos) {
      return new Session(userName, nanos);
    }
  }
}
