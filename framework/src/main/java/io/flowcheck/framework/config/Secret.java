package io.flowcheck.framework.config;

import io.flowcheck.framework.secrets.SecretPolicy;
import java.util.Objects;

/**
 * A value that must never reach a log, a report or an exception message. {@link #toString()} is
 * masked, so a secret that slips into string concatenation still shows as {@code ****}.
 */
public final class Secret {
  public static final String MASK = SecretPolicy.MASK;
  private static final Secret EMPTY = new Secret("");

  private final String value;

  private Secret(String value) {
    this.value = Objects.requireNonNull(value);
  }

  public static Secret of(String value) {
    return value == null || value.isEmpty() ? EMPTY : new Secret(value);
  }

  public static Secret empty() {
    return EMPTY;
  }

  /** The clear text, for the one place that must send it. */
  public String reveal() {
    return value;
  }

  public boolean isEmpty() {
    return value.isEmpty();
  }

  @Override
  public String toString() {
    return isEmpty() ? "(none)" : MASK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
