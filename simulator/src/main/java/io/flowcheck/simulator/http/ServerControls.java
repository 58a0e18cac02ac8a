package io.flowcheck.simulator.http;

import io.flowcheck.simulator.behaviour.BehaviourSwitches;
import io.flowcheck.simulator.faults.FaultPlan;
import java.util.Set;

/**
 * The per-server knobs a test turns at runtime, shared by every endpoint: the injected faults and
 * the behaviour changes switched on.
 */
public record ServerControls(FaultPlan faults, BehaviourSwitches behaviour) {
  /** No faults, no behaviour changes: today's server. */
  public static ServerControls none() {
    return new ServerControls(new FaultPlan(), new BehaviourSwitches(Set.of()));
  }
}
