package io.flowcheck.simulator.behaviour;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The behaviour changes switched on right now. Requests take one {@link #snapshot()} each, so a
 * switch flipped mid-request never gives a half-old, half-new answer.
 */
public final class BehaviourSwitches {
  private volatile Set<BehaviourChange> on; // unmodifiable, replaced on every change

  public BehaviourSwitches(Collection<BehaviourChange> initial) {
    on = copy(initial);
  }

  public synchronized void enable(BehaviourChange change) {
    EnumSet<BehaviourChange> next = EnumSet.noneOf(BehaviourChange.class);
    next.addAll(on);
    next.add(change);
    on = copy(next);
  }

  public synchronized void disable(BehaviourChange change) {
    EnumSet<BehaviourChange> next = EnumSet.noneOf(BehaviourChange.class);
    next.addAll(on);
    next.remove(change);
    on = copy(next);
  }

  /** An immutable copy of what is on. */
  public Set<BehaviourChange> snapshot() {
    return on;
  }

  public boolean isOn(BehaviourChange change) {
    return on.contains(change);
  }

  /** Unmodifiable and in declaration order, so listings and logs are stable. */
  private static Set<BehaviourChange> copy(Collection<BehaviourChange> changes) {
    EnumSet<BehaviourChange> set = EnumSet.noneOf(BehaviourChange.class);
    set.addAll(changes);
    return Collections.unmodifiableSet(set);
  }
}
