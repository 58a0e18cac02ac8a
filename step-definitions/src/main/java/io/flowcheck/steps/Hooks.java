package io.flowcheck.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import io.flowcheck.runner.FlowcheckRun;
import io.flowcheck.runner.LaunchHandoff;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.dialect.ServerDialect;
import io.flowcheck.runner.flaky.FlakyResults;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** All hooks in one place: Cucumber runs hooks of every glue class for every scenario. */
public class Hooks {
  /**
   * The run, from its start to its end: the one static field of run state in the glue, and the only
   * one. It exists because Cucumber-JVM has no run-scoped container: {@code @BeforeAll} and
   * {@code @AfterAll} must be static, and PicoContainer builds a fresh container for each scenario.
   * So the run is created here once, parked in this field, and handed to each scenario's container
   * by {@link RunProvider}; everything else receives it by constructor.
   */
  private static volatile FlowcheckRun run;

  private final ScenarioContext ctx;

  public Hooks(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /** With the settings the launch handed over, else this JVM's (see {@link LaunchHandoff}). */
  @BeforeAll
  public static void startRun() {
    run = FlowcheckRun.start(LaunchHandoff.settings());
  }

  /** Ends the run; a later run in the same JVM (an in-process test) starts afresh. */
  @AfterAll
  public static void finishRun() {
    FlowcheckRun ending = run;
    run = null;
    if (ending != null) {
      ending.finish();
    }
  }

  /** The run {@link #startRun()} created, for {@link RunProvider}. */
  static FlowcheckRun run() {
    FlowcheckRun current = run;
    if (current == null) {
      throw new IllegalStateException(
          "Test setup problem: the run has not started; is io.flowcheck.steps on cucumber.glue?");
    }
    return current;
  }

  @Before(order = 0)
  @ReportName("Scenario set-up")
  public void enterScenario(Scenario scenario) {
    ctx.enter(scenario);
    // After entering, so the tear-down hooks find the scenario they expect.
    ctx.run().refuseScenarioWhenShuttingDown();
  }

  @Before(value = "@simulator", order = 1)
  @ReportName("Simulator check")
  public void needsTheSimulator() {
    if (!ctx.run().server().hasSimulatorControl()) {
      throw new TestAbortedException("needs the embedded simulator; skipped against a real server");
    }
  }

  /**
   * A {@code @slow} scenario (a 100 MB publish) runs only when the run's tag filter names {@code
   * @slow}, e.g. {@code -Dcucumber.filter.tags="@slow or not @slow"} in CI; otherwise it is
   * skipped, saying how to run it.
   */
  @Before(value = "@slow", order = 1)
  @ReportName("Slow scenario check")
  public void onlyWhenAskedFor() {
    String tags = ctx.run().settings().runSettings().tagFilter().expression();
    if (tags == null || !tags.contains("@slow")) {
      throw new TestAbortedException(
          "a @slow scenario; runs when the tag filter names @slow, e.g."
              + " -Dcucumber.filter.tags=\"@slow or not @slow\"");
    }
  }

  /**
   * A scenario whose last When step was refused, with no Then step looking at it, expected that
   * call to succeed: judged like any other failure, before the undo.
   */
  @After(order = 150)
  @ReportName("Unexamined refusal check")
  public void noUnexaminedRefusal(Scenario scenario) {
    if (scenario.getStatus() == Status.PASSED) {
      ctx.failIfRefusalUnexamined();
    }
  }

  /** Runs even when the scenario failed: undo is what keeps the server clean. */
  @After(order = 100)
  @ReportName("Sandbox clean-up")
  public void undoChanges(Scenario scenario) {
    List<String> problems = ctx.undoAll();
    for (String problem : problems) {
      scenario.log(problem);
      System.out.println(problem + " (scenario: " + scenario.getName() + ")");
    }
  }

  /**
   * A scenario that passed only because a call was retried is marked flaky in Allure; with
   * ef.flaky.fail=true it fails instead, for teams that want zero tolerance. A scenario tagged
   * {@value FlakyResults#RETRY_EXPECTED_TAG} sets out to prove a retry, so it is neither.
   */
  @After(order = 200)
  @ReportName("Flaky check")
  public void markFlaky(Scenario scenario) {
    int saved = ctx.calls().savedByRetry();
    if (!FlakyResults.isFlaky(saved, scenario.isFailed(), scenario.getSourceTagNames())) {
      return;
    }
    String note = FlakyResults.note(saved);
    scenario.log(note);
    System.out.println("  " + note + ": " + scenario.getName());
    // The Allure plugin rewrites statusDetails when the scenario finishes, so the flag is set on
    // the written result at the end of the run instead.
    ctx.run().flaky().remember(scenario.getUri().toString(), scenario.getName());
    if (ctx.run().settings().failFlaky()) {
      throw new AssertionError(note + " and ef.flaky.fail=true");
    }
  }

  /**
   * After every hook that can still fail the scenario (flaky, undo, upgrade comparison): a passed
   * scenario confirms the assumptions it rests on; one that failed otherwise says nothing of them.
   */
  @After(order = 1)
  @ReportName("API assumptions record")
  public void recordAssumptions(Scenario scenario) {
    ServerDialect dialect = ctx.run().dialect();
    for (Assumption a : ctx.guesses().tagged()) {
      if (scenario.getStatus() == Status.PASSED) {
        dialect.confirmed(a, ctx.guesses().source());
      } else if (scenario.getStatus() == Status.FAILED && !ctx.guesses().refutedHere()) {
        dialect.failedOtherwise(a, ctx.guesses().source());
      }
    }
  }

  @After(order = 0)
  @ReportName("Scenario tear-down")
  public void leaveScenario() {
    ctx.leave();
  }
}
