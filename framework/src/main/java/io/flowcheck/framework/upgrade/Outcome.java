package io.flowcheck.framework.upgrade;

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

  public Outcome worst(Outcome other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
