package io.flowcheck.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepCataloguePageTest {

  private static final Path FIXTURE =
      Path.of(System.getProperty("reports.fixtures", "src/test/resources/fixtures"))
          .resolve("step-catalogue.json");

  @TempDir Path tmp;

  @Test
  void everyStepIsARowUnderItsClassWithItsExample() {
    String html = StepCataloguePage.render(StepCataloguePage.read(FIXTURE));
    assertTrue(html.contains("<h2 id=\"class-ProjectSteps\">ProjectSteps"), html);
    assertTrue(html.contains("<h2 id=\"class-SimulatorSteps\">SimulatorSteps"), html);
    assertTrue(
        html.contains(
            "<code>the user changes the description of the sandbox project to {string}</code>"),
        html);
    assertTrue(html.contains("features/sandbox.feature:13"), html);
    assertTrue(html.contains("<code>{authMode}</code>"), "the custom parameter types are listed");
    assertTrue(
        html.contains("no feature uses it yet"), "a step without an example is shown as such");
  }

  @Test
  void textFromTheFileIsEscaped() throws Exception {
    Path json = tmp.resolve("step-catalogue.json");
    Files.writeString(
        json,
        """
            {"parameterTypes":[],"steps":[{"keyword":"Then","expression":"the <b>answer</b>","className":"a.B",
             "method":"m","parameters":[],"example":{"file":"x.feature","line":3,"text":"Then the <b>answer</b>"}}]}
            """);
    String html = StepCataloguePage.render(StepCataloguePage.read(json));
    assertTrue(html.contains("the &lt;b&gt;answer&lt;/b&gt;"), html);
    assertTrue(!html.contains("<b>answer</b>"), html);
  }

  @Test
  void headlineCountsStepsClassesAndMissingExamples() throws Exception {
    StepCataloguePage.Catalogue c = StepCataloguePage.read(FIXTURE);
    assertEquals(
        c.steps().size()
            + " steps in "
            + c.classes().size()
            + " classes, "
            + c.withoutExample().size()
            + " without an example",
        c.headline());
    StepCataloguePage.write(FIXTURE, tmp.resolve("steps"));
    assertTrue(Files.isRegularFile(tmp.resolve("steps/index.html")));
    assertTrue(Files.isRegularFile(tmp.resolve("steps/step-catalogue.json")));
    assertEquals(
        List.of(),
        StepCataloguePage.read(tmp.resolve("steps/step-catalogue.json")).steps().stream()
            .filter(s -> s.className() == null)
            .toList());
  }

  @Test
  void aBrokenFileIsOneLineNamingIt() throws Exception {
    Path json = tmp.resolve("step-catalogue.json");
    Files.writeString(json, "{not json");
    ReportException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ReportException.class, () -> StepCataloguePage.read(json));
    assertTrue(e.getMessage().startsWith("Could not read " + json), e.getMessage());
  }
}
