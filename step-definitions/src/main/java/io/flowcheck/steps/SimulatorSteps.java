package io.flowcheck.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;

import io.cucumber.java.ParameterType;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.server.Fault;
import java.time.Duration;

/**
 * Steps that steer the simulator through its admin routes; scenarios using them carry @simulator
 * and are skipped against a real server.
 */
public class SimulatorSteps {
  /** Fault scenarios use a short read timeout so "beyond the timeout" stays quick. */
  static final Duration SHORT_READ_TIMEOUT = Duration.ofSeconds(1);

  /**
   * What "within the time limit" allows on top of the read timeout: retries' backoff and slack.
   * Generous on purpose: a loaded 2-core CI machine running scenarios side by side can stall a
   * thread for seconds, and the bound only has to catch a client that hangs instead of giving up.
   */
  static final Duration MARGIN = Duration.ofSeconds(8);

  /**
   * A delayed answer comes well after the bound, so a client that waited for it breaks the bound.
   */
  static final Duration DELAY_BEYOND_THE_BOUND = SHORT_READ_TIMEOUT.plus(MARGIN).plusSeconds(6);

  private final ScenarioContext ctx;
  private long callStartNanos;
  private long callMillis;

  public SimulatorSteps(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  @ParameterType(
      "a connection reset|an empty reply|malformed JSON|a delay beyond the read timeout"
          + "|HTTP \\d{3} (?:with|without) an error envelope")
  public Fault fault(String text) {
    if (text.equals("a connection reset")) {
      return Fault.connectionReset();
    }
    if (text.equals("an empty reply")) {
      return Fault.emptyReply();
    }
    if (text.equals("malformed JSON")) {
      return Fault.malformedJson();
    }
    if (text.startsWith("a delay")) {
      return Fault.delay(DELAY_BEYOND_THE_BOUND);
    }
    int status = Integer.parseInt(text.substring(5, 8));
    return Fault.serverError(status, text.contains("with an"));
  }

  @When("every session on the server expires")
  public void expireSessions() {
    ctx.run().server().simulator().expireSessions();
  }

  @Given("the user works through a client with a short read timeout")
  public void shortTimeoutClient() {
    EfClient c = ctx.separateClient(AuthMode.BASIC, SHORT_READ_TIMEOUT);
    ctx.useClient(c);
  }

  @Given("the server answers every read of the property {string} with {fault}")
  public void faultEveryRead(String name, Fault fault) {
    inject(fault.on("GET", pathOf(name)));
  }

  @Given("the server answers the next read of the property {string} with {fault}")
  public void faultNextRead(String name, Fault fault) {
    inject(fault.on("GET", pathOf(name)).times(1));
  }

  @Given("the server answers the next write of the property {string} with {fault}")
  public void faultNextWrite(String name, Fault fault) {
    inject(fault.on("PUT", pathOf(name)).times(1));
  }

  /** Scoped to this scenario's unique property, so scenarios running beside it are untouched. */
  private String pathOf(String name) {
    PropertyRef ref = ctx.inSandbox(name);
    return Fault.propertyPath(ref.path());
  }

  private void inject(Fault rule) {
    String id = ctx.run().server().simulator().injectFault(rule);
    ctx.undoLater("fault rule " + id, () -> ctx.run().server().simulator().clearFault(id));
  }

  @When("the user reads the property {string} of the sandbox project, timed")
  public void timedRead(String name) {
    callStartNanos = System.nanoTime();
    ctx.attempt(() -> ctx.client().properties().get(ctx.inSandbox(name)));
    callMillis = (System.nanoTime() - callStartNanos) / 1_000_000;
  }

  @Then("the call fails within the read timeout plus a small margin, saying {string}")
  public void failsQuicklySaying(String prefix) {
    EfException error = ctx.lastError();
    if (error == null) {
      throw new AssertionError("expected the call to fail, but it answered " + ctx.lastAnswer());
    }
    assertThat(error.getMessage(), startsWith(prefix));
    assertThat("one line", error.getMessage().contains("\n"), equalTo(false));
    long limit = ctx.client().settings().readTimeout().plus(MARGIN).toMillis();
    assertThat("milliseconds the call took", callMillis, lessThan(limit));
  }

  @Then("the call fails saying {string}")
  public void failsSaying(String prefix) {
    EfException error = ctx.lastError();
    if (error == null) {
      throw new AssertionError("expected the call to fail, but it answered " + ctx.lastAnswer());
    }
    assertThat(error.getMessage(), startsWith(prefix));
  }

  @Then("the scenario needed {int} retried call(s)")
  public void retried(int expected) {
    assertThat("calls saved by a retry", ctx.calls().savedByRetry(), equalTo(expected));
  }
}
