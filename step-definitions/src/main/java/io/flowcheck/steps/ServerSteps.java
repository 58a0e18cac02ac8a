package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.model.ServerStatus;

/** The server's own health and version. */
public class ServerSteps {
  private final ScenarioContext ctx;

  public ServerSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @When("the user asks for the server status")
  public void askStatus() {
    ctx.attempt(() -> ctx.client().server().status());
  }

  /** The documented way: the full getServerStatus carries {@code serverVersion.version}. */
  @When("the user asks for the server version")
  public void askVersion() {
    ctx.attempt(() -> ctx.client().server().statusVersion());
  }

  /**
   * getVersions on its inferred route, {@code GET /server/versions}; a real server may not have it.
   */
  @When("the user asks getVersions for the server version")
  public void askGetVersions() {
    ctx.attempt(() -> ctx.client().server().versions());
  }

  @Then("the server reports that it is running")
  public void running() {
    assertThat(ctx.answer(ServerStatus.class).serverState(), equalTo("running"));
  }

  @Then("the server reports a version like {string}")
  public void versionLike(String example) {
    // The example documents the shape; dotted numbers are what plugins compare on.
    assertThat(ctx.answer(String.class), matchesPattern("\\d+(\\.\\d+)+.*"));
  }
}
