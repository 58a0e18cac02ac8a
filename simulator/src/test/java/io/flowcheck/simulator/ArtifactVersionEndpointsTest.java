package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArtifactVersionEndpointsTest extends AdminSimulatorTest {
  @BeforeEach
  void resetAndCreateAnArtifact() {
    admin.post("/artifacts?groupId=com.example&artifactKey=app").assertOk();
  }

  @Test
  void createAnswersEveryFieldOfTheRealCapture() {
    JsonNode version =
        admin
            .post(
                "/artifactVersions", "{\"artifactName\":\"com.example:app\",\"version\":\"1.0.0\"}")
            .assertOk()
            .json()
            .get("artifactVersion");
    for (String field :
        List.of(
            "artifactVersionId",
            "artifactVersionName",
            "artifactName",
            "groupId",
            "artifactKey",
            "version",
            "majorMinorPatch",
            "buildNumber",
            "artifactVersionState",
            "repositoryName",
            "description",
            "owner",
            "lastModifiedBy",
            "createTime",
            "modifyTime",
            "propertySheetId")) {
      assertTrue(version.get(field).isString(), field);
    }
    assertEquals("com.example:app:1.0.0", version.get("artifactVersionName").asString());
    assertEquals("1.0.0", version.get("majorMinorPatch").asString());
    assertEquals("0", version.get("buildNumber").asString());
    assertEquals("available", version.get("artifactVersionState").asString());
    assertEquals("default", version.get("repositoryName").asString());
  }

  @Test
  void groupIdAndArtifactKeyMayReplaceArtifactNameAndTheVersionIsSplit() {
    Reply reply =
        admin
            .post("/artifactVersions?groupId=com.example&artifactKey=app&version=1.2.3-beta-42")
            .assertOk();
    assertEquals("1.2.3", reply.at("/artifactVersion/majorMinorPatch"));
    assertEquals("42", reply.at("/artifactVersion/buildNumber"));
  }

  @Test
  void anInvalidVersionIsRefused() {
    String message =
        admin
            .post("/artifactVersions?artifactName=com.example:app&version=%3C123%3E")
            .assertError(400, "InvalidVersion");
    assertEquals(
        "'version' must be between 1 and 255 characters",
        message); // the server's words for "<123>"
    String empty =
        admin
            .post("/artifactVersions?artifactName=com.example:app&version=")
            .assertError(400, "InvalidVersion");
    assertEquals(message, empty);
    String tooLong =
        admin
            .post("/artifactVersions?artifactName=com.example:app&version=" + "1".repeat(256))
            .assertError(400, "InvalidVersion");
    assertEquals(message, tooLong);
    admin
        .post("/artifactVersions?artifactName=com.example:app")
        .assertError(400, "MissingArgument");
  }

  @Test
  void aMissingArtifactOrRepositoryIsNotFound() {
    admin
        .post("/artifactVersions?artifactName=no:such&version=1")
        .assertError(404, "NoSuchArtifact");
    String message =
        admin
            .post("/artifactVersions?artifactName=com.example:app&version=1&repositoryName=wrong")
            .assertError(404, "NoSuchRepository");
    assertEquals("Repository 'wrong' does not exist", message);
  }

  @Test
  void aDuplicateVersionIsAConflict() {
    admin.post("/artifactVersions?artifactName=com.example:app&version=1").assertOk();
    admin
        .post("/artifactVersions?artifactName=com.example:app&version=1")
        .assertError(409, "DuplicateArtifactVersionName");
  }

  @Test
  void listingFiltersByArtifactOrShowsAll() {
    admin.post("/artifacts?groupId=other&artifactKey=lib").assertOk();
    admin.post("/artifactVersions?artifactName=com.example:app&version=1").assertOk();
    admin.post("/artifactVersions?artifactName=com.example:app&version=2").assertOk();
    admin.post("/artifactVersions?artifactName=other:lib&version=1").assertOk();
    assertEquals(
        2,
        admin
            .get("/artifactVersions?artifactName=com.example:app")
            .assertOk()
            .json()
            .get("artifactVersion")
            .size());
    assertEquals(3, admin.get("/artifactVersions").assertOk().json().get("artifactVersion").size());
    admin.get("/artifactVersions?artifactName=no:such").assertError(404, "NoSuchArtifact");
  }

  @Test
  void getModifyAndDeleteOneVersion() {
    admin.post("/artifactVersions?artifactName=com.example:app&version=1.0.0").assertOk();
    assertEquals(
        "1.0.0",
        admin
            .get("/artifactVersions/com.example:app:1.0.0")
            .assertOk()
            .at("/artifactVersion/version"));

    JsonNode changed =
        admin
            .put(
                "/artifactVersions/com.example:app:1.0.0",
                "{\"description\":\"d\",\"artifactVersionState\":\"publishing\"}")
            .assertOk()
            .json()
            .get("artifactVersion");
    assertEquals(3, changed.size());
    assertEquals("publishing", changed.get("artifactVersionState").asString());
    assertEquals(
        "publishing",
        admin
            .get("/artifactVersions/com.example:app:1.0.0")
            .at("/artifactVersion/artifactVersionState"));
    admin
        .put("/artifactVersions/com.example:app:1.0.0?artifactVersionState=bogus")
        .assertError(400, "InvalidArgument");

    assertEquals("{}", admin.delete("/artifactVersions/com.example:app:1.0.0").assertOk().body());
    admin.get("/artifactVersions/com.example:app:1.0.0").assertError(404, "NoSuchArtifactVersion");
    admin
        .delete("/artifactVersions/com.example:app:1.0.0")
        .assertError(404, "NoSuchArtifactVersion");
  }
}
