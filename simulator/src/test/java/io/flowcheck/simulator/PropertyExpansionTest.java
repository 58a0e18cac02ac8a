package io.flowcheck.simulator;

import static io.flowcheck.simulator.PropertyEndpointsTest.enc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * getProperty/getProperties expand $[...] references by default, as the server does (KBEC-00262).
 */
class PropertyExpansionTest extends AdminSimulatorTest {
  private static final String MISSING = "Invalid property path: No such property: 'not/expanded'";

  /** Sets a property of project Default through a JSON body, so any text survives unencoded. */
  private void set(String path, String value) {
    admin
        .put(
            "/properties/" + path,
            "{\"projectName\":\"Default\",\"value\":" + TestJson.quoted(value) + "}")
        .assertOk();
  }

  private String read(String pathAndQuery) {
    return admin.get(pathAndQuery).assertOk().at("/property/value");
  }

  @Test
  void aSiblingInTheSameSheetIsExpanded() {
    set("colour", "red");
    set("sentence", "The car is $[colour].");
    assertEquals("The car is red.", read("/properties/sentence?projectName=Default"));
  }

  @Test
  void aSiblingInANestedSheetIsFoundThereFirst() {
    set("timeout", "top-level");
    set("settings/timeout", "30");
    set("settings/message", "wait $[timeout]s");
    assertEquals("wait 30s", read("/properties/settings/message?projectName=Default"));
  }

  @Test
  void aNameMissingInTheNestedSheetFallsBackToTheProjectsTopSheet() {
    set("colour", "red");
    set("settings/paint", "$[colour] paint");
    assertEquals("red paint", read("/properties/settings/paint?projectName=Default"));
  }

  @Test
  void aRelativePathIntoASheetIsFollowed() {
    set("settings/timeout", "30");
    set("summary", "timeout=$[settings/timeout]");
    assertEquals("timeout=30", read("/properties/summary?projectName=Default"));
  }

  @Test
  void anAbsolutePathReachesAnotherProject() {
    admin.post("/projects?projectName=" + enc("Other Project")).assertOk();
    admin.put("/properties/name?projectName=" + enc("Other Project") + "&value=theirs").assertOk();
    admin.put("/properties/sheet/x?projectName=" + enc("Other Project") + "&value=deep").assertOk();
    set("borrowed", "$[/projects/Other Project/name] and $[/projects/Other Project/sheet/x]");
    assertEquals("theirs and deep", read("/properties/borrowed?projectName=Default"));
  }

  @Test
  void aReferencedValueIsExpandedInItsOwnSheetAndChainsExpandAllTheWay() {
    set("c", "end");
    set("b", "$[c]?");
    set("a", "$[b]!");
    assertEquals("end?!", read("/properties/a?projectName=Default"));

    admin.post("/projects?projectName=Far").assertOk();
    admin.put("/properties/inner/y?projectName=Far&value=far-y").assertOk();
    admin.put("/properties/inner/x?projectName=Far", "{\"value\":\"x->$[y]\"}").assertOk();
    set("viaFar", "$[/projects/Far/inner/x]");
    assertEquals("x->far-y", read("/properties/viaFar?projectName=Default"));
  }

  @Test
  void aReferenceInsideAReferenceIsExpandedFirst() {
    admin.post("/projects?projectName=Target").assertOk();
    admin.put("/properties/name?projectName=Target&value=found").assertOk();
    set("which", "Target");
    set("indirect", "$[/projects/$[which]/name]");
    assertEquals("found", read("/properties/indirect?projectName=Default"));
  }

  @Test
  void anUnresolvableReferenceFailsTheReadWithTheServersWords() {
    set("broken", "<b>bold</b> & 100% $[not/expanded]");
    assertEquals(
        MISSING,
        admin.get("/properties/broken?projectName=Default").assertError(404, "NoSuchProperty"));
  }

  @Test
  void aReferenceToAMissingProjectOrASheetNamesNothing() {
    set("settings/timeout", "30");
    set("toProject", "$[/projects/Nope/x]");
    set("toSheet", "$[settings]");
    assertEquals(
        "Invalid property path: No such property: '/projects/Nope/x'",
        admin.get("/properties/toProject?projectName=Default").assertError(404, "NoSuchProperty"));
    assertEquals(
        "Invalid property path: No such property: 'settings'",
        admin.get("/properties/toSheet?projectName=Default").assertError(404, "NoSuchProperty"));
  }

  @Test
  void aCycleFailsNamingTheReferenceThatClosesIt() {
    set("a", "1$[b]");
    set("b", "2$[a]");
    assertEquals(
        "Invalid property path: No such property: 'a'",
        admin.get("/properties/a?projectName=Default").assertError(404, "NoSuchProperty"));
    set("self", "$[self]");
    assertEquals(
        "Invalid property path: No such property: 'self'",
        admin.get("/properties/self?projectName=Default").assertError(404, "NoSuchProperty"));
  }

  @Test
  void aChainDeeperThanTheGuardFailsAndAShorterOneWorks() {
    for (int i = 0; i < 60; i++) {
      set("p" + i, i == 59 ? "end" : "$[p" + (i + 1) + "]");
    }
    assertEquals("end", read("/properties/p20?projectName=Default"));
    String message =
        admin.get("/properties/p0?projectName=Default").assertError(404, "NoSuchProperty");
    assertTrue(message.startsWith("Invalid property path: No such property: 'p"), message);
  }

