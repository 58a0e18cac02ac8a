package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.simulator.dialect.Dialect;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Each dialect switch against a simulator with every switch on; AdminSimulatorTest's default one
 * for contrast.
 */
class DialectTest extends AdminSimulatorTest {
  private static EfSimulator other;
  private static SimulatorClient otherAdmin;

  @BeforeAll
  static void startTheOtherDialect() {
    other = EfSimulator.builder().serverVersion("2023.10.0.1").dialect(Dialect.values()).start();
    otherAdmin = SimulatorClient.of(other).asAdmin();
  }

  @AfterAll
  static void stopTheOtherDialect() {
    other.close();
  }

  @BeforeEach
  void resetTheOtherDialect() {
    other.reset();
  }

  @Test
  void theSwitchesAreListedAndNoneIsOnByDefault() {
    assertEquals(EnumSet.allOf(Dialect.class), other.dialects());
    assertEquals(Set.of(), sim.dialects());
    try (EfSimulator two =
        EfSimulator.builder()
            .dialect(Dialect.NO_REST_LOGOUT)
            .dialect(Dialect.DUPLICATE_AS_400)
            .start()) {
      assertEquals(EnumSet.of(Dialect.NO_REST_LOGOUT, Dialect.DUPLICATE_AS_400), two.dialects());
    }
  }

  @Test
  void noRestLogoutAnswersLikeAnUnknownRouteAndTheSessionLivesOn() {
    String sessionId =
        SimulatorClient.of(other)
            .post("/sessions?userName=admin&password=changeme")
            .assertOk()
            .at("/sessionId");
    SimulatorClient session = SimulatorClient.of(other).header("sessionId", sessionId);
    session.delete("/sessions").assertError(501, "NotImplemented");
    session.get("/projects/Default").assertOk();

    admin.delete("/sessions").assertOk(); // the default dialect has the guessed logout
  }

  /**
   * A real server answered runProcedure in a missing project with NoSuchProcedure (Jenkins
   * electricflow-plugin RunProcedureSuite): the child's code, not NoSuchProject.
   */
  @Test
  void childCodeForMissingProjectNamesThePropertyNotTheProject() {
    String message =
        otherAdmin.get("/properties/anything?projectName=nope").assertError(404, "NoSuchProperty");
    assertEquals("Property 'anything' does not exist in project 'nope'", message);
    otherAdmin.get("/properties//projects/nope/anything").assertError(404, "NoSuchProperty");
    otherAdmin.delete("/properties/anything?projectName=nope").assertError(404, "NoSuchProperty");
    otherAdmin.get("/projects/nope").assertError(404, "NoSuchProject"); // the project itself

    admin.get("/properties/anything?projectName=nope").assertError(404, "NoSuchProject");
  }

  @Test
  void noServerVersionsAnswersNotImplemented() {
    otherAdmin.get("/server/versions").assertError(501, "NotImplemented");
    assertEquals(
        "2024.06.0.178767", admin.get("/server/versions").assertOk().at("/serverVersion/version"));
  }

  @Test
  void noVersionInStatusLeavesTheVersionOutOfTheFullStatus() {
    JsonNode status = otherAdmin.get("/server/status").assertOk().json().get("serverStatus");
    assertEquals("running", status.get("serverState").asString());
    assertFalse(status.has("serverVersion"), status.toString());
    assertEquals(
        "2024.06.0.178767",
        admin.get("/server/status").assertOk().at("/serverStatus/serverVersion/version"));
  }

  @Test
  void duplicateAs400AnswersEveryDuplicateNameWith400AndTheSameCode() {
    otherAdmin.post("/projects?projectName=Default").assertError(400, "DuplicateProjectName");
    otherAdmin
        .post("/properties?projectName=Default&propertyName=PythonProperty")
        .assertError(400, "DuplicatePropertyName");
    otherAdmin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
    otherAdmin.post("/artifacts?groupId=g&artifactKey=k").assertError(400, "DuplicateArtifactName");
    otherAdmin.post("/artifactVersions?artifactName=g:k&version=1").assertOk();
    otherAdmin
        .post("/artifactVersions?artifactName=g:k&version=1")
        .assertError(400, "DuplicateArtifactVersionName");
    otherAdmin
        .get("/properties/nope?projectName=Default")
        .assertError(404, "NoSuchProperty"); // other errors keep their status

    admin.post("/projects?projectName=Default").assertError(409, "DuplicateProjectName");
  }

  @Test
  void newVersionPublishingStartsAVersionInStatePublishing() {
    otherAdmin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
    Reply created = otherAdmin.post("/artifactVersions?artifactName=g:k&version=1.0.0").assertOk();
    assertEquals("publishing", created.at("/artifactVersion/artifactVersionState"));
    assertEquals(
        "publishing",
        other.state().artifactVersion("g:k:1.0.0").orElseThrow().artifactVersionState());
    otherAdmin.put("/artifactVersions/g:k:1.0.0?artifactVersionState=available").assertOk();
    assertEquals(
        "available",
        otherAdmin.get("/artifactVersions/g:k:1.0.0").at("/artifactVersion/artifactVersionState"));

    admin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
    assertEquals(
        "available",
        admin
            .post("/artifactVersions?artifactName=g:k&version=1.0.0")
            .assertOk()
            .at("/artifactVersion/artifactVersionState"));
  }

  @Test
  void theWrongPasswordAnswerCanBeSetToAnyStatusAndCode() {
    try (EfSimulator strict =
        EfSimulator.builder()
            .loginFailureCode("InvalidCredentials")
            .loginFailureStatus(403)
            .start()) {
      String message =
          SimulatorClient.of(strict)
              .post("/sessions?userName=admin&password=nope")
              .assertError(403, "InvalidCredentials");
      assertEquals("Invalid user name or password", message);
    }
    assertThrows(
        IllegalArgumentException.class, () -> EfSimulator.builder().loginFailureStatus(200));
    assertThrows(IllegalArgumentException.class, () -> EfSimulator.builder().loginFailureCode(" "));
  }

  @Test
  void theCommandLineNamesAreLowerCaseAndHyphenated() {
    assertEquals("no-rest-logout", Dialect.NO_REST_LOGOUT.cliName());
    assertEquals(Dialect.DUPLICATE_AS_400, Dialect.ofCliName("duplicate-as-400").orElseThrow());
    assertEquals(
        "no-rest-logout, no-server-versions, no-version-in-status, duplicate-as-400,"
            + " new-version-publishing, publish-php, no-publish-endpoint,"
            + " child-code-for-missing-project",
        Dialect.cliNames());
  }
}
