package io.flowcheck.framework.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code ef.shard} and {@code ef.shard.timings}: which share of the selected scenarios this run
 * takes, and the durations of an earlier run that balance the shares.
 *
 * @param shard the share; null when the run is not sharded (it runs every selected scenario)
 * @param timings an earlier run's {@code flowcheck-timings.json}; null to share by count
 */
public record ShardSettings(Shard shard, Path timings) {
  public static final ShardSettings NONE = new ShardSettings(null, null);

  public Optional<Shard> asShard() {
    return Optional.ofNullable(shard);
  }

  public Optional<Path> timingsFile() {
    return Optional.ofNullable(timings);
  }

  /**
   * Reads both settings through the same layers as every other, without the rest of the run's
   * settings: the discovery filter needs only these, and must not fail on, say, a missing password
   * (the run reports that itself when it starts).
   */
  static ShardSettings read(SettingLayers layers) {
    Shard shard =
        layers
            .lookup(Setting.SHARD)
            .map(raw -> Shard.parse(raw, layers.environment()))
            .orElse(null);
    Path timings =
        layers.lookup(Setting.SHARD_TIMINGS).map(ShardSettings::existingFile).orElse(null);
    return new ShardSettings(shard, timings);
  }

  private static Path existingFile(String raw) {
    Path p;
    try {
      p = Path.of(raw);
    } catch (java.nio.file.InvalidPathException e) {
      throw new EfConfigException(Setting.SHARD_TIMINGS, "'" + raw + "' is not a valid file name");
    }
    if (!java.nio.file.Files.isRegularFile(p)) {
      throw new EfConfigException(
          Setting.SHARD_TIMINGS,
          "no file "
              + p.toAbsolutePath()
              + ": give the flowcheck-timings.json of an earlier run, or leave it unset to share by count");
    }
    return p;
  }
}
