package io.flowcheck.simulator.http;

import io.flowcheck.simulator.behaviour.BehaviourSwitches;
import io.flowcheck.simulator.dialect.Dialect;
import io.flowcheck.simulator.faults.FaultPlan;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The per-server knobs shared by every endpoint: the injected faults and the behaviour changes
 * (both turned at runtime), and the dialect switches (fixed when the server starts).
 */
public record ServerControls(FaultPlan faults, BehaviourSwitches behaviour, Set<Dialect> dialects) {
  public ServerControls {
    EnumSet<Dialect> copy = EnumSet.noneOf(Dialect.class);
    copy.addAll(dialects);
    dialects = Collections.unmodifiableSet(copy);
  }

  /**
   * No faults, no behaviour changes, no dialect switches: today's server as the simulator guesses
   * it.
   */
  public static ServerControls none() {
    return new ServerControls(new FaultPlan(), new BehaviourSwitches(Set.of()), Set.of());
  }

  public boolean speaks(Dialect dialect) {
    return dialects.contains(dialect);
  }
}
