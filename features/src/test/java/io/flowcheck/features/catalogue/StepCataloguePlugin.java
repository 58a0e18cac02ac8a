package io.flowcheck.features.catalogue;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunStarted;
import java.nio.file.Path;

/**
 * Writes target/step-catalogue.md and .json when the feature suite starts, so every suite run
 * (scripts/run-suite.sh runs only the suite) leaves the catalogue for the report's page. A
 * catalogue that cannot be written costs the report that page, never the run: one line says why.
 */
public class StepCataloguePlugin implements ConcurrentEventListener {
  private static final Path TARGET = Path.of("target");

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestRunStarted.class, event -> write());
  }

  private static void write() {
    try {
      CatalogueFiles.write(CatalogueFiles.build(), TARGET);
    } catch (Exception | LinkageError e) {
      System.out.println("flowcheck: no step catalogue for the report (" + e.getMessage() + ")");
    }
  }
}
