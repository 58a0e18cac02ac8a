package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.LoginResult;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.Secret;

/** Who "the user" is and how they prove it: sessions, Basic, no credentials. */
public class SessionSteps {
  private final ScenarioContext ctx;

  public SessionSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @Given("the user is signed in with {authMode} authentication")
  public void signedInWith(AuthMode mode) {
    ctx.useClient(ctx.run().client(mode));
  }

  @Given("the user sends no credentials")
  public void noCredentials() {
    ctx.useClient(ctx.run().client().withoutCredentials());
  }

  @Given("the user works through a client of their own with session authentication")
  public void ownSessionClient() {
    EfClient own = ctx.run().separateClient(AuthMode.SESSION);
    ctx.undoLater("logout of a scenario's own session", own::close);
    ctx.useClient(own);
  }

  @When("the user logs in")
  public void logIn() {
    var s = ctx.run().settings();
    ctx.attempt(() -> ctx.client().sessions().login(s.user(), s.password()));
  }

  @When("the user logs in with a wrong password")
  public void logInWithWrongPassword() {
    var s = ctx.run().settings();
    Secret wrong = Secret.of(s.password().reveal() + "-not-the-password");
    ctx.client().masker().register(wrong);
    ctx.attempt(() -> ctx.client().sessions().login(s.user(), wrong));
  }

  @Given("the user has logged in with a session of their own")
  public void hasOwnSession() {
    var s = ctx.run().settings();
    LoginResult login = ctx.run().client().sessions().login(s.user(), s.password());
    ctx.holdSession(login.sessionId());
    ctx.undoLater("logout of a scenario's own session", () -> logOutUnlessGone(login.sessionId()));
  }

  /** A session the scenario already logged out of is refused with NoCredentials: that is done. */
  private void logOutUnlessGone(Secret sessionId) {
    try {
      ctx.run().client().sessions().logout(sessionId);
    } catch (EfApiException e) {
      if (!"NoCredentials".equals(e.code())) {
        throw e;
      }
    }
  }

  @When("the user logs out of that session")
  public void logOutOfHeldSession() {
    ctx.attempt(() -> ctx.run().client().sessions().logout(ctx.heldSession()));
  }

  @When("the user goes on with that session")
  public void goOnWithHeldSession() {
    ctx.useClient(ctx.run().client().withSession(ctx.heldSession()));
  }

  @Then("the session belongs to the configured user")
  public void sessionBelongsToUser() {
    LoginResult login = ctx.answer(LoginResult.class);
    assertThat(login.userName(), equalTo(ctx.run().settings().user()));
    assertThat("a session id was issued", !login.sessionId().isEmpty());
  }

  @Then("the user's client has logged in {int} time(s)")
  public void clientLoggedIn(int times) {
    assertThat("logins made by this scenario's client", ctx.client().loginCount(), equalTo(times));
  }
}
