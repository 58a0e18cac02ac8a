package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProjectEndpointsTest extends AdminSimulatorTest {
  private static final String NAME_RULE =
      "'projectName' is required and must be between 1 and 255 characters";

  @Test
  void createAnswersTheFullProjectWithStringScalars() {
    JsonNode project =
        admin
            .post("/projects?projectName=qaProject&description=For%20tests")
            .assertOk()
            .json()
            .get("project");
    for (String field :
        List.of(
            "projectId",
            "projectName",
            "description",
            "createTime",
            "modifyTime",
            "owner",
            "lastModifiedBy",
            "processCount",
            "stageCount",
            "propertySheetId",
            "resourceName",
            "tracked",
            "workspaceName")) {
      assertTrue(project.get(field).isString(), field);
    }
    assertEquals("qaProject", project.get("projectName").asString());
    assertEquals("For tests", project.get("description").asString());
    assertEquals("0", project.get("processCount").asString());
    assertEquals("1", project.get("tracked").asString());
    assertEquals("local", project.get("resourceName").asString());
    assertEquals("default", project.get("workspaceName").asString());
    assertEquals("admin", project.get("owner").asString());
    assertTrue(
        project
            .get("projectId")
            .asString()
            .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    assertTrue(
        project
            .get("createTime")
            .asString()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void createTakesArgumentsFromQueryAndBodyMixed() {
    Reply reply =
        admin
            .post(
                "/projects?projectName=mixed",
                "{\"description\":\"from body\",\"workspaceName\":\"ws\"}")
            .assertOk();
    assertEquals("from body", reply.at("/project/description"));
    assertEquals("ws", reply.at("/project/workspaceName"));
  }

  /** The code and words a real server gave over REST (Azure DevOps tfs-extension's specs). */
  @Test
  void aMissingEmptyOrTooLongNameIsAnInvalidProjectName() {
    assertEquals(NAME_RULE, admin.post("/projects").assertError(400, "InvalidProjectName"));
    assertEquals(
        NAME_RULE,
        admin.post("/projects", "{\"projectName\":\"\"}").assertError(400, "InvalidProjectName"));
    assertEquals(
        NAME_RULE,
        admin
            .post("/projects?projectName=" + "p".repeat(256))
            .assertError(400, "InvalidProjectName"));
    admin.post("/projects?projectName=" + "p".repeat(255)).assertOk();
  }

  /** A public client sends {@code "tracked":"true"}; EF answers booleans as "1"/"0". */
  @Test
  void trueAndFalseStringsAreTakenForBooleanArguments() {
    Reply made =
        admin.post("/projects", "{\"projectName\":\"strings\",\"tracked\":\"false\"}").assertOk();
    assertEquals("0", made.at("/project/tracked"));
    assertEquals(
        "1",
        admin.put("/projects/strings", "{\"tracked\":\"true\"}").assertOk().at("/project/tracked"));
    assertEquals(
        "0", admin.put("/projects/strings?tracked=false").assertOk().at("/project/tracked"));
    assertEquals(
        "1", admin.put("/projects/strings?tracked=TRUE").assertOk().at("/project/tracked"));
    assertEquals(
        "0",
        admin.put("/projects/strings", "{\"tracked\":false}").assertOk().at("/project/tracked"));
    assertEquals("0", admin.get("/projects/strings").assertOk().at("/project/tracked"));
  }

  @Test
  void aDuplicateNameIsAConflict() {
    admin.post("/projects?projectName=Default").assertError(409, "DuplicateProjectName");
  }

  @Test
  void listingShowsEveryProject() {
    admin.post("/projects?projectName=second").assertOk();
    JsonNode projects = admin.get("/projects").assertOk().json().get("project");
    assertEquals(2, projects.size());
    assertEquals("Default", projects.get(0).get("projectName").asString());
    assertEquals(
        "Default project created during installation.",
        projects.get(0).get("description").asString());
  }

  @Test
  void getFindsANameWithSpacesWhenUrlEncoded() {
    admin.post("/projects", "{\"projectName\":\"Electric Cloud\"}").assertOk();
    assertEquals(
        "Electric Cloud",
        admin.get("/projects/Electric%20Cloud").assertOk().at("/project/projectName"));
  }

  @Test
  void getOfAMissingProjectIsNotFound() {
    assertEquals(
        "Project 'wrongProject' does not exist",
        admin.get("/projects/wrongProject").assertError(404, "NoSuchProject"));
  }

  @Test
  void putAnswersOnlyTheNameAndTheChangedFields() {
    JsonNode changed =
        admin
            .put("/projects/Default", "{\"description\":\"changed\"}")
            .assertOk()
            .json()
            .get("project");
    assertEquals(2, changed.size());
    assertEquals("Default", changed.get("projectName").asString());
    assertEquals("changed", changed.get("description").asString());
    assertEquals("changed", admin.get("/projects/Default").at("/project/description"));
    admin.put("/projects/nope?description=x").assertError(404, "NoSuchProject");
  }

  @Test
  void deleteDropsTheProjectWithItsPropertyTree() {
    admin.post("/projects?projectName=sandbox").assertOk();
    admin.put("/properties/a/b?projectName=sandbox&value=1").assertOk();
    assertEquals("{}", admin.delete("/projects/sandbox").assertOk().body());
    admin.get("/projects/sandbox").assertError(404, "NoSuchProject");
    assertTrue(sim.state().project("sandbox").isEmpty());
    admin.post("/projects?projectName=sandbox").assertOk();
    admin.get("/properties/a/b?projectName=sandbox").assertError(404, "NoSuchProperty");
    admin.delete("/projects/neverThere").assertError(404, "NoSuchProject");
  }
}
