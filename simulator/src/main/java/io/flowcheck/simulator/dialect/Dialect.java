package io.flowcheck.simulator.dialect;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The main alternatives to what the simulator guesses where no public source tells how a real
 * server answers. Each switch makes the simulator answer like a server where the other guess is the
 * true one, so a suite can prove it copes with both. Unlike a behaviour change, a dialect is fixed
 * for the simulator's lifetime: it describes the server, not an upgrade of it.
 */
public enum Dialect {
  /** {@code DELETE /sessions} (logout) answers 501 NotImplemented, like an unknown route. */
  NO_REST_LOGOUT,
  /** {@code GET /server/versions} answers 501 NotImplemented. */
  NO_SERVER_VERSIONS,
  /** The full {@code GET /server/status} answer carries no {@code serverVersion}. */
  NO_VERSION_IN_STATUS,
  /** Every {@code Duplicate*Name} refusal answers HTTP 400 instead of 409. */
  DUPLICATE_AS_400,
  /**
   * A freshly created artifact version is in state {@code publishing} instead of {@code available},
   * whether created over REST or published with its files.
   */
  NEW_VERSION_PUBLISHING,
  /**
   * The server also has {@code /commander/publishArtifact.php}, which the Jenkins plugin prefers
   * when {@code GET} answers 200 or 400: it answers a bare {@code GET} with 400 and takes a {@code
   * POST} whose file parts are named {@code files[]} (the CGI endpoint's are {@code files}).
   */
  PUBLISH_PHP,
  /**
   * No artifact publishing endpoint at all: {@code /commander/cgi-bin/publishArtifactAPI.cgi} (and
   * the PHP one) answer 404, as on a server without them.
   */
  NO_PUBLISH_ENDPOINT,
  /**
   * Looking up a property (getProperty, deleteProperty) in a project that does not exist answers
   * 404 {@code NoSuchProperty}, the child's code, instead of {@code NoSuchProject}: a real server
   * answered runProcedure in a missing project with {@code NoSuchProcedure} (Jenkins
   * electricflow-plugin RunProcedureSuite). Reading the project itself still answers {@code
   * NoSuchProject}.
   */
  CHILD_CODE_FOR_MISSING_PROJECT;

  /** The command-line spelling: NO_REST_LOGOUT is "no-rest-logout". */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The dialect with this command-line spelling, if any. */
  public static Optional<Dialect> ofCliName(String cliName) {
    return Arrays.stream(values()).filter(dialect -> dialect.cliName().equals(cliName)).findFirst();
  }

  /** Every command-line spelling, comma-separated, for a usage message. */
  public static String cliNames() {
    return Arrays.stream(values()).map(Dialect::cliName).collect(Collectors.joining(", "));
  }
}
