package io.flowcheck.cli.pipeline;

import io.flowcheck.framework.upgrade.CaptureVerdict;

/**
 * Where the user started the pipeline: every hint it prints names a command that exists there (a
 * jar user has no scripts folder; a Maven user has no flowcheck.jar).
 */
public enum Entry {
  JAR(
      "flowcheck.jar",
      "a web server shows it; the one-file report below opens from a file",
      "java -jar flowcheck.jar compare {baseline} --server <upgraded server>"),
  MAVEN("Maven", "serve it: scripts/open-report.sh", CaptureVerdict.MAVEN_COMPARE);

  private final String executor;
  private final String serveHint;
  private final String compareCommand;

  Entry(String executor, String serveHint, String compareCommand) {
    this.executor = executor;
    this.serveHint = serveHint;
    this.compareCommand = compareCommand;
  }

  /** Who built the report, as Allure's Executors widget names it. */
  public String executor() {
    return executor;
  }

  /** How to look at the multi-file Allure report, which needs a web server. */
  public String serveHint() {
    return serveHint;
  }

  /** An upgrade capture's next step, {@code {baseline}} standing for the baseline folder. */
  public String compareCommand() {
    return compareCommand;
  }
}
