package io.flowcheck.steps.upgrade;

import io.cucumber.java.After;
import io.cucumber.java.AfterAll;
import io.cucumber.java.Before;
import io.cucumber.java.BeforeAll;
import io.cucumber.java.Scenario;
import io.flowcheck.framework.upgrade.ExchangeDiff;
import io.flowcheck.framework.upgrade.ServerVersions;
import io.flowcheck.steps.ScenarioContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.opentest4j.TestAbortedException;

/**
 * Server upgrade verification: {@code @since:}/{@code @until:} version tags, and, when an
 * {@code ef.upgrade.*} mode is set, recording or comparing each scenario's exchanges. A scenario
 * whose exchanges regressed fails here, with one line starting "Upgrade regression:".
 */
public class UpgradeHooks {
  private final ScenarioContext ctx;

  public UpgradeHooks(ScenarioContext ctx) {
    this.ctx = ctx;
  }

  /** After the run's own start hook (default order 10000): the run's clients must exist. */
  @BeforeAll(order = 20000)
  public static void startUpgradeCheck() {
    UpgradeCheck.startIfConfigured();
  }

  @AfterAll(order = 20000)
  public static void finishUpgradeCheck() {
    UpgradeCheck.finish();
  }

  /**
   * Skips scenarios written for other server versions; both bounds are inclusive. When the run
   * could not learn the version, every {@code @since:}/{@code @until:} scenario is skipped, since
   * it cannot be judged.
   */
  @Before(order = 2)
  public void skipOtherServerVersions(Scenario scenario) {
    String why = ServerVersions.whyNotApplicable(scenario.getSourceTagNames(), ctx.run().serverVersion());
    if (why != null) {
      throw new TestAbortedException(why);
    }
  }

  @Before(order = 3)
  public void collectExchanges() {
    if (UpgradeCheck.current() != null) {
      ScenarioExchanges.begin();
    }
  }

  /** After the undo hook (order 100), so cleanup calls are compared too; before the scenario ends. */
  @After(order = 50)
  public void compareExchanges(Scenario scenario) {
    List<ScenarioExchanges.Raw> raws = ScenarioExchanges.end();
    UpgradeCheck check = UpgradeCheck.current();
    if (check == null || raws == null) {
      return; // off, or skipped before collection started
    }
    String uri = scenario.getUri().toString();
    String feature = uri.substring(uri.lastIndexOf('/') + 1);
    UpgradeCheck.Result result = check.finishScenario(feature, scenario.getName(),
        scenario.getLine(), ctx.unique(""), raws);
    for (ExchangeDiff d : result.differing()) {
      scenario.attach(DiffAttachment.text(d).getBytes(StandardCharsets.UTF_8), "text/plain",
          DiffAttachment.name(d));
    }
    if (result.failure() != null) {
      throw new AssertionError(result.failure());
    }
  }
}
