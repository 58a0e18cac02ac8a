package io.flowcheck.runner.dialect;

import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.Observation;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ends the server dialect summary once the run has logged out: adds what the run's own calls showed
 * (how it found the version, whether REST logout worked), then writes {@code server-dialect.json}
 * and prints the short section.
 */
public final class DialectSummary {
  static final String RUN = "the run itself";

  /** The assumptions the run's own calls confirm or refute, whatever the scenarios do. */
  public static final Set<Assumption> OBSERVED_BY_THE_RUN =
      Set.of(Assumption.LOGOUT_PATH, Assumption.SERVER_VERSIONS_PATH);

  /**
   * A version note about getVersions, as {@link VersionLookup} writes them: "getVersions: HTTP 501
   * NotImplemented".
   */
  private static final Pattern VERSIONS_NOTE =
      Pattern.compile(
          Pattern.quote(VersionLookup.FROM_VERSIONS) + ": HTTP (\\d{3})(?: ([A-Za-z]+))?.*");

  private DialectSummary() {}

  /**
   * @param version how the run found the server's version
   * @param logout how the run's own logout went
   * @param server the API base URL
   */
  public static void write(
      ServerDialect dialect,
      VersionLookup version,
      LogoutOutcome logout,
      String server,
      boolean strict,
      Path outputDir) {
    observeVersion(version, dialect);
    observeLogout(logout, dialect);
    try {
      dialect.write(outputDir, server, version.version(), strict).forEach(System.out::println);
    } catch (RuntimeException e) {
      System.out.println("Cleanup problem: " + e.getMessage());
    }
  }

  /** The run asks getVersions only when the status names no version: then its answer counts. */
  static void observeVersion(VersionLookup lookup, ServerDialect dialect) {
    dialect.runVersion(lookup);
    if (VersionLookup.FROM_VERSIONS.equals(lookup.source())) {
      dialect.confirmed(
          Assumption.SERVER_VERSIONS_PATH, RUN + ": the version came from getVersions");
      return;
    }
    for (String note : lookup.notes()) {
      Matcher m = VERSIONS_NOTE.matcher(note);
      if (m.matches()) {
        int status = Integer.parseInt(m.group(1));
        String code = m.group(2) == null ? "" : m.group(2);
        if (status == 404 || status == 405 || status == 501 || code.equals("NotImplemented")) {
          dialect.refuted(
              Assumption.SERVER_VERSIONS_PATH,
              new Observation(
                  RUN,
                  Operation.GET_VERSIONS.apiName(),
                  Operation.GET_VERSIONS.method(),
                  Operation.GET_VERSIONS.pathTemplate(),
                  status,
                  code,
                  "the run's version lookup: " + note));
        }
      }
    }
  }

  /** A logout the server took confirms the route; "no REST logout" (404/501) refutes it. */
  static void observeLogout(LogoutOutcome outcome, ServerDialect dialect) {
    dialect.runLogout(outcome);
    switch (outcome.kind()) {
      case LOGGED_OUT -> dialect.confirmed(Assumption.LOGOUT_PATH, RUN + ": its own logout worked");
      case NOT_AVAILABLE ->
          dialect.refuted(
              Assumption.LOGOUT_PATH,
              new Observation(
                  RUN,
                  Operation.LOGOUT.apiName(),
                  Operation.LOGOUT.method(),
                  Operation.LOGOUT.pathTemplate(),
                  outcome.status(),
                  outcome.code(),
                  "the run's own logout: " + outcome.describe()));
      default -> {} // not attempted (basic auth), or refused for another reason: no verdict
    }
  }
}
