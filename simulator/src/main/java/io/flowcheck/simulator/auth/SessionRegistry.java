package io.flowcheck.simulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
  private final Duration idleTimeout;
  // A Clock rather than System.nanoTime(), so tests can let an hour pass without waiting for it.
  private final Clock clock;

  public SessionRegistry(Duration idleTimeout) {
    this(idleTimeout, Clock.systemUTC());
  }

  public SessionRegistry(Duration idleTimeout, Clock clock) {
    this.idleTimeout = idleTimeout;
    this.clock = clock;
  }

  public String open(String userName) {
    String id;
    do {
      id = newId();
    } while (!everIssued.add(id)); // never reuse an id, not even one that expired long ago
    live.put(id, new Session(userName, clock.instant()));
    return id;
  }

  /** The session's user, refreshing its idle clock; empty if unknown, logged out or expired. */
  public Optional<String> use(String sessionId) {
    if (sessionId == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session refreshed =
        live.computeIfPresent(
            sessionId, (id, session) -> idleTooLong(session, now) ? null : session.usedAt(now));
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
    Instant now = clock.instant();
    live.values().removeIf(session -> idleTooLong(session, now));
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

  private boolean idleTooLong(Session session, Instant now) {
    return Duration.between(session.lastUsed(), now).compareTo(idleTimeout) > 0;
  }

  private record Session(String userName, Instant lastUsed) {
    Session usedAt(Instant now) {
      return new Session(userName, now);
    }
  }
}
