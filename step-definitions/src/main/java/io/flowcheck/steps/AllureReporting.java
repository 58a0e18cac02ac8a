package io.flowcheck.steps;

import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.flowcheck.framework.allure.QueuedAllure;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import io.qameta.allure.util.PropertiesUtils;
import java.nio.file.Path;

/**
 * Allure's Cucumber plugin, writing its files on a background thread ({@link QueuedAllure}) instead
 * of while Cucumber's event bus is locked for every scenario thread; the results are the same, with
 * one container per scenario instead of one per hook. Used as {@code --plugin
 * io.flowcheck.steps.AllureReporting} (folder from {@code allure.results.directory} in
 * allure.properties, as the stock plugin) or {@code io.flowcheck.steps.AllureReporting:<folder>}.
 * The run flushes the writes before it reads results back; the rest is flushed when the run ends.
 */
public class AllureReporting extends AllureCucumber7Jvm {
  private final QueuedAllure lifecycle;

  public AllureReporting() {
    this(
        Path.of(
            PropertiesUtils.loadAllureProperties()
                .getProperty("allure.results.directory", "allure-results")));
  }

  public AllureReporting(String resultsDir) {
    this(Path.of(resultsDir));
  }

  private AllureReporting(Path resultsDir) {
    this(QueuedAllure.install(resultsDir));
  }

  private AllureReporting(QueuedAllure lifecycle) {
    super(lifecycle);
    this.lifecycle = lifecycle;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    super.setEventPublisher(publisher);
    publisher.registerHandlerFor(TestRunFinished.class, finished -> lifecycle.close());
  }
}
