package io.flowcheck.runner.scenario;

import io.flowcheck.framework.client.CallEvent;
import io.flowcheck.framework.client.CallListener;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.runner.coverage.Coverage;
import io.flowcheck.runner.upgrade.ScenarioExchange;
import java.util.ArrayList;
import java.util.List;

/**
 * What one scenario's calls showed. Every client a scenario uses is a view of a run client observed
 * by the scenario's own {@code ScenarioCalls}, so each call arrives here once, as a {@link
 * CallEvent}, with no thread-bound state: it goes to the run's coverage under the scenario's name,
 * counts towards "saved by a retry" (flaky marking), becomes the last exchange (for judging a
 * failure against the scenario's assumptions) and, while an upgrade check collects, one recorded
 * exchange.
 *
 * <p>Before {@link #enter} and after {@link #leave} calls count as the run's own: an undo the
 * end-of-run sweep repeats is cleanup, not part of the scenario.
 */
public final class ScenarioCalls implements CallListener {
  private final Coverage coverage;
  private ScenarioRef scenario;
  private int savedByRetry;
  private Exchange lastExchange;
  private List<ScenarioExchange> forUpgrade; // null unless collecting

  public ScenarioCalls(Coverage coverage) {
    this.coverage = coverage;
  }

  /** The scenario starts: its calls are its own from now on. */
  public synchronized void enter(ScenarioRef ref) {
    scenario = ref;
    savedByRetry = 0;
    lastExchange = null;
  }

  /** The scenario is over: later calls (a sweep repeating its undo) are the run's. */
  public synchronized void leave() {
    scenario = null;
    forUpgrade = null;
  }

  @Override
  public synchronized void onCall(CallEvent call) {
    if (scenario == null) {
      coverage.record(call, Coverage.OUTSIDE_SCENARIO, Coverage.OUTSIDE_FEATURE);
      return;
    }
    coverage.record(call, scenario.name(), scenario.feature());
    if (call.savedByRetry()) {
      savedByRetry++;
    }
    if (call.finalExchange() != null) {
      lastExchange = call.finalExchange();
    }
    if (forUpgrade != null) {
      ScenarioExchange recorded = ScenarioExchange.of(call);
      if (recorded != null) {
        forUpgrade.add(recorded);
      }
    }
  }

  /** Calls of this scenario that got a real answer only thanks to a retry. */
  public synchronized int savedByRetry() {
    return savedByRetry;
  }

  /** Forgets the last exchange, so {@link #lastExchange()} belongs to the next call. */
  public synchronized void forgetLastExchange() {
    lastExchange = null;
  }

  /**
   * The exchange that ended the scenario's last call since {@link #forgetLastExchange()}, or null:
   * after a failed call, its request and answer.
   */
  public synchronized Exchange lastExchange() {
    return lastExchange;
  }

  /** From now on each call is also kept for the upgrade check. */
  public synchronized void collectForUpgrade() {
    forUpgrade = new ArrayList<>();
  }

  /**
   * The calls kept since {@link #collectForUpgrade()}, or null when it was never called; stops
   * keeping.
   */
  public synchronized List<ScenarioExchange> takeForUpgrade() {
    List<ScenarioExchange> taken = forUpgrade;
    forUpgrade = null;
    return taken;
  }
}
