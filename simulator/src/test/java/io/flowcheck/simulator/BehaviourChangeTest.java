package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.simulator.behaviour.BehaviourChange;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class BehaviourChangeTest extends AdminSimulatorTest {
  private static final String SEED = "/properties/PythonProperty?projectName=Default";

  private int publishes; // each publish of answersEveryChangeTouches() is a new version

  @BeforeEach
  void todaysServer() {
    for (BehaviourChange change : BehaviourChange.values()) {
      sim.disable(change);
    }
    sim.reset();
  }

  @Test
  void renamedFieldSaysModifiedByInPropertyAnswersAndSheetListings() {
    assertEquals("admin", admin.get(SEED).at("/property/lastModifiedBy"));
    assertFalse(admin.get(SEED).has("/property/modifiedBy"));

    sim.enable(BehaviourChange.RENAMED_FIELD);
    Reply one = admin.get(SEED).assertOk();
    assertEquals("admin", one.at("/property/modifiedBy"));
    assertFalse(one.has("/property/lastModifiedBy"));
    assertTrue(
        admin
            .put("/properties/p?projectName=Default&value=1")
            .assertOk()
            .has("/property/modifiedBy"));
    assertTrue(
        admin
            .post("/properties?projectName=Default&propertyName=q&value=2")
            .assertOk()
            .has("/property/modifiedBy"));
    Reply listing = admin.get("/properties?projectName=Default").assertOk();
    assertTrue(listing.has("/propertySheet/modifiedBy"));
    assertTrue(listing.has("/propertySheet/property/0/modifiedBy"));
    assertFalse(listing.body().contains("lastModifiedBy"), listing.body());
    String sheetId = listing.at("/propertySheet/propertySheetId");
    assertTrue(admin.get("/propertySheets/" + sheetId).has("/propertySheet/property/0/modifiedBy"));
    assertTrue(
        admin
            .get("/projects/Default")
            .has("/project/lastModifiedBy")); // only property answers change
  }

  @Test
  void extraFieldAddsThePropertyType() {
    admin.put("/properties/sheet/leaf?projectName=Default&value=v").assertOk();
    assertFalse(admin.get(SEED).has("/property/propertyType"));

    sim.enable(BehaviourChange.EXTRA_FIELD);
    assertEquals("string", admin.get(SEED).at("/property/propertyType"));
    assertEquals(
        "sheet", admin.get("/properties/sheet?projectName=Default").at("/property/propertyType"));
    JsonNode entries =
        admin.get("/properties?projectName=Default").json().at("/propertySheet/property");
    assertEquals("string", entries.get(0).get("propertyType").asString());
    assertEquals("sheet", entries.get(1).get("propertyType").asString());
  }

  @Test
  void changedErrorCodeRenamesNoSuchPropertyOnly() {
    admin.get("/properties/nope?projectName=Default").assertError(404, "NoSuchProperty");

    sim.enable(BehaviourChange.CHANGED_ERROR_CODE);
    admin.get("/properties/nope?projectName=Default").assertError(404, "NoSuchPropertyPath");
    admin.delete("/properties/a/b?projectName=Default").assertError(404, "NoSuchPropertyPath");
    admin.get("/properties//projects/Default/nope").assertError(404, "NoSuchPropertyPath");
    admin.get("/properties/x?projectName=nope").assertError(404, "NoSuchProject");
  }

  @Test
  void trimmedValueStripsAnswersButStoresTheValueUnchanged() {
    admin
        .put("/properties/padded?projectName=Default", "{\"value\":\"  two words \\t\"}")
        .assertOk();
    assertEquals(
        "  two words \t",
        admin.get("/properties/padded?projectName=Default").at("/property/value"));

    sim.enable(BehaviourChange.TRIMMED_VALUE);
    assertEquals(
        "two words", admin.get("/properties/padded?projectName=Default").at("/property/value"));
    assertEquals(
        "x",
        admin
            .put("/properties/padded?projectName=Default", "{\"value\":\" x \"}")
            .at("/property/value"));
    assertEquals(
        " x ",
        sim.state()
            .project("Default")
            .orElseThrow()
            .propertySheet()
            .property("padded")
            .orElseThrow()
            .value());
    assertEquals(
        "x",
        admin
            .get("/properties?projectName=Default")
            .json()
            .at("/propertySheet/property/1/value")
            .asString());
  }

  @Test
  void renamedLoginFieldNamesTheUserUserAndKeepsTheSessionId() {
    Reply today = admin.post("/sessions?userName=admin&password=changeme").assertOk();
    assertEquals("admin", today.at("/userName"));

    sim.enable(BehaviourChange.RENAMED_LOGIN_FIELD);
    Reply changed = admin.post("/sessions?userName=admin&password=changeme").assertOk();
    assertEquals("admin", changed.at("/user"));
    assertFalse(changed.has("/userName"));
    assertFalse(changed.at("/sessionId").isEmpty(), "a client still finds its session id");
  }

  @Test
  void createdPublishStatusAnswersASuccessfulPublish201WithTheSameBody() {
    assertEquals("200 Artifact-Published-OK", publishOnce("1.0"));

    sim.enable(BehaviourChange.CREATED_PUBLISH_STATUS);
    assertEquals("201 Artifact-Published-OK", publishOnce("2.0"));
    Reply refused = publish("3.0", "wrong");
    assertEquals(200, refused.status(), "a refusal is answered as before");
    assertTrue(refused.body().contains("[NoSuchRepository]"), refused.body());
  }

  /** A one-file publish of ci:changes as admin (Basic), answered "STATUS BODY". */
  private String publishOnce(String version) {
    Reply reply = publish(version, "default");
    return reply.status() + " " + reply.body();
  }

  private Reply publish(String version, String repository) {
    HttpClient http =
        HttpClient.newBuilder().sslContext(SimulatorClient.sslContextTrusting(sim)).build();
    String basic =
        "Basic "
            + Base64.getEncoder().encodeToString("admin:changeme".getBytes(StandardCharsets.UTF_8));
    return PublishForm.of("ci:changes", version, repository)
        .file("files", "app.jar", new byte[] {1, 2, 3})
        .header("Authorization", basic)
        .postTo(http, sim.serverUrl() + ArtifactPublishingTest.CGI);
  }

  @Test
  void changesCanBeSetAtStartAndListed() {
    try (EfSimulator upgraded =
        EfSimulator.builder()
            .behaviourChange(BehaviourChange.EXTRA_FIELD, BehaviourChange.RENAMED_FIELD)
            .start()) {
      assertEquals(
          Set.of(BehaviourChange.EXTRA_FIELD, BehaviourChange.RENAMED_FIELD),
          upgraded.behaviourChanges());
      Reply reply = SimulatorClient.of(upgraded).asAdmin().get(SEED).assertOk();
      assertEquals("string", reply.at("/property/propertyType"));
      assertNull(reply.at("/property/lastModifiedBy"));
      upgraded.disable(BehaviourChange.EXTRA_FIELD);
      assertEquals(Set.of(BehaviourChange.RENAMED_FIELD), upgraded.behaviourChanges());
    }
    assertEquals(Set.of(), sim.behaviourChanges());
  }

  @Test
  void eachChangeSwitchedOffAgainGivesExactlyTodaysAnswers() {
    // a padded value, so that the trimming change has something to change
    admin.put("/properties/padded?projectName=Default", "{\"value\":\" x \"}").assertOk();
    String today = answersEveryChangeTouches();
    for (BehaviourChange change : BehaviourChange.values()) {
      sim.enable(change);
      assertNotEquals(today, answersEveryChangeTouches(), change + " changes nothing we look at");
      sim.disable(change);
      assertEquals(today, answersEveryChangeTouches(), change + " still shows after disable()");
    }
  }

  /**
   * A sheet listing (field names, values), a missing property's error code, a login answer's field
   * names and a publish's status. Each publish is a new version, so they never collide.
   */
  private String answersEveryChangeTouches() {
    Reply login = admin.post("/sessions?userName=admin&password=changeme").assertOk();
    return admin.get("/properties?projectName=Default").body()
        + admin.get("/properties/nope?projectName=Default").body()
        + (login.has("/userName") ? " login names userName" : " login names no userName")
        + " publish "
        + publish("v" + publishes++, "default").status();
  }
}
