package io.flowcheck.framework.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What fails an upgrade comparison ({@code ef.upgrade.fail-on}): regressions always; with {@code
 * change} any difference; with {@code slower} an operation that got slower. Values combine with
 * commas, e.g. {@code regression,slower}.
 *
 * @param anyChange whether a changed or added answer fails, not only a regression
 * @param slower whether an operation that got slower fails
 */
public record FailOn(boolean anyChange, boolean slower) {
  public static final FailOn REGRESSION = new FailOn(false, false);
  public static final FailOn CHANGE = new FailOn(true, false);

  /** "regression", "change", "regression,slower": as the setting would be written. */
  public String label() {
    return (anyChange ? "change" : "regression") + (slower ? ",slower" : "");
  }

  static FailOn parse(String raw) {
    boolean anyChange = false;
    boolean slower = false;
    List<String> unknown = new ArrayList<>();
    for (String part : raw.split(",")) {
      switch (part.trim().toLowerCase(Locale.ROOT)) {
        case "regression" -> {}
        case "change" -> anyChange = true;
        case "slower" -> slower = true;
        default -> unknown.add(part.trim());
      }
    }
    if (!unknown.isEmpty() || raw.isBlank()) {
      throw new EfConfigException(
          Setting.UPGRADE_FAIL_ON,
          "unknown value '"
              + (unknown.isEmpty() ? raw : String.join(",", unknown))
              + "': use 'regression' or 'change', optionally with ',slower'");
    }
    return new FailOn(anyChange, slower);
  }
}
