package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArtifactEndpointsTest extends AdminSimulatorTest {
  @Test
  void theKbCallCreatesArtifactTwoColonTwo() {
    JsonNode artifact =
        admin.post("/artifacts?artifactKey=2&groupId=2").assertOk().json().get("artifact");
    for (String field :
        List.of(
            "artifactId",
            "artifactName",
            "groupId",
            "artifactKey",
            "description",
            "artifactVersionNameTemplate",
            "owner",
            "lastModifiedBy",
            "createTime",
            "modifyTime",
            "propertySheetId")) {
      assertTrue(artifact.get(field).isString(), field);
    }
    assertEquals("2:2", artifact.get("artifactName").asString());
    assertEquals("admin", artifact.get("owner").asString());
  }

  @Test
  void aJsonBodyWorksAndCarriesTheOptionalFields() {
    Reply reply =
        admin
            .post(
                "/artifacts",
                "{\"groupId\":\"com.example\",\"artifactKey\":\"my app_1-x\",\"description\":\"d\",\"artifactVersionNameTemplate\":\"t\"}")
            .assertOk();
    assertEquals("com.example:my app_1-x", reply.at("/artifact/artifactName"));
    assertEquals("d", reply.at("/artifact/description"));
    assertEquals("t", reply.at("/artifact/artifactVersionNameTemplate"));
  }

  @Test
  void namesOutsideTheAllowedCharactersAreInvalid() {
    String message =
        admin
            .post("/artifacts?groupId=bad%2Fgroup&artifactKey=k")
            .assertError(400, "InvalidArtifactName");
    assertTrue(
        message.startsWith("'artifactName' must be in the form groupId:artifactKey"), message);
    admin
        .post("/artifacts?groupId=g&artifactKey=" + "k".repeat(256))
        .assertError(400, "InvalidArtifactName");
    admin.post("/artifacts?groupId=g&artifactKey=a:b").assertError(400, "InvalidArtifactName");
  }

  @Test
  void aMissingGroupOrKeyIsAMissingArgument() {
    admin.post("/artifacts?groupId=g").assertError(400, "MissingArgument");
    admin.post("/artifacts?artifactKey=k").assertError(400, "MissingArgument");
  }

  @Test
  void aDuplicateIsAConflict() {
    admin.post("/artifacts?artifactKey=2&groupId=2").assertOk();
    admin.post("/artifacts?artifactKey=2&groupId=2").assertError(409, "DuplicateArtifactName");
  }

  @Test
  void listGetModifyAndDeleteWork() {
    admin.post("/artifacts?groupId=g&artifactKey=a").assertOk();
    admin.post("/artifacts?groupId=g&artifactKey=b").assertOk();
    assertEquals(2, admin.get("/artifacts").assertOk().json().get("artifact").size());
    assertEquals("a", admin.get("/artifacts/g:a").assertOk().at("/artifact/artifactKey"));

    JsonNode changed =
        admin.put("/artifacts/g:a", "{\"description\":\"new\"}").assertOk().json().get("artifact");
    assertEquals(2, changed.size());
    assertEquals("new", changed.get("description").asString());
    assertEquals("g:a", changed.get("artifactName").asString());

    assertEquals("{}", admin.delete("/artifacts/g:a").assertOk().body());
    admin.get("/artifacts/g:a").assertError(404, "NoSuchArtifact");
    admin.delete("/artifacts/g:a").assertError(404, "NoSuchArtifact");
    admin.put("/artifacts/g:a?description=x").assertError(404, "NoSuchArtifact");
  }

  @Test
  void deletingAnArtifactRemovesItsVersions() {
    admin.post("/artifacts?groupId=g&artifactKey=a").assertOk();
    admin.post("/artifactVersions?artifactName=g:a&version=1.0.0").assertOk();
    admin.delete("/artifacts/g:a").assertOk();
    admin.get("/artifactVersions/g:a:1.0.0").assertError(404, "NoSuchArtifactVersion");
    assertEquals(0, admin.get("/artifactVersions").json().get("artifactVersion").size());
  }
}
