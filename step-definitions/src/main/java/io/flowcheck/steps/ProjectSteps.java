package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.model.Artifact;
import io.flowcheck.framework.model.Project;
import io.flowcheck.framework.model.Property;
import io.flowcheck.framework.model.PropertySheet;
import java.util.List;

/** Projects and listings, always about the run's own sandbox (it never touches other projects). */
public class ProjectSteps {
  private final ScenarioContext ctx;

  public ProjectSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  private String sandbox() {
    return ctx.run().sandbox().projectName();
  }

  @When("the user lists the projects")
  public void listProjects() {
    ctx.attempt(() -> ctx.client().projects().list());
  }

  @Then("the sandbox project is among them")
  public void sandboxListed() {
    @SuppressWarnings("unchecked")
    List<Project> projects = ctx.answer(List.class);
    assertThat(projects.stream().map(Project::projectName).toList(), hasItem(sandbox()));
  }

  @When("the user changes the description of the sandbox project to {string}")
  public void describeSandbox(String description) {
    ctx.attempt(() -> ctx.client().projects().modifyDescription(sandbox(), description));
  }

  @Then("reading the sandbox project shows the description {string}")
  public void sandboxDescription(String description) {
    ctx.attempt(() -> ctx.client().projects().get(sandbox()));
    assertThat(ctx.answer(Project.class).description(), equalTo(description));
  }

  /**
   * The one-call listing only: its scenario checks that route's guess (properties-listing), which
   * the client's fallback to two calls would hide.
   */
  @When("the user lists the properties of the sandbox project")
  public void listSandboxProperties() {
    ctx.attempt(() -> ctx.client().properties().listInOneCall(sandbox()));
  }

  @Then("the listing holds the sandbox property {string} with value {string}")
  public void listingHolds(String name, String value) {
    String actualName = ctx.inSandbox(name).path();
    Property p =
        ctx.answer(PropertySheet.class)
            .find(actualName)
            .orElseThrow(() -> new AssertionError("the listing has no property " + actualName));
    assertThat(p.value(), equalTo(value));
  }

  @When("the user lists the artifacts")
  public void listArtifacts() {
    ctx.attempt(() -> ctx.client().artifacts().list());
  }

  @Then("the listing holds the artifact {string} of the run's artifact group")
  public void artifactListed(String key) {
    @SuppressWarnings("unchecked")
    List<Artifact> artifacts = ctx.answer(List.class);
    String name = ctx.run().sandbox().artifactName(ctx.unique(key));
    assertThat(artifacts.stream().map(Artifact::artifactName).toList(), hasItem(name));
  }
}
