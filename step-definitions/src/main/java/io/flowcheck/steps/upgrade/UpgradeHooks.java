package io.flowcheck.steps.upgrade;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.flowcheck.framework.upgrade.ServerVersions;
import io.flowcheck.runner.scenario.ScenarioRef;
import io.flowcheck.runner.upgrade.ScenarioExchange;
import io.flowcheck.runner.upgrade.UpgradeCheck;
import io.flowcheck.steps.ReportName;
import io.flowcheck.steps.ScenarioContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Server upgrade verification: {@code @since:}/{@code @until:} version tags, and, when an {@code
 * ef.upgrade.*} mode is set, recording or comparing each scenario's exchanges. A scenario whose
 * exchanges regressed fails here, with one line starting "Upgrade regression:"; one that already
 * failed its own assertion gets that line on the console and in its report log. The check itself is
 * the run's ({@code FlowcheckRun.upgrade()}); these hooks only feed it scenarios.
 */
public class UpgradeHooks {
  private final ScenarioContext ctx;

  public UpgradeHooks(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Skips scenarios written for other server versions; both bounds are inclusive. When the run
   * could not learn the version, every {@code @since:}/{@code @until:} scenario is skipped, since
   * it cannot be judged.
   */
  @Before(order = 2)
  @ReportName("Server version check")
  public void skipOtherServerVersions(Scenario scenario) {
    String why =
        ServerVersions.whyNotApplicable(scenario.getSourceTagNames(), ctx.run().serverVersion());
    if (why != null) {
      throw new TestAbortedException(why);
    }
  }

  /** After the skips: a scenario skipped before this is not recorded at all. */
  @Before(order = 3)
  @ReportName("Upgrade recording start")
  public void collectExchanges() {
    if (ctx.run().upgrade().isPresent()) {
      ctx.calls().collectForUpgrade();
    }
  }

  /**
   * After the undo hook (order 100), so cleanup calls are compared too; before the scenario ends.
   */
  @After(order = 50)
  @ReportName("Upgrade comparison")
  public void compareExchanges(Scenario scenario) {
    List<ScenarioExchange> exchanges = ctx.calls().takeForUpgrade();
    UpgradeCheck check = ctx.run().upgrade().orElse(null);
    if (check == null || exchanges == null) {
      return; // off, or skipped before collection started
    }
    ScenarioRef ref =
        new ScenarioRef(scenario.getUri().toString(), scenario.getName(), scenario.getLine());
    UpgradeCheck.Result result =
        check.finishScenario(ref.feature(), ref.name(), ref.line(), ctx.unique(""), exchanges);
    result
        .attachments()
        .forEach(
            (name, text) ->
                scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name));
    if (result.failure() == null) {
      return;
    }
    if (scenario.isFailed()) {
      // Cucumber reports a scenario's first failure only: a regression found after the scenario's
      // own assertion failed would be hidden, so it goes to the console and the report log.
      scenario.log(result.failure());
      System.out.println("  " + result.failure() + " (scenario: " + scenario.getName() + ")");
      return;
    }
    throw new AssertionError(result.failure());
  }
}
