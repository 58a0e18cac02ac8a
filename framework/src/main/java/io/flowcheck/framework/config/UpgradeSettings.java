package io.flowcheck.framework.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code ef.upgrade.*} settings: whether this run records a baseline, calibrates it or compares
 * with it, and how. At most one of record, calibrate and compare is set; a baseline to calibrate or
 * compare exists (the loader checked).
 *
 * @param baseline the baseline folder; null when the check is off
 * @param extraRules {@code ef.upgrade.rules}: a rules file besides the baseline's rules.json; may
 *     be null
 * @param summaryDir {@code ef.upgrade.summary}: where summary.{json,md} go
 * @param slowerFactor {@code ef.upgrade.slower.factor}: an operation is slower when its median grew
 *     at least this many times ...
 * @param slowerMinMs {@code ef.upgrade.slower.min-ms}: ... and by at least this many milliseconds
 */
public record UpgradeSettings(
    Mode mode,
    Path baseline,
    FailOn failOn,
    Path extraRules,
    Path summaryDir,
    double slowerFactor,
    long slowerMinMs) {

  public static final double DEFAULT_SLOWER_FACTOR = 2.0;
  public static final long DEFAULT_SLOWER_MIN_MS = 50;

  /** With the default noise floor for "slower" (2x and 50 ms at the median). */
  public UpgradeSettings(
      Mode mode, Path baseline, FailOn failOn, Path extraRules, Path summaryDir) {
    this(
        mode,
        baseline,
        failOn,
        extraRules,
        summaryDir,
        DEFAULT_SLOWER_FACTOR,
        DEFAULT_SLOWER_MIN_MS);
  }

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
   * At most one of record, calibrate and compare; calibrate and compare need a recorded baseline,
   * and an extra rules file must exist, so a typo fails at start rather than after the whole run.
   */
  static UpgradeSettings read(SettingLayers layers, Path outputDir) {
    List<Mode> modes = new ArrayList<>();
    Path baseline = null;
    for (Mode mode : List.of(Mode.RECORD, Mode.CALIBRATE, Mode.COMPARE)) {
      Optional<Path> dir = layers.folder(mode.setting());
      if (dir.isPresent()) {
        modes.add(mode);
        baseline = dir.get();
      }
    }
    if (modes.size() > 1) {
      throw new EfConfigException(
          modes.stream().map(m -> m.setting().key()).collect(Collectors.joining(" and "))
              + ": set only one of "
              + Setting.UPGRADE_RECORD.key()
              + ", "
              + Setting.UPGRADE_CALIBRATE.key()
              + " and "
              + Setting.UPGRADE_COMPARE.key());
    }
    Mode mode = modes.isEmpty() ? Mode.OFF : modes.get(0);
    if ((mode == Mode.CALIBRATE || mode == Mode.COMPARE)
        && !Files.isRegularFile(baseline.resolve(BASELINE_FILE))) {
      throw new EfConfigException(
          mode.setting(),
          "no baseline in '"
              + baseline.toAbsolutePath()
              + "' (no "
              + BASELINE_FILE
              + "): record one there first"
              + " (scripts/upgrade.sh capture "
              + baseline
              + ")");
    }
    FailOn failOn =
        layers.lookup(Setting.UPGRADE_FAIL_ON).map(FailOn::parse).orElse(FailOn.REGRESSION);
    Path rules = layers.lookup(Setting.UPGRADE_RULES).map(Path::of).orElse(null);
    if (rules != null && !Files.isRegularFile(rules)) {
      throw new EfConfigException(
          Setting.UPGRADE_RULES, "no rules file at '" + rules.toAbsolutePath() + "'");
    }
    Path summary = layers.folder(Setting.UPGRADE_SUMMARY).orElse(outputDir.resolve("upgrade"));
    double factor =
        layers
            .lookup(Setting.UPGRADE_SLOWER_FACTOR)
            .map(UpgradeSettings::parseFactor)
            .orElse(DEFAULT_SLOWER_FACTOR);
    long minMs =
        layers
            .lookup(Setting.UPGRADE_SLOWER_MIN_MS)
            .map(UpgradeSettings::parseMinMs)
            .orElse(DEFAULT_SLOWER_MIN_MS);
    return new UpgradeSettings(mode, baseline, failOn, rules, summary, factor, minMs);
  }

  private static double parseFactor(String raw) {
    try {
      double f = Double.parseDouble(raw.trim());
      if (f >= 1.0 && !Double.isInfinite(f)) {
        return f;
      }
    } catch (NumberFormatException e) {
      // falls through to the one-line refusal below
    }
    throw new EfConfigException(
        Setting.UPGRADE_SLOWER_FACTOR,
        "'" + raw + "' is not a number of at least 1, e.g. 2 or 1.5");
  }

  private static long parseMinMs(String raw) {
    try {
      long ms = Long.parseLong(raw.trim());
      if (ms >= 0) {
        return ms;
      }
    } catch (NumberFormatException e) {
      // falls through to the one-line refusal below
    }
    throw new EfConfigException(
        Setting.UPGRADE_SLOWER_MIN_MS,
        "'" + raw + "' is not a whole number of milliseconds, e.g. 50");
  }

  /**
   * The upgrade settings of this JVM's system properties, environment and profile; for callers
   * without an {@link EfSettings} at hand. Same as {@code SettingsLoader.load().upgrade()}.
   */
  public static UpgradeSettings fromSystem() {
    return SettingsLoader.load().upgrade();
  }
}
