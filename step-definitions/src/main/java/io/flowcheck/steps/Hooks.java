package io.flowcheck.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.flowcheck.steps.run.Coverage;
import io.flowcheck.steps.run.EfRun;
import java.nio.file.Path;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** All hooks in one place: Cucumber runs hooks of every glue class for every scenario. */
public class Hooks {
  private final ScenarioContext ctx;

  public Hooks(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @BeforeAll
  public static void startRun() {
    EfRun.start();
  }

  @AfterAll
  public static void finishRun() {
    EfRun.finish(Path.of("target"));
  }

  @Before(order = 0)
  public void enterScenario(Scenario scenario) {
    String uri = scenario.getUri().toString();
    Coverage.enterScenario(scenario.getName(), uri.substring(uri.lastIndexOf('/') + 1));
  }

  @Before(value = "@simulator", order = 1)
  public void needsTheSimulator() {
    if (!ctx.run().hasSimulator()) {
      throw new TestAbortedException("needs the embedded simulator; skipped against a real server");
    }
  }

  /** Runs even when the scenario failed: undo is what keeps the server clean. */
  @After(order = 100)
  public void undoChanges(Scenario scenario) {
    List<String> problems = ctx.undoAll();
    for (String problem : problems) {
      scenario.log(problem);
      System.out.println(problem + " (scenario: " + scenario.getName() + ")");
    }
  }

  @After(order = 0)
  public void leaveScenario() {
    Coverage.leaveScenario();
  }
}
