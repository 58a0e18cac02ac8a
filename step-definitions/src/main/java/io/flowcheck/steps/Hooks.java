package io.flowcheck.steps;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.cucumber.java.Status;
import io.flowcheck.steps.assumptions.Assumption;
import io.flowcheck.steps.assumptions.LastExchange;
import io.flowcheck.steps.run.Coverage;
import io.flowcheck.steps.run.DialectSummary;
import io.flowcheck.steps.run.ServerDialect;
import io.qameta.allure.Allure;
import io.flowcheck.steps.run.EfRun;
import io.flowcheck.steps.run.FlakyResults;
import io.flowcheck.steps.run.RetryTracker;
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
    ServerDialect.begin();
    EfRun.start().addListener(new LastExchange());
  }

  /** The server dialect summary comes last: it reports how the run's own logout went. */
  @AfterAll
  public static void finishRun() {
    EfRun run = EfRun.isStarted() ? EfRun.get() : null;
    EfRun.finish(EfRun.outputDir());
    if (run != null) {
      DialectSummary.write(run, ServerDialect.current(), EfRun.outputDir());
    }
  }

  @Before(order = 0)
  public void enterScenario(Scenario scenario) {
    RetryTracker.startScenario();
    ctx.enter(scenario);
    String uri = scenario.getUri().toString();
    Coverage.enterScenario(scenario.getName(), uri.substring(uri.lastIndexOf('/') + 1));
  }

  /** "@epic:Access_and_sessions" on a feature becomes the Allure epic "Access and sessions". */
  @Before(order = 1)
  public void epicFromTags(Scenario scenario) {
    if (Allure.getLifecycle().getCurrentTestCase().isEmpty()) {
      return; // Allure is not part of this run
    }
    scenario.getSourceTagNames().stream()
        .filter(t -> t.startsWith("@epic:"))
        .findFirst()
        .ifPresent(t -> Allure.epic(t.substring("@epic:".length()).replace('_', ' ')));
  }

  @Before(value = "@simulator", order = 1)
  public void needsTheSimulator() {
    if (!ctx.run().hasSimulator()) {
      throw new TestAbortedException("needs the embedded simulator; skipped against a real server");
    }
  }

  /**
   * A scenario whose last When step was refused, with no Then step looking at it, expected that
   * call to succeed: judged like any other failure, before the undo.
   */
  @After(order = 150)
  public void noUnexaminedRefusal(Scenario scenario) {
    if (scenario.getStatus() == Status.PASSED) {
      ctx.failIfRefusalUnexamined();
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

  /**
   * A scenario that passed only because a call was retried is marked flaky in Allure; with
   * ef.flaky.fail=true it fails instead, for teams that want zero tolerance.
   */
  @After(order = 200)
  public void markFlaky(Scenario scenario) {
    int retries = RetryTracker.retriesInScenario();
    if (retries == 0 || scenario.isFailed()) {
      return;
    }
    String note = "Flaky: passed only after " + retries + " retried call(s) (connection fault or HTTP 503)";
    scenario.log(note);
    System.out.println("  " + note + ": " + scenario.getName());
    // The Allure plugin rewrites statusDetails when the scenario finishes, so the flag is set on
    // the written result at the end of the run instead.
    FlakyResults.remember(scenario.getUri().toString(), scenario.getName());
    if (ctx.run().settings().failFlaky()) {
      throw new AssertionError(note + " and ef.flaky.fail=true");
    }
  }

  /**
   * After every hook that can still fail the scenario (flaky, undo, upgrade comparison): a passed
   * scenario confirms the assumptions it rests on; one that failed otherwise says nothing of them.
   */
  @After(order = 1)
  public void recordAssumptions(Scenario scenario) {
    ServerDialect dialect = ServerDialect.current();
    for (Assumption a : ctx.guesses().tagged()) {
      if (scenario.getStatus() == Status.PASSED) {
        dialect.confirmed(a, ctx.guesses().source());
      } else if (scenario.getStatus() == Status.FAILED && !ctx.guesses().refutedHere()) {
        dialect.failedOtherwise(a, ctx.guesses().source());
      }
    }
  }

  @After(order = 0)
  public void leaveScenario() {
    Coverage.leaveScenario();
  }
}
