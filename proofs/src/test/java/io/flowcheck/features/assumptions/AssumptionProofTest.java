package io.flowcheck.features.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.auth.LoginAttempt;
import io.flowcheck.simulator.dialect.Dialect;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/**
 * Proves that a failed guess about the server is told apart from a regression, end to end: the
 * suite runs against separately started simulators (so as against a real server) that answer
 * differently from what the suite assumes, and the run stays green, says "not confirmed" and names
 * the refuted assumptions in server-dialect.json; with ef.assumptions.strict=true it fails. The
 * runs' console output is captured, not printed: some fail on purpose.
 */
@ResourceLock(InProcessRun.LOCK)
class AssumptionProofTest {
  private static final String PASSWORD = "Assume-Proof-Pw-7";

  @TempDir Path tmp;

  private static EfSimulator.Builder simulator() {
    return EfSimulator.builder().port(0).user("admin", PASSWORD);
  }

  private static Map<String, String> against(EfSimulator sim, String... more) {
    Map<String, String> settings =
        new HashMap<>(
            Map.of("ef.server", sim.serverUrl(), "ef.password", PASSWORD, "ef.tls", "relaxed"));
    for (int i = 0; i < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  /** Runs the features in this JVM; InProcessRun keeps the console in the result. */
  private static InProcessRun.Result run(Map<String, String> settings, Path out, String tags) {
    return InProcessRun.run(settings, out, tags, "classpath:features");
  }

  private static JsonNode dialect(InProcessRun.Result run) {
    return io.flowcheck.framework.upgrade.JsonTree.read(run.out().resolve("server-dialect.json"));
  }

  private static JsonNode assumption(JsonNode dialect, String name) {
    for (JsonNode a : dialect.path("assumptions")) {
      if (a.path("name").asString().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("server-dialect.json does not name " + name + ": " + dialect);
  }

  private static void check(InProcessRun.Result run, Consumer<String> assertions) {
    try {
      assertions.accept(run.console());
    } catch (AssertionError e) {
      throw new AssertionError(
          e.getMessage() + "\n--- console of the run ---\n" + run.console(), e);
    }
  }

  /**
   * A server without getVersions at /server/versions and without REST logout: the whole suite is
   * green, exactly the two scenarios resting on those routes are not confirmed, the summary names
   * both guesses refuted, and the run's own logout is reported as not available. The same run, made
   * as against a real server, shows that no login with the run's own user and a wrong password is
   * ever made, and that the wrong-password check used a user that does not exist.
   */
  @Test
  void aServerWithoutGetVersionsAndRestLogoutRunsGreenAndTheSummaryNamesBoth() {
    EfSimulator sim =
        simulator().dialect(Dialect.NO_SERVER_VERSIONS, Dialect.NO_REST_LOGOUT).start();
    try {
      InProcessRun.Result run =
          run(against(sim), tmp.resolve("no-versions-no-logout"), "not @simulator");
      check(
          run,
          console -> {
            assertEquals(0, run.exitStatus(), "refuted guesses do not fail the run");
            assertTrue(
                console.contains(
                    "server.feature > getVersions reports the server's version: not confirmed on"
                        + " this server (server-versions-path: getVersions answered HTTP 501 NotImplemented)"),
                "getVersions line");
            assertTrue(
                console.contains(
                    "login.feature > A session that logged out is refused: not confirmed on this"
                        + " server (logout-path: logout answered HTTP 501 NotImplemented)"),
                "logout line");
            assertTrue(
                console.contains(", not confirmed 2, failed 0, "),
                "exactly these two are not confirmed");
            assertTrue(
                console.contains("everything this run created on the server is deleted"),
                "cleanup complete");
            assertTrue(
                !console.contains("Cleanup problem"), "a missing logout is no cleanup problem");
            JsonNode dialect = dialect(run);
            JsonNode versions = assumption(dialect, "server-versions-path");
            assertEquals("refuted", versions.path("verdict").asString());
            assertEquals("getVersions", versions.at("/refutedBy/0/operation").asString());
            assertEquals(501, versions.at("/refutedBy/0/status").asInt());
            JsonNode logout = assumption(dialect, "logout-path");
            assertEquals("refuted", logout.path("verdict").asString());
            assertTrue(
                logout.path("refutedBy").toString().contains("\"source\":\"the run itself\""),
                "the run's own logout refutes it too: " + logout);
            assertEquals(
                "not available (HTTP 501 NotImplemented)",
                dialect.at("/run/logout/outcome").asString());
            assertEquals("getServerStatus", dialect.at("/run/version/source").asString());
            assertEquals(
                2, dialect.at("/counts/refuted").asInt(), dialect.path("counts").toString());
            assertEquals(
                "confirmed",
                assumption(dialect, "artifact-version-paths").path("verdict").asString());
          });

      List<LoginAttempt> attempts = sim.loginAttempts();
      assertTrue(
          attempts.stream().noneMatch(a -> a.userName().equals("admin") && !a.accepted()),
          "a wrong password for the run's own user: " + attempts);
      assertTrue(
          attempts.stream()
              .anyMatch(
                  a ->
                      a.userName().startsWith("flowcheck-nobody-")
                          && !a.accepted()
                          && a.via().equals(LoginAttempt.LOGIN)),
          "the wrong-password check logs in as nobody: " + attempts);
      assertEquals(
          1,
          attempts.stream().filter(a -> !a.accepted()).count(),
          "the run makes exactly one failed login: " + attempts);
    } finally {
      sim.stop();
    }
  }

  /**
   * A server that answers duplicates with 400 and starts new artifact versions in "publishing": the
   * right error code with another status, and another value than the assumption predicts, are
   * failed guesses too, not regressions.
   */
  @Test
  void anotherDuplicateStatusAndANewVersionStateAreNotConfirmed() {
    EfSimulator sim =
        simulator().dialect(Dialect.DUPLICATE_AS_400, Dialect.NEW_VERSION_PUBLISHING).start();
    try {
      InProcessRun.Result run =
          run(
              against(sim),
              tmp.resolve("duplicates-publishing"),
              "@assumption:duplicate-status-409 or @assumption:new-version-available");
      check(
          run,
          console -> {
            assertEquals(0, run.exitStatus());
            assertTrue(
                console.contains(
                    "properties.feature > Creating a property that already exists is refused: not"
                        + " confirmed on this server (duplicate-status-409: createProperty answered HTTP 400 DuplicatePropertyName)"));
            assertTrue(
                console.contains(
                    "artifacts.feature > A version cannot be published twice: not confirmed on this"
                        + " server (duplicate-status-409: createArtifactVersion answered HTTP 400 DuplicateArtifactVersionName)"));
            assertTrue(
                console.contains(
                    "artifacts.feature > Creating an artifact as the KB article does, then publishing"
                        + " versions: not confirmed on this server (new-version-available: getArtifactVersion answered"
                        + " artifactVersionState 'publishing')"));
            assertTrue(console.contains("(passed 0, not confirmed 3, failed 0, skipped 0)"));
            JsonNode dialect = dialect(run);
            assertEquals(
                "refuted", assumption(dialect, "duplicate-status-409").path("verdict").asString());
            assertEquals(
                "refuted", assumption(dialect, "new-version-available").path("verdict").asString());
          });
    } finally {
      sim.stop();
    }
  }

  /**
   * A server that names the missing child rather than the missing project (as one answered
   * runProcedure with NoSuchProcedure): the scenario expecting NoSuchProject is not confirmed, not
   * failed.
   */
  @Test
  void aChildCodeForAMissingProjectIsNotConfirmed() {
    EfSimulator sim = simulator().dialect(Dialect.CHILD_CODE_FOR_MISSING_PROJECT).start();
    try {
      InProcessRun.Result run =
          run(against(sim), tmp.resolve("child-code"), "@assumption:missing-project-code");
      check(
          run,
          console -> {
            assertEquals(0, run.exitStatus(), "a failed guess does not fail the run");
            assertTrue(
                console.contains(
                    "properties.feature > A property of a missing project is refused: not"
                        + " confirmed on this server (missing-project-code: getProperty answered"
                        + " HTTP 404 NoSuchProperty)"),
                "the console's not-confirmed line");
            assertTrue(
                console.contains("(passed 0, not confirmed 1, failed 0, skipped "),
                "counted apart from failures");
            JsonNode missing = assumption(dialect(run), "missing-project-code");
            assertEquals("refuted", missing.path("verdict").asString());
            assertEquals("NoSuchProperty", missing.at("/refutedBy/0/code").asString());
          });
    } finally {
      sim.stop();
    }
  }

  @Test
  void aWrongPasswordCodeOutsideTheExpectedSetIsNotConfirmedAndFailsOnlyWhenStrict() {
    EfSimulator sim = simulator().loginFailureCode("InvalidPassword").start();
    try {
      InProcessRun.Result run =
          run(against(sim), tmp.resolve("lenient"), "@assumption:wrong-password-code");
      check(
          run,
          console -> {
            assertEquals(0, run.exitStatus(), "a failed guess does not fail the run");
            assertTrue(
                console.contains(
                    "login.feature > A wrong password is refused: not confirmed on this server"
                        + " (wrong-password-code: login answered HTTP 401 InvalidPassword)"),
                "the console's not-confirmed line");
            assertTrue(
                console.contains("(passed 0, not confirmed 1, failed 0, skipped "),
                "the summary counts it apart");
            JsonNode wrong = assumption(dialect(run), "wrong-password-code");
            assertEquals("refuted", wrong.path("verdict").asString());
            assertEquals("InvalidPassword", wrong.at("/refutedBy/0/code").asString());
            assertEquals(401, wrong.at("/refutedBy/0/status").asInt());
            assertTrue(!console.contains(PASSWORD), "no password on the console");
          });

      InProcessRun.Result strict =
          run(
              against(sim, "ef.assumptions.strict", "true"),
              tmp.resolve("strict"),
              "@assumption:wrong-password-code");
      check(
          strict,
          console -> {
            assertEquals(1, strict.exitStatus(), "ef.assumptions.strict=true fails the run");
            assertTrue(
                console.contains("FAIL [1] login.feature > A wrong password is refused")
                    || console.contains("FAIL [2] login.feature > A wrong password is refused"),
                "shown as a failure");
            assertTrue(
                console.contains("(passed 0, not confirmed 0, failed 1, skipped "),
                "counted as a failure");
            assertEquals(
                "refuted",
                assumption(dialect(strict), "wrong-password-code").path("verdict").asString(),
                "the summary names the refuted guess in strict mode too");
            assertEquals(true, dialect(strict).path("strict").asBoolean());
          });
    } finally {
      sim.stop();
    }
  }
}
