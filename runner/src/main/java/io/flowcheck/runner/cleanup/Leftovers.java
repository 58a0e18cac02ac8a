package io.flowcheck.runner.cleanup;

import io.flowcheck.framework.client.EfApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object the run created and has not yet seen deleted. Scenario cleanup removes entries as it
 * deletes; the end of the run sweeps whatever is left and names what it could not remove.
 */
public final class Leftovers {
  /** A thing to delete: its description for messages, and how to delete it. */
  public interface Removal {
    void run();
  }

  // Insertion order matters: the sweep deletes newest first, so the sandbox project goes last.
  private final Map<String, Removal> pending = new LinkedHashMap<>();

  /** Everything ever registered, for the second sweep of an interrupted run. */
  private final Map<String, Removal> everything = new LinkedHashMap<>();

  private boolean closed;

  /** Record before creating: if the create half-succeeds, the object is still swept. */
  public synchronized void created(String what, Removal removal) {
    if (closed) {
      throw new IllegalStateException(
          "Test setup problem: the run is shutting down; not creating " + what);
    }
    pending.put(what, removal);
    everything.put(what, removal);
  }

  /** No more registrations: the run is being interrupted. */
  public synchronized void close() {
    closed = true;
  }

  /**
   * Puts every object ever registered back on the list. Deleting twice is harmless (NoSuch* counts
   * as done); it catches creates that were in flight during the first sweep.
   */
  public synchronized void reopenEverything() {
    pending.putAll(everything);
  }

  /**
   * Deletes one object now. "Already gone" (any NoSuch* code) counts as done.
   *
   * @return null when removed, else a one-line problem description
   */
  public String remove(String what) {
    Removal removal;
    synchronized (this) {
      removal = pending.get(what);
    }
    if (removal == null) {
      return null;
    }
    try {
      removal.run();
    } catch (EfApiException e) {
      if (!e.code().startsWith("NoSuch")) {
        return fail(what, e.getMessage());
      }
    } catch (RuntimeException e) {
      return fail(what, e.getMessage());
    }
    synchronized (this) {
      pending.remove(what);
    }
    return null;
  }

  private String fail(String what, String why) {
    return "Cleanup problem: could not delete " + what + ": " + why;
  }

  /** Removes everything still pending, newest first; returns what could not be removed. */
  public List<String> sweep() {
    List<String> newestFirst;
    synchronized (this) {
      newestFirst = new ArrayList<>(pending.keySet());
    }
    java.util.Collections.reverse(newestFirst);
    List<String> left = new ArrayList<>();
    for (String what : newestFirst) {
      String problem = remove(what);
      if (problem != null) {
        left.add(what + " (" + problem + ")");
      }
    }
    return left;
  }
}
