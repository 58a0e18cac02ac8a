package io.flowcheck.runner.cleanup;

import java.io.PrintStream;
import java.util.List;

/** The end-of-run sweep: deletes whatever the run still owns and says what it could not delete. */
public final class Sweep {
  static final String ALL_DELETED =
      "flowcheck cleanup: everything this run created on the server is deleted";

  private Sweep() {}

  /** Returns what is left, after printing one line for a clean server or one line per leftover. */
  public static List<String> run(Leftovers leftovers, String server, PrintStream out) {
    List<String> left = leftovers.sweep();
    if (left.isEmpty()) {
      out.println(ALL_DELETED);
    } else {
      out.println(
          "Cleanup problem: this run left " + left.size() + " object(s) on " + server + ":");
      left.forEach(l -> out.println("  - " + l));
    }
    return left;
  }
}
