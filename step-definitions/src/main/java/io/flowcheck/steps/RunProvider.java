package io.flowcheck.steps;

import io.cucumber.picocontainer.CucumberPicoProvider;
import io.flowcheck.runner.FlowcheckRun;
import org.picocontainer.injectors.Provider;

/**
 * Hands the run to each scenario's PicoContainer: a step class or the {@link ScenarioContext} that
 * takes a {@link FlowcheckRun} in its constructor gets the run {@link Hooks#startRun()} created.
 */
@CucumberPicoProvider
public class RunProvider implements Provider {
  public FlowcheckRun provide() {
    return Hooks.run();
  }
}
