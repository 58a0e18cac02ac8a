package io.flowcheck.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The three ways to send an absolute path, all of which get through Jetty 11 in WireMock 3.13. */
class AbsolutePropertyPathTest extends AdminSimulatorTest {
  @BeforeEach
  void createANestedProperty() {
    admin.post("/projects?projectName=" + PropertyEndpointsTest.enc("Abs Project")).assertOk();
    admin
        .put(
            "/properties/sheet/name?projectName="
                + PropertyEndpointsTest.enc("Abs Project")
                + "&value=deep")
        .assertOk();
  }

  @Test
  void aDoubleSlashPathIsReadAsAnAbsolutePath() {
    assertEquals(
        "deep",
        admin
            .get("/properties//projects/Abs%20Project/sheet/name")
            .assertOk()
            .at("/property/value"));
  }

  @Test
  void aFullyEncodedPathIsReadAsAnAbsolutePath() {
    String encoded = PropertyEndpointsTest.enc("/projects/Abs Project/sheet/name");
    assertEquals("deep", admin.get("/properties/" + encoded).assertOk().at("/property/value"));
  }

  @Test
  void thePropertyNameQueryParameterTakesAnAbsolutePath() {
    String encoded = PropertyEndpointsTest.enc("/projects/Abs Project/sheet/name");
    assertEquals(
        "deep", admin.get("/properties?propertyName=" + encoded).assertOk().at("/property/value"));
  }

  @Test
  void putAndDeleteAcceptAbsolutePathsToo() {
    admin.put("/properties//projects/Default/viaAbsolute?value=yes").assertOk();
    assertEquals(
        "yes", admin.get("/properties/viaAbsolute?projectName=Default").at("/property/value"));
    admin.delete("/properties/%2Fprojects%2FDefault%2FviaAbsolute").assertOk();
    admin.get("/properties/viaAbsolute?projectName=Default").assertError(404, "NoSuchProperty");
  }

  @Test
  void anAbsolutePathIntoAMissingProjectIsNoSuchProject() {
    admin.get("/properties//projects/Nope/x").assertError(404, "NoSuchProject");
  }

  @Test
  void anAbsolutePathWithAnUnknownRootIsNoSuchProperty() {
    admin.get("/properties//jobs/123/x").assertError(404, "NoSuchProperty");
  }
}
