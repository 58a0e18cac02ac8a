package io.flowcheck.runner.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.Observation;
import io.flowcheck.runner.dialect.ServerDialect.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ServerDialectTest {
  @TempDir Path tmp;

  private final ServerDialect dialect = new ServerDialect();

  @Test
  void aRefutationOutweighsConfirmationsAndUntouchedGuessesAreNotExercised() {
    dialect.confirmed(
        Assumption.ARTIFACT_PATHS, "artifacts.feature > Reading an artifact that exists");
    dialect.confirmed(
        Assumption.DUPLICATE_STATUS_409,
        "properties.feature > Creating a property that already exists is refused");
    dialect.refuted(
        Assumption.DUPLICATE_STATUS_409,
        new Observation(
            "artifacts.feature > A version cannot be published twice",
            "createArtifactVersion",
            "POST",
            "/artifactVersions",
            400,
            "DuplicateArtifactVersionName",
            "exists"));
    assertEquals(Verdict.CONFIRMED, dialect.verdict(Assumption.ARTIFACT_PATHS));
    assertEquals(Verdict.REFUTED, dialect.verdict(Assumption.DUPLICATE_STATUS_409));
    assertEquals(Verdict.NOT_EXERCISED, dialect.verdict(Assumption.EXPIRED_SESSION_401));
  }

  @Test
  void theRunsOwnVersionLookupAndLogoutCount() {
    DialectSummary.observeVersion(
        new VersionLookup(
            "2024.06.0.178767",
            VersionLookup.FROM_STATUS,
            List.of("getVersions: HTTP 501 NotImplemented")),
        dialect);
    DialectSummary.observeLogout(LogoutOutcome.notAvailable(501, "NotImplemented"), dialect);
    assertEquals(Verdict.REFUTED, dialect.verdict(Assumption.SERVER_VERSIONS_PATH));
    assertEquals(Verdict.REFUTED, dialect.verdict(Assumption.LOGOUT_PATH));
    assertEquals(501, dialect.refutations(Assumption.LOGOUT_PATH).get(0).status());

    ServerDialect other = new ServerDialect();
    DialectSummary.observeVersion(
        new VersionLookup(
            "2024.06.0.178767",
            VersionLookup.FROM_VERSIONS,
            List.of("getServerStatus: answered without serverVersion.version")),
        other);
    DialectSummary.observeLogout(LogoutOutcome.LOGGED_OUT, other);
    assertEquals(Verdict.CONFIRMED, other.verdict(Assumption.SERVER_VERSIONS_PATH));
    assertEquals(Verdict.CONFIRMED, other.verdict(Assumption.LOGOUT_PATH));

    ServerDialect basic = new ServerDialect();
    DialectSummary.observeVersion(
        new VersionLookup("2024.06.0.178767", VersionLookup.FROM_STATUS, List.of()), basic);
    DialectSummary.observeLogout(LogoutOutcome.NOT_ATTEMPTED, basic);
    assertEquals(
        Verdict.NOT_EXERCISED,
        basic.verdict(Assumption.SERVER_VERSIONS_PATH),
        "the run never asked getVersions");
    assertEquals(
        Verdict.NOT_EXERCISED,
        basic.verdict(Assumption.LOGOUT_PATH),
        "basic auth has no session to end");
  }

  @Test
  void theSummaryFileNamesEveryAssumptionAndTheRunsObservations() throws Exception {
    dialect.refuted(
        Assumption.WRONG_PASSWORD_CODE,
        new Observation(
            "login.feature > A wrong password is refused",
            "login",
            "POST",
            "/sessions",
            401,
            "InvalidPassword",
            "Invalid user name or password"));
    DialectSummary.observeVersion(
        new VersionLookup(
            "unknown",
            VersionLookup.FROM_NOWHERE,
            List.of("getServerStatus: HTTP 404", "getVersions: HTTP 501 NotImplemented")),
        dialect);
    DialectSummary.observeLogout(LogoutOutcome.LOGGED_OUT, dialect);
    List<String> console =
        dialect.write(tmp, "https://flow.example.com/rest/v1.0", "unknown", false);

    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(tmp.resolve(ServerDialect.FILE_NAME)));
    assertEquals(Assumption.values().length, json.path("assumptions").size());
    JsonNode wrong = json.path("assumptions").get(1);
    assertEquals("wrong-password-code", wrong.path("name").asString());
    assertEquals("refuted", wrong.path("verdict").asString());
    assertEquals("InvalidPassword", wrong.path("refutedBy").get(0).path("code").asString());
    assertEquals(2, json.path("counts").path("refuted").asInt());
    assertEquals(1, json.path("counts").path("confirmed").asInt());
    assertEquals("none", json.at("/run/version/source").asString());
    assertEquals("logged out", json.at("/run/logout/outcome").asString());

    assertTrue(
        console
            .get(0)
            .startsWith(
                "flowcheck server dialect: 1 confirmed, 2 refuted, "
                    + (Assumption.values().length - 3)
                    + " not exercised"),
        console.get(0));
    assertTrue(
        console.contains(
            "  REFUTED:       wrong-password-code: login answered HTTP 401 InvalidPassword"
                + " [login.feature > A wrong password is refused]"),
        String.join("\n", console));
    assertTrue(console.contains("  confirmed:     logout-path"), String.join("\n", console));
    assertTrue(
        console
            .get(console.size() - 1)
            .startsWith("  the run: version unknown (getServerStatus: HTTP 404;"),
        console.get(console.size() - 1));
  }
}
