package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfProtocolException;
import io.flowcheck.framework.client.LoginResult;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.runner.sandbox.NobodyUser;

/** Who "the user" is and how they prove it: sessions, Basic, no credentials. */
public class SessionSteps {
  private final ScenarioContext ctx;

  public SessionSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @Given("the user is signed in with {authMode} authentication")
  public void signedInWith(AuthMode mode) {
    ctx.useClient(ctx.runClient(mode));
  }

  @Given("the user sends no credentials")
  public void noCredentials() {
    ctx.useClient(ctx.runClient().withoutCredentials());
  }

  @Given("the user works through a client of their own with session authentication")
  public void ownSessionClient() {
    EfClient own = ctx.separateClient(AuthMode.SESSION);
    ctx.undoLater("logout of a scenario's own session", own::close);
    ctx.useClient(own);
  }

  @When("the user logs in")
  public void logIn() {
    var s = ctx.run().settings();
    ctx.attempt(() -> ctx.client().sessions().login(s.user(), s.password()));
  }

  /**
   * The wrong-password check that is safe on any server: a user name that exists nowhere (new for
   * each run) and a random password, so no real account gets a failed login towards its lockout.
   */
  @When("somebody logs in as a user that does not exist, with a random password")
  public void logInAsNobody() {
    Secret random = Secret.of(NobodyUser.randomPassword());
    ctx.client().masker().registerRandom(random.reveal());
    ctx.attempt(() -> ctx.client().sessions().login(ctx.run().nobodyUser().name(), random));
  }

  /**
   * A wrong password for the run's own user. Real servers often lock a user out after a few failed
   * logins (LDAP, Active Directory), so this runs only against the embedded simulator, whatever the
   * scenario's tags say.
   */
  @When("the user logs in with a wrong password")
  public void logInWithWrongPassword() {
    if (!ctx.run().server().hasSimulatorControl()) {
      throw new IllegalStateException(
          "Test setup problem: a wrong password for the run's own user"
              + " could lock that user out of a real server; tag the scenario @simulator, or use"
              + " 'somebody logs in as a user that does not exist, with a random password'");
    }
    var s = ctx.run().settings();
    Secret wrong = Secret.of(s.password().reveal() + "-not-the-password");
    ctx.client().masker().register(wrong);
    ctx.attempt(() -> ctx.client().sessions().login(s.user(), wrong));
  }

  @Given("the user has logged in with a session of their own")
  public void hasOwnSession() {
    var s = ctx.run().settings();
    LoginResult login = ctx.runClient().sessions().login(s.user(), s.password());
    ctx.holdSession(login.sessionId());
    ctx.undoLater("logout of a scenario's own session", () -> logOutUnlessGone(login.sessionId()));
  }

  /**
   * A session the scenario already logged out of is refused with NoCredentials: that is done. A
   * server without a REST logout (404, 501) leaves the session to its idle timeout, as the run's
   * own logout does: nothing is left behind that a delete could remove.
   */
  private void logOutUnlessGone(Secret sessionId) {
    try {
      ctx.runClient().sessions().logout(sessionId);
    } catch (EfApiException e) {
      boolean gone = "NoCredentials".equals(e.code());
      boolean noRestLogout =
          e.status() == 404 || e.status() == 501 || "NotImplemented".equals(e.code());
      if (!gone && !noRestLogout) {
        throw e;
      }
    } catch (EfProtocolException e) {
      if (e.status() != 404) {
        throw e;
      }
    }
  }

  @When("the user logs out of that session")
  public void logOutOfHeldSession() {
    ctx.attempt(() -> ctx.runClient().sessions().logout(ctx.heldSession()));
  }

  @When("the user goes on with that session")
  public void goOnWithHeldSession() {
    ctx.useClient(ctx.runClient().withSession(ctx.heldSession()));
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
