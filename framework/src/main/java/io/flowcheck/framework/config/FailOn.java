package io.flowcheck.framework.config;

import java.util.Locale;

/**
 * What fails an upgrade comparison ({@code ef.upgrade.fail-on}): regressions only, or any
 * difference.
 */
public enum FailOn {
  REGRESSION,
  CHANGE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  static FailOn parse(String raw) {
    return switch (raw.trim().toLowerCase(Locale.ROOT)) {
      case "regression" -> REGRESSION;
      case "change" -> CHANGE;
      default ->
          throw new EfConfigException(
              Setting.UPGRADE_FAIL_ON, "unknown value '" + raw + "': use 'regression' or 'change'");
    };
  }
}
