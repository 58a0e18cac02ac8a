package io.flowcheck.steps;

import io.cucumber.java.en.When;

/** Steps that steer the embedded simulator; scenarios using them carry @simulator. */
public class SimulatorSteps {
  private final ScenarioContext ctx;

  public SimulatorSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @When("every session on the server expires")
  public void expireSessions() {
    ctx.run().simulator().expireSessions();
  }
}
