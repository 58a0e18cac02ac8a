package io.flowcheck.simulator.http.jetty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import wiremock.org.eclipse.jetty.server.HttpChannel;
import wiremock.org.eclipse.jetty.server.Request;

/**
 * When each API request arrived and when its answer was sent, and over how many TCP connections,
 * for benchmarks that must know how many requests a client keeps in flight and how often it
 * connects. Admin requests ({@code /__admin/...}) are left out. It keeps the last {@value
 * #MAX_REQUESTS} requests; it records times only, never a path, header or body.
 */
public final class TrafficLog implements HttpChannel.Listener {
  static final int MAX_REQUESTS = 100_000;
  private static final String STARTED = TrafficLog.class.getName() + ".started";

  private final List<Interval> requests = new ArrayList<>();
  // Jetty keeps one end point per TCP connection; weak keys, so closed connections can go.
  private final Set<Object> connections = Collections.newSetFromMap(new WeakHashMap<>());
  private int connectionCount;

  /**
   * One request: arrival (headers read) and answer (its status line about to be written), epoch
   * microseconds.
   */
  public record Interval(long startMicros, long endMicros) {}

  /** What was recorded since start or the last {@link #clear()}. */
  public record Snapshot(int connections, List<Interval> requests) {}

  @Override
  public void onRequestBegin(Request request) {
    if (!request.getRequestURI().startsWith("/__admin")) {
      request.setAttribute(STARTED, nowMicros());
    }
  }

  /**
   * Recorded at commit, before the client can see a byte of the answer, so a client that has its
   * answer always finds the request in the log. At {@code onComplete} it would be recorded after
   * the answer was flushed, and a fast client could read the log before that.
   */
  @Override
  public void onResponseCommit(Request request) {
    if (request.getAttribute(STARTED) instanceof Long start) {
      Interval interval = new Interval(start, nowMicros());
      Object connection = request.getHttpChannel().getEndPoint();
      synchronized (this) {
        if (requests.size() == MAX_REQUESTS) {
          requests.remove(0);
        }
        requests.add(interval);
        if (connections.add(connection)) {
          connectionCount++;
        }
      }
    }
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(connectionCount, List.copyOf(requests));
  }

  /** Forgets every request and connection seen so far. */
  public synchronized void clear() {
    requests.clear();
    connections.clear();
    connectionCount = 0;
  }

  private static long nowMicros() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
  }
}
