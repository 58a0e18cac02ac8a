package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorEnvelopeTest extends AdminSimulatorTest {
  @Test
  void anUnknownPathIsNotImplemented() {
    admin.get("/wrong").assertError(501, "NotImplemented");
    admin.get("").assertError(501, "NotImplemented");
    admin.get("/projects/Default/procedures").assertError(501, "NotImplemented");
  }

  @Test
  void routesMatchWholeSegmentsOnly() {
    assertEquals(
        "No REST operation for GET /rest/v1.0/projects/",
        admin.get("/projects/").assertError(501, "NotImplemented"));
    admin.get("/projects//Default").assertError(501, "NotImplemented");
    admin.get("/projectsX").assertError(501, "NotImplemented");
    admin.get("/server/status/more").assertError(501, "NotImplemented");
    admin
        .post("/properties/x?projectName=Default")
        .assertError(501, "NotImplemented"); // createProperty names it in the arguments
    assertEquals(
        "Default", admin.get("/projects/Default?x=1").assertOk().at("/project/projectName"));
  }

  @Test
  void anUnsupportedVerbOnAKnownPathIsNotImplemented() {
    admin.send("PATCH", "/projects/Default", null).assertError(501, "NotImplemented");
    admin.post("/projects/Default").assertError(501, "NotImplemented");
    admin.delete("/repositories/default").assertError(501, "NotImplemented");
    admin.put("/server/status").assertError(501, "NotImplemented");
    admin.get("/sessions").assertError(501, "NotImplemented");
  }

  @Test
  void aMalformedJsonBodyIsABadRequest() {
    admin.post("/projects", "incorrect").assertError(400, "InvalidArgument");
    admin.put("/properties/x?projectName=Default", "[1,2]").assertError(400, "InvalidArgument");
  }

  @Test
  void pathsOutsideTheRestApiAlsoAnswerWithAnEnvelopeAndNeverHtml() {
    Reply reply = SimulatorClient.of(sim).get("/../../index.html");
    assertFalse(reply.body().contains("<html"), reply.body());
  }

  static Stream<Arguments> failingCalls() {
    return Stream.of(
        Arguments.of("GET", "/properties/nope?projectName=Default", null, 404, "NoSuchProperty"),
        Arguments.of("GET", "/properties/x?projectName=nope", null, 404, "NoSuchProject"),
        Arguments.of(
            "PUT",
            "/properties/properties?projectName=Default&value=1",
            null,
            400,
            "InvalidPropertyName"),
        Arguments.of(
            "POST",
            "/properties?propertyName=PythonProperty&projectName=Default",
            null,
            409,
            "DuplicatePropertyName"),
        Arguments.of("GET", "/propertySheets/nope", null, 404, "NoSuchPropertySheet"),
        Arguments.of("POST", "/projects", "{}", 400, "InvalidProjectName"),
        Arguments.of("POST", "/projects?projectName=Default", null, 409, "DuplicateProjectName"),
        Arguments.of("DELETE", "/projects/nope", null, 404, "NoSuchProject"),
        Arguments.of(
            "POST", "/artifacts?groupId=%3Cx%3E&artifactKey=k", null, 400, "InvalidArtifactName"),
        Arguments.of("GET", "/artifacts/no:such", null, 404, "NoSuchArtifact"),
        Arguments.of(
            "POST",
            "/artifactVersions?artifactName=no:such&version=%3C123%3E",
            null,
            400,
            "InvalidVersion"),
        Arguments.of("GET", "/artifactVersions/no:such:1", null, 404, "NoSuchArtifactVersion"),
        Arguments.of("GET", "/repositories/nope", null, 404, "NoSuchRepository"),
        Arguments.of("POST", "/projects", "{not json", 400, "InvalidArgument"),
        Arguments.of("GET", "/nothing/here", null, 501, "NotImplemented"));
  }

  @ParameterizedTest(name = "{0} {1} -> {3} {4}")
  @MethodSource("failingCalls")
  void everyErrorCarriesAllFourEnvelopeKeys(
      String method, String path, String body, int status, String code) {
    admin.send(method, path, body).assertError(status, code);
  }
}
