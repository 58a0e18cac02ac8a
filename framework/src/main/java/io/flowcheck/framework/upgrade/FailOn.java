package io.flowcheck.framework.upgrade;

import java.util.Locale;

/** What fails a comparison ({@code ef.upgrade.fail-on}): regressions only, or any difference. */
public enum FailOn {
  REGRESSION,
  CHANGE;

  public boolean fails(Outcome outcome) {
    return this == CHANGE ? outcome != Outcome.UNCHANGED : outcome == Outcome.REGRESSED;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static FailOn parse(String text) {
    if (text == null || text.isBlank()) {
      return REGRESSION;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Setting ef.upgrade.fail-on: '" + text + "' is not one of: regression, change", e);
    }
  }
}