  @Test
  void aValueThatDoublesAtEveryLevelIsRefusedInsteadOfFillingTheMemory() {
    set("v0", "x".repeat(1_000));
    for (int i = 1;
        i <= 13;
        i++) { // 1,000 * 2^13 characters: more than the 4,000,000 a read may substitute
      set("v" + i, "$[v" + (i - 1) + "]$[v" + (i - 1) + "]");
    }
    assertEquals(4_000, read("/properties/v2?projectName=Default").length());
    admin.get("/properties/v13?projectName=Default").assertError(400, "InvalidArgument");
  }

  @Test
  void textThatIsNoCompleteReferenceStaysAsItIs() {
    set("plain", "costs $5 [net] and $[unterminated");
    assertEquals(
        "costs $5 [net] and $[unterminated", read("/properties/plain?projectName=Default"));
  }

  @ParameterizedTest(name = "expand={0}")
  @ValueSource(strings = {"0", "false", "FALSE", "False"})
  void expandZeroOrFalseReturnsTheRawText(String expand) {
    set("broken", "<b>bold</b> & 100% $[not/expanded]");
    assertEquals(
        "<b>bold</b> & 100% $[not/expanded]",
        read("/properties/broken?projectName=Default&expand=" + expand));
  }

  @ParameterizedTest(name = "expand={0}")
  @ValueSource(strings = {"1", "true", "yes", ""})
  void anyOtherExpandValueExpands(String expand) {
    set("colour", "red");
    set("sentence", "$[colour]");
    assertEquals("red", read("/properties/sentence?projectName=Default&expand=" + expand));
  }

  @Test
  void absolutePathReadsAndThePropertyNameFormExpandToo() {
    set("colour", "red");
    set("settings/paint", "$[colour]");
    assertEquals("red", read("/properties//projects/Default/settings/paint"));
    assertEquals("red", read("/properties/" + enc("/projects/Default/settings/paint")));
    assertEquals(
        "red", read("/properties?propertyName=" + enc("/projects/Default/settings/paint")));
    assertEquals("red", read("/properties?propertyName=settings/paint&projectName=Default"));
    assertEquals(
        "$[colour]", read("/properties?propertyName=settings/paint&projectName=Default&expand=0"));
    assertEquals("$[colour]", read("/properties//projects/Default/settings/paint?expand=false"));
  }

  @Test
  void setAndCreateStoreAndEchoTheRawText() {
    set("colour", "red");
    Reply put =
        admin
            .put("/properties/sentence?projectName=Default", "{\"value\":\"is $[colour]\"}")
            .assertOk();
    assertEquals("is $[colour]", put.at("/property/value"));
    Reply post =
        admin
            .post(
                "/properties",
                "{\"projectName\":\"Default\",\"propertyName\":\"made\",\"value\":\"$[nothing]\"}")
            .assertOk();
    assertEquals("$[nothing]", post.at("/property/value"));

    SimulatorState.Sheet sheet = sim.state().project("Default").orElseThrow().propertySheet();
    assertEquals("is $[colour]", sheet.property("sentence").orElseThrow().value());
    assertEquals("$[nothing]", sheet.property("made").orElseThrow().value());
    String dump =
        SimulatorClient.of(sim)
            .sendAbsolute(sim.serverUrl() + "/__admin/ef/state", "GET")
            .assertOk()
            .body();
    assertTrue(dump.contains("is $[colour]") && dump.contains("$[nothing]"), dump);
    assertEquals("is red", read("/properties/sentence?projectName=Default"));
  }

  @Test
  void aListingExpandsEveryValueAndExpandZeroListsThemRaw() {
    set("colour", "red");
    set("sentence", "is $[colour]");
    set("settings/paint", "$[colour] paint");
    JsonNode entries =
        admin
            .get("/properties?projectName=Default")
            .assertOk()
            .json()
            .at("/propertySheet/property");
    assertEquals("is red", entries.get(2).get("value").asString());
    JsonNode raw =
        admin
            .get("/properties?projectName=Default&expand=0")
            .assertOk()
            .json()
            .at("/propertySheet/property");
    assertEquals("is $[colour]", raw.get(2).get("value").asString());

    String settingsId =
        admin.get("/properties/settings?projectName=Default").at("/property/propertySheetId");
    assertEquals(
        "red paint",
        admin
            .get("/propertySheets/" + settingsId)
            .assertOk()
            .at("/propertySheet/property/0/value"));
    assertEquals(
        "$[colour] paint",
        admin
            .get("/propertySheets/" + settingsId + "?expand=false")
            .at("/propertySheet/property/0/value"));
  }

  @Test
  void oneUnresolvableValueFailsTheWholeListing() {
    set("broken", "$[not/expanded]");
    assertEquals(
        MISSING, admin.get("/properties?projectName=Default").assertError(404, "NoSuchProperty"));
    String sheetId = admin.get("/projects/Default").at("/project/propertySheetId");
    assertEquals(
        MISSING, admin.get("/propertySheets/" + sheetId).assertError(404, "NoSuchProperty"));
    admin.get("/properties?projectName=Default&expand=0").assertOk();
  }

  @Test
  void anArtifactsPropertyExpandsInItsOwnSheetOnly() {
    admin.post("/artifacts?groupId=g&artifactKey=k").assertOk();
    admin.put("/properties/colour?artifactName=g:k&value=blue").assertOk();
    admin
        .put(
            "/properties/sentence?artifactName=g:k",
            "{\"value\":\"$[colour] via $[/projects/Default/PythonProperty]\"}")
        .assertOk();
    assertEquals("blue via PythonRestApi", read("/properties/sentence?artifactName=g:k"));
    admin
        .put("/properties/lost?artifactName=g:k", "{\"value\":\"$[PythonProperty]\"}")
        .assertOk(); // no project to fall back to
    admin.get("/properties/lost?artifactName=g:k").assertError(404, "NoSuchProperty");
  }
}
