package io.flowcheck.framework.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The {@code ef.upgrade.*} settings: whether this run records a baseline, calibrates it or compares
 * with it, and how. At most one of record, calibrate and compare is set; a baseline to calibrate
 * or compare exists (the loader checked).
 *
 * @param baseline the baseline folder; null when the check is off
 * @param extraRules {@code ef.upgrade.rules}: a rules file besides the baseline's rules.json; may be null
 * @param summaryDir {@code ef.upgrade.summary}: where summary.{json,md} go
 */
public record UpgradeSettings(Mode mode, Path baseline, FailOn failOn, Path extraRules,
    Path summaryDir) {

  /** The file that makes a folder a baseline. */
  public static final String BASELINE_FILE = "baseline.json";

  public enum Mode {
    OFF(null),
    /** ef.upgrade.record: write the baseline from this run. */
    RECORD(Setting.UPGRADE_RECORD),
    /** ef.upgrade.calibrate: run again against the same server and learn its noise. */
    CALIBRATE(Setting.UPGRADE_CALIBRATE),
    /** ef.upgrade.compare: compare this run with the baseline. */
    COMPARE(Setting.UPGRADE_COMPARE);

    private final Setting setting;

    Mode(Setting setting) {
      this.setting = setting;
    }

    /** The setting that chooses this mode; null for OFF. */
    public Setting setting() {
      return setting;
    }
  }

  public UpgradeSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(failOn, "failOn");
    Objects.requireNonNull(summaryDir, "summaryDir");
    if ((mode == Mode.OFF) != (baseline == null)) {
      throw new IllegalArgumentException("a baseline folder goes with a mode other than OFF");
    }
  }

  public boolean active() {
    return mode != Mode.OFF;
  }

  /**
   * The upgrade settings of this JVM's system properties, environment and profile; for callers
   * without an {@link EfSettings} at hand. Same as {@code SettingsLoader.load().upgrade()}.
   */
  public static UpgradeSettings fromSystem() {
    return SettingsLoader.load().upgrade();
  }
}
