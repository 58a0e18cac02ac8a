package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class PropertyEndpointsTest extends AdminSimulatorTest {
  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void theSeedPropertyLooksLikeTheKbSample() {
    JsonNode property =
        admin
            .get("/properties/PythonProperty?projectName=Default")
            .assertOk()
            .json()
            .get("property");
    for (String field :
        List.of(
            "propertyId",
            "propertyName",
            "counter",
            "createTime",
            "description",
            "expandable",
            "lastModifiedBy",
            "modifyTime",
            "owner",
            "tracked",
            "value")) {
      assertTrue(property.get(field).isString(), field);
    }
    assertEquals("d527401a-d390-11e7-832b-005056330fc3", property.get("propertyId").asString());
    assertEquals("2017-11-27T16:34:26.271Z", property.get("createTime").asString());
    assertEquals("0", property.get("counter").asString());
    assertEquals("PythonRestApi", property.get("value").asString());
  }

  @Test
  void putWithTheValueInTheQueryUpdatesAndAnswersTheWholeProperty() {
    Reply reply =
        admin.put("/properties/PythonProperty?projectName=Default&value=UpdatedPython").assertOk();
    assertEquals("UpdatedPython", reply.at("/property/value"));
    assertEquals("d527401a-d390-11e7-832b-005056330fc3", reply.at("/property/propertyId"));
    assertEquals("2017-11-27T16:34:26.271Z", reply.at("/property/createTime"));
    assertFalse(reply.at("/property/modifyTime").equals(reply.at("/property/createTime")));
    assertEquals(
        "UpdatedPython",
        admin.get("/properties/PythonProperty?projectName=Default").at("/property/value"));
  }

  @Test
  void putWithAJsonBodyCreatesAMissingPropertyAndItsSheets() {
    Reply reply =
        admin
            .put("/properties/deep/er/leaf", "{\"projectName\":\"Default\",\"value\":\"v1\"}")
            .assertOk();
    assertEquals("leaf", reply.at("/property/propertyName"));
    assertEquals(
        "v1", admin.get("/properties/deep/er/leaf?projectName=Default").at("/property/value"));
    Reply sheet = admin.get("/properties/deep/er?projectName=Default").assertOk();
    assertNotNull(sheet.at("/property/propertySheetId"));
    assertFalse(sheet.has("/property/value"));
  }

  @Test
  void theJsonBodyWinsOverTheQuery() {
    admin
        .put("/properties/p?projectName=Default&value=fromQuery", "{\"value\":\"fromBody\"}")
        .assertOk();
    assertEquals("fromBody", admin.get("/properties/p?projectName=Default").at("/property/value"));
  }

  @Test
  void postCreatesAStringPropertyAndRefusesADuplicate() {
    Reply created =
        admin
            .post(
                "/properties",
                "{\"propertyName\":\"made\",\"value\":\"1\",\"projectName\":\"Default\",\"description\":\"d\"}")
            .assertOk();
    assertEquals("1", created.at("/property/value"));
    assertEquals("d", created.at("/property/description"));
    assertEquals("admin", created.at("/property/owner"));
    String message =
        admin
            .post("/properties?propertyName=made&value=2&projectName=Default")
            .assertError(409, "DuplicatePropertyName");
    assertTrue(message.contains("made"), message);
  }

  @Test
  void postWithTypeSheetCreatesANestedSheet() {
    Reply sheet =
        admin
            .post(
                "/properties",
                "{\"propertyName\":\"cfg\",\"propertyType\":\"sheet\",\"projectName\":\"Default\"}")
            .assertOk();
    String sheetId = sheet.at("/property/propertySheetId");
    assertNotNull(sheetId);
    assertFalse(sheet.has("/property/value"));
    admin.put("/properties/cfg/child?projectName=Default&value=c").assertOk();
    JsonNode listing =
        admin.get("/propertySheets/" + sheetId).assertOk().json().get("propertySheet");
    assertEquals(sheetId, listing.get("propertySheetId").asString());
    assertEquals("child", listing.get("property").get(0).get("propertyName").asString());
    assertEquals("c", listing.get("property").get(0).get("value").asString());
  }

  /**
   * The two-call listing a public client makes (EC-Kubernetes EFClient.groovy): the project's
   * propertySheetId, then that sheet; the same entries as the one-call getProperties.
   */
  @Test
  void aProjectsPropertySheetIdListsItsPropertiesInTwoCalls() {
    String sheetId = admin.get("/projects/Default").assertOk().at("/project/propertySheetId");
    JsonNode twoCalls =
        admin
            .get("/propertySheets/" + sheetId + "?expand=0")
            .assertOk()
            .json()
            .get("propertySheet");
    JsonNode oneCall =
        admin
            .get("/properties?projectName=Default&expand=0")
            .assertOk()
            .json()
            .get("propertySheet");
    assertEquals(sheetId, twoCalls.get("propertySheetId").asString());
    assertEquals(oneCall.get("property"), twoCalls.get("property"));
    assertEquals("PythonProperty", twoCalls.get("property").get(0).get("propertyName").asString());
  }

  @Test
  void anUnknownPropertyTypeIsInvalid() {
    admin
        .post("/properties?propertyName=x&propertyType=number&projectName=Default")
        .assertError(400, "InvalidArgument");
  }

  @Test
  void deleteRemovesAPropertyAndThenItIsMissing() {
    assertEquals(
        "{}", admin.delete("/properties/PythonProperty?projectName=Default").assertOk().body());
    String message =
        admin
            .get("/properties/PythonProperty?projectName=Default")
            .assertError(404, "NoSuchProperty");
    assertTrue(message.contains("PythonProperty"), message);
    admin
        .delete("/properties/PythonProperty?projectName=Default")
        .assertError(404, "NoSuchProperty");
  }

  @Test
  void deletingASheetRemovesItsSubtree() {
    admin.put("/properties/tree/a/b?projectName=Default&value=1").assertOk();
    admin.delete("/properties/tree?projectName=Default").assertOk();
    admin.get("/properties/tree/a/b?projectName=Default").assertError(404, "NoSuchProperty");
    assertTrue(
        sim.state().project("Default").orElseThrow().propertySheet().property("tree").isEmpty());
  }

  @Test
  void getOnTheCollectionListsTheProjectsTopSheet() {
    admin.put("/properties/second?projectName=Default&value=2").assertOk();
    JsonNode sheet =
        admin.get("/properties?projectName=Default").assertOk().json().get("propertySheet");
    for (String field :
        List.of("propertySheetId", "owner", "createTime", "modifyTime", "lastModifiedBy")) {
      assertTrue(sheet.get(field).isString(), field);
    }
    assertEquals(2, sheet.get("property").size());
    assertEquals("PythonProperty", sheet.get("property").get(0).get("propertyName").asString());
    String projectSheetId = admin.get("/projects/Default").at("/project/propertySheetId");
    assertEquals(projectSheetId, sheet.get("propertySheetId").asString());
  }

  @Test
  void anUnknownPropertySheetIdIsNotFound() {
    admin
        .get("/propertySheets/00000000-0000-0000-0000-000000000000")
        .assertError(404, "NoSuchPropertySheet");
  }

  @Test
  void reservedNamesAreRefused() {
    admin
        .put("/properties/properties?projectName=Default&value=x")
        .assertError(400, "InvalidPropertyName");
    admin
        .post("/properties?propertyName=project&projectName=Default")
        .assertError(400, "InvalidPropertyName");
    admin
        .put("/properties/project/child?projectName=Default&value=x")
        .assertError(400, "InvalidPropertyName");
  }

  @Test
  void aMissingProjectIsNotFoundWithTheServersWording() {
    String message =
        admin.get("/properties/x?projectName=wrongProject").assertError(404, "NoSuchProject");
    assertEquals("Project 'wrongProject' does not exist", message);
    admin.put("/properties/x?projectName=wrongProject&value=1").assertError(404, "NoSuchProject");
  }

  @Test
  void aMissingNestedPropertyIsNotFoundAndTheMessageNamesItsPath() {
    String message =
        admin.get("/properties/nope/child?projectName=Default").assertError(404, "NoSuchProperty");
    assertTrue(message.contains("nope/child"), message);
  }

  @Test
  void aRelativePathWithoutALocatorIsAMissingArgument() {
    admin.get("/properties/PythonProperty").assertError(400, "MissingArgument");
  }

  @Test
  void settingAValueOnASheetIsInvalid() {
    admin.put("/properties/s/child?projectName=Default&value=1").assertOk();
    admin.put("/properties/s?projectName=Default&value=2").assertError(400, "InvalidArgument");
  }

  @Test
  void longUnicodeAndQuotedValuesRoundTripThroughBodyAndQuery() {
    String longValue = "x".repeat(10_000);
    admin
        .put("/properties/long", "{\"projectName\":\"Default\",\"value\":\"" + longValue + "\"}")
        .assertOk();
    assertEquals(
        longValue, admin.get("/properties/long?projectName=Default").at("/property/value"));

    String tricky = "Grüße \"quoted\" 'single' & spaces + plus = 100% ✓ 日本語 \\ back\nline";
    admin.put("/properties/tricky?projectName=Default&value=" + enc(tricky)).assertOk();
    assertEquals(tricky, admin.get("/properties/tricky?projectName=Default").at("/property/value"));

    admin
        .put(
            "/properties/tricky2",
            "{\"projectName\":\"Default\",\"value\":" + TestJson.quoted(tricky) + "}")
        .assertOk();
    assertEquals(
        tricky, admin.get("/properties/tricky2?projectName=Default").at("/property/value"));

    String longQueryValue = "ä".repeat(3_000);
    admin.put("/properties/longQuery?projectName=Default&value=" + enc(longQueryValue)).assertOk();
    assertEquals(
        longQueryValue,
        sim.state()
            .project("Default")
            .orElseThrow()
            .propertySheet()
            .property("longQuery")
            .orElseThrow()
            .value());
  }

  @Test
  void propertyNamesWithSpacesWorkWhenUrlEncoded() {
    admin.put("/properties/" + enc("my prop") + "?projectName=Default&value=1").assertOk();
    assertEquals(
        "my prop",
        admin
            .get("/properties/" + enc("my prop") + "?projectName=Default")
            .at("/property/propertyName"));
  }
}
