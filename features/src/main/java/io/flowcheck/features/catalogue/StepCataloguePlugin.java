package io.flowcheck.features.catalogue;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;
import io.flowcheck.runner.files.RunPaths;

/**
 * Writes step-catalogue.md and .json into the run's output folder (target in the build) when the
 * feature suite starts, so every suite run (scripts/run-suite.sh runs only the suite) leaves the
 * catalogue for the report's page. A catalogue that cannot be written costs the report that page,
 * never the run: one line says why.
 */
public class StepCataloguePlugin implements ConcurrentEventListener {
  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> write());
  }

  private static void write() {
    try {
      CatalogueFiles.write(CatalogueFiles.build(), RunPaths.outputDir());
    } catch (Exception | LinkageError e) {
      System.out.println("flowcheck: no step catalogue for the report (" + e.getMessage() + ")");
    }
  }
}
