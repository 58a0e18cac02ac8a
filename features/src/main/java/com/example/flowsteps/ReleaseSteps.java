package com.example.flowsteps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.steps.ScenarioContext;

/** A team's own steps: a release note kept as a property of the run's sandbox project. */
public class ReleaseSteps {
  private final ScenarioContext ctx;

  /** PicoContainer hands every step class the same ScenarioContext, one per scenario. */
  public ReleaseSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @Given("the release note {string} in the sandbox project")
  public void releaseNote(String text) {
    PropertyRef note = ctx.inSandbox("release-note");
    // Registered before it exists, so it is deleted even if the scenario fails half-way.
    ctx.undoLater("release note " + note, () -> ctx.runClient().properties().delete(note));
    ctx.runClient().properties().set(note, text);
  }

  @When("the user reads the release note")
  public void readReleaseNote() {
    ctx.attempt(() -> ctx.client().properties().get(ctx.inSandbox("release-note")));
  }

  @Then("the release note says {string}")
  public void releaseNoteSays(String expected) {
    assertThat(ctx.answer(Property.class).value(), equalTo(expected));
  }
}
