package io.flowcheck.features.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;
import io.flowcheck.features.InProcessRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Generates the step catalogue from the glue into target/step-catalogue.md and .json (the report
 * makes a page of the JSON; {@link StepCataloguePlugin} writes the same files on every suite run)
 * and keeps docs/steps.md true: it fails when the committed catalogue differs from the glue. With
 * -Dflowcheck.catalogue.update=true it also rewrites docs/steps.md.
 */
@ResourceLock(InProcessRun.LOCK) // its plugin writes where the run's system properties say
class StepCatalogueTest {
  private static final Path DOCS = Path.of("../docs/steps.md");
  private static final Path TARGET = Path.of("target");

  private static final boolean UPDATE = Boolean.getBoolean("flowcheck.catalogue.update");

  private static StepCatalogue catalogue;
  private static String markdown;
  private static String committed; // docs/steps.md as it was before this run; null: missing

  @BeforeAll
  static void generate() throws IOException {
    catalogue = CatalogueFiles.build();
    markdown = CatalogueFiles.write(catalogue, TARGET);
    // Read before an update rewrites it: the check below is about the committed file.
    committed = Files.isRegularFile(DOCS) ? Files.readString(DOCS, StandardCharsets.UTF_8) : null;
    if (UPDATE) {
      Files.writeString(DOCS, markdown, StandardCharsets.UTF_8);
    }
    for (StepCatalogue.Step s : catalogue.withoutExample()) {
      System.out.println(
          "[catalogue] no feature uses "
              + s.className()
              + ": "
              + s.keyword()
              + " "
              + s.expression());
    }
  }

  @Test
  void listsTheStepsOfEveryStepClass() {
    List<String> classes =
        catalogue.steps().stream().map(StepCatalogue.Step::className).distinct().toList();
    for (String expected :
        List.of(
            "AnswerSteps",
            "ArtifactSteps",
            "ProjectSteps",
            "PropertySteps",
            "ServerSteps",
            "SessionSteps",
            "SimulatorSteps")) {
      assertTrue(
          classes.contains("io.flowcheck.steps." + expected),
          "the catalogue misses " + expected + ": " + classes);
    }
  }

  @Test
  void namesTheGluesOwnParameterTypes() {
    List<String> names =
        catalogue.parameterTypes().stream().map(StepCatalogue.ParameterInfo::name).toList();
    assertTrue(
        names.containsAll(List.of("authMode", "errorCodes", "value", "string")), names.toString());
  }

  @Test
  void findsAnExampleThatReallyUsesTheStep() {
    StepCatalogue.Step describe =
        catalogue.steps().stream()
            .filter(
                s ->
                    s.expression()
                        .equals(
                            "the user changes the description of the sandbox project to {string}"))
            .findFirst()
            .orElseThrow();
    assertEquals("features/sandbox.feature", describe.example().file());
    assertTrue(
        describe.example().text().startsWith("When the user changes the description"),
        describe.example().text());
  }

  @Test
  void mostStepsHaveAnExample() {
    // A step without an example is reported, not a failure; but a catalogue without examples means
    // the matching broke.
    long with = catalogue.steps().stream().filter(s -> s.example() != null).count();
    assertTrue(
        with * 2 > catalogue.steps().size(),
        "only " + with + " of " + catalogue.steps().size() + " steps have an example");
  }

  @Test
  void theSuitePluginWritesTheCatalogueWhenTheRunStarts() throws IOException {
    Path json = TARGET.resolve("step-catalogue.json");
    Files.deleteIfExists(json);
    List<io.cucumber.plugin.event.EventHandler<TestRunStarted>> started =
        new java.util.ArrayList<>();
    new StepCataloguePlugin()
        .setEventPublisher(
            new EventPublisher() {
              @Override
              @SuppressWarnings("unchecked")
              public <T> void registerHandlerFor(
                  Class<T> type, io.cucumber.plugin.event.EventHandler<T> handler) {
                if (type == TestRunStarted.class) {
                  started.add((io.cucumber.plugin.event.EventHandler<TestRunStarted>) handler);
                }
              }

              @Override
              public <T> void removeHandlerFor(
                  Class<T> type, io.cucumber.plugin.event.EventHandler<T> handler) {}
            });
    assertEquals(1, started.size(), "the plugin does not listen for the run's start");
    started.get(0).receive(new TestRunStarted(java.time.Instant.now()));
    assertTrue(
        Files.readString(json).contains("io.flowcheck.steps.ProjectSteps"),
        "the plugin wrote no catalogue");
  }

  /**
   * Also in update mode, so a build with the flag set cannot pass over a stale catalogue: there the
   * file is rewritten and this fails once, asking for the new file to be committed.
   */
  @Test
  void docsStepsMdIsUpToDateWithTheGlue() {
    String fix =
        UPDATE
            ? "it is rewritten now: review and commit the new docs/steps.md"
            : "run mvn -pl features test -Dtest=StepCatalogueTest"
                + " -Dflowcheck.catalogue.update=true and commit it";
    assertNotNull(committed, "docs/steps.md is missing: " + fix);
    assertEquals(markdown, committed, "docs/steps.md is out of date with the glue: " + fix);
  }
}
