package io.flowcheck.framework.run;

import java.io.PrintStream;

/**
 * The one line a build step ends with, and whether the build may go on. Run by Maven's exec plugin,
 * a failed verdict fails the build by throwing {@link Failed}: the plugin then shows its message
 * once, without a stack trace, and Maven exits non-zero.
 *
 * @param status 0 passed, 1 failed, 2 the step was called wrongly
 */
public record Verdict(int status, String line) {
  public static Verdict passed(String line) {
    return new Verdict(0, line);
  }

  public static Verdict failed(String line) {
    return new Verdict(1, line);
  }

  public static Verdict usage(String line) {
    return new Verdict(2, line);
  }

  public boolean isPassed() {
    return status == 0;
  }

  /** Prints the line; a failed verdict then fails the build. */
  public void announce(PrintStream out) {
    out.println(line);
    out.flush();
    if (!isPassed()) {
      throw new Failed(line);
    }
  }

  /** Carries the verdict line to Maven; no stack trace, since the line says all there is. */
  public static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failed(String line) {
      super(line, null, false, false);
    }

    @Override
    public String toString() {
      return getMessage();
    }
  }
}
