package io.flowcheck.framework.upgrade;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The {@code ef.upgrade.*} settings, from system properties (Maven -D) or the environment
 * ({@code EF_UPGRADE_RECORD}, ...). At most one of record, calibrate and compare is set.
 *
 * @param baseline the baseline folder; null when the check is off
 * @param extraRules {@code ef.upgrade.rules}: a rules file besides the baseline's rules.json
 * @param summaryDir {@code ef.upgrade.summary}: where summary.{json,md} go; default target/upgrade
 */
public record UpgradeSettings(Mode mode, Path baseline, FailOn failOn, Path extraRules,
    Path summaryDir) {

  public enum Mode {
    OFF,
    /** ef.upgrade.record: write the baseline from this run. */
    RECORD,
    /** ef.upgrade.calibrate: run again against the same server and learn its noise. */
    CALIBRATE,
    /** ef.upgrade.compare: compare this run with the baseline. */
    COMPARE
  }

  public static UpgradeSettings fromSystem() {
    return from(name -> {
      String v = System.getProperty(name);
      if (v == null || v.isBlank()) {
        v = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      }
      return v == null || v.isBlank() ? null : v.trim();
    });
  }

  static UpgradeSettings from(UnaryOperator<String> lookup) {
    List<Mode> modes = new ArrayList<>();
    Path dir = null;
    for (Mode m : new Mode[] {Mode.RECORD, Mode.CALIBRATE, Mode.COMPARE}) {
      String v = lookup.apply("ef.upgrade." + m.name().toLowerCase(Locale.ROOT));
      if (v != null) {
        modes.add(m);
        dir = Path.of(v);
      }
    }
    if (modes.size() > 1) {
      throw new IllegalArgumentException("Setting ef.upgrade: set only one of ef.upgrade.record, "
          + "ef.upgrade.calibrate, ef.upgrade.compare (got " + modes.size() + ")");
    }
    String rules = lookup.apply("ef.upgrade.rules");
    String summary = lookup.apply("ef.upgrade.summary");
    return new UpgradeSettings(modes.isEmpty() ? Mode.OFF : modes.get(0), dir,
        FailOn.parse(lookup.apply("ef.upgrade.fail-on")), rules == null ? null : Path.of(rules),
        Path.of(summary == null ? "target/upgrade" : summary));
  }

  public boolean active() {
    return mode != Mode.OFF;
  }

  /**
   * The rules for this mode: the baseline's rules.json, then ef.upgrade.rules, then (when
   * comparing) what calibration learned, then the defaults. First field rule wins.
   */
  public NormalizationRules rules() {
    List<NormalizationRule> first = new ArrayList<>(NormalizationRules.load(baseline.resolve(Baseline.RULES)));
    first.addAll(NormalizationRules.load(extraRules));
    if (extraRules != null && !java.nio.file.Files.isRegularFile(extraRules)) {
      throw new IllegalArgumentException("Setting ef.upgrade.rules: no file at " + extraRules.toAbsolutePath());
    }
    if (mode == Mode.COMPARE) {
      first.addAll(NormalizationRules.load(baseline.resolve(Baseline.NOISE)));
    }
    return NormalizationRules.of(first);
  }
}
