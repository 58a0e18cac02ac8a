package io.flowcheck.framework.upgrade;

import io.flowcheck.framework.config.FailOn;

/** How one exchange fared against its baseline, mildest first. */
public enum Outcome {
  /** Same status, error code and normalized answer. */
  UNCHANGED,
  /** Only new fields, or an exchange the baseline did not have: old clients keep working. */
  ADDED,
  /** A value differs: clients that read it may see something new. */
  CHANGED,
  /** Status, error code, a field went missing, or an exchange is no longer made: clients break. */
  REGRESSED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Whether this outcome fails a comparison run with {@code ef.upgrade.fail-on} = {@code failOn}.
   */
  public boolean fails(FailOn failOn) {
    return failOn.anyChange() ? this != UNCHANGED : this == REGRESSED;
  }

  public Outcome worst(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
