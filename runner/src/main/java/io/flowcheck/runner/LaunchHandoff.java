package io.flowcheck.runner;

import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.config.ShardSettings;
import io.flowcheck.framework.config.TagFilter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Hands one launch's checked settings to the parts of the run that the launcher and Cucumber create
 * by themselves: the glue's static {@code @BeforeAll} hook, the discovery filters and listeners
 * (loaded through {@code META-INF/services}) and the plugins. Cucumber-JVM has no run-scoped
 * container and its {@code @BeforeAll} hooks are static, so there is no object to pass them in;
 * this one field is that object's place, set for the duration of one launch under a lock and
 * cleared in {@code finally}. It replaces JVM-wide system properties, which every later run in the
 * JVM would also have seen.
 *
 * <p>One launch at a time per JVM: a second launch while one runs is refused with one line. Without
 * a launch (a person running the proofs module's {@code RunFeaturesTest} from an IDE, or Cucumber's
 * own command line), the settings come from this JVM's system properties and environment, as they
 * always did.
 */
public final class LaunchHandoff {
  /** The launch under way, or null: the lock itself. */
  private static final AtomicReference<Launch> CURRENT = new AtomicReference<>();

  /**
   * @param settings the run's checked settings (output folder, tag filter and shard included)
   * @param configuration the launch's JUnit Platform configuration parameters, e.g. Cucumber's
   *     exclusive resources, which the shard split reads
   */
  public record Launch(EfSettings settings, Map<String, String> configuration) {
    public Launch {
      configuration = Map.copyOf(configuration);
    }
  }

  private LaunchHandoff() {}

  /** Runs {@code launch} with {@code handed} as the settings every part of the run sees. */
  public static <T> T during(Launch handed, Supplier<T> launch) {
    if (!CURRENT.compareAndSet(null, handed)) {
      throw new IllegalStateException(
          "flowcheck: another run is already under way in this JVM (output "
              + CURRENT.get().settings().outputDir()
              + "); one JVM runs one suite at a time: start the second run after the first or in"
              + " a JVM of its own");
    }
    try {
      return launch.get();
    } finally {
      CURRENT.set(null);
    }
  }

  /** The launch under way, if it was handed its settings. */
  public static Optional<Launch> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The run's settings: the launch's, else this JVM's system properties and environment. */
  public static EfSettings settings() {
    Launch launch = CURRENT.get();
    return launch != null ? launch.settings() : SettingsLoader.load();
  }

  /**
   * The run's output folder; outside a launch a bad setting was already reported when the run
   * started, so here it falls back to {@code target} instead of failing a second time.
   */
  public static Path outputDir() {
    Launch launch = CURRENT.get();
    if (launch != null) {
      return launch.settings().outputDir();
    }
    try {
      return SettingsLoader.load().outputDir();
    } catch (EfConfigException alreadyReported) {
      return Path.of("target");
    }
  }

  /** The run's tag filter, as Cucumber's engine sees it. */
  public static TagFilter tagFilter() {
    Launch launch = CURRENT.get();
    return launch != null ? launch.settings().tagFilter() : TagFilter.effective();
  }

  /**
   * The run's shard settings; outside a launch only {@code ef.shard*} are read, so that discovery
   * does not depend on the rest of the settings being valid (the run reports those at start).
   */
  public static ShardSettings shards() {
    Launch launch = CURRENT.get();
    if (launch != null) {
      return launch.settings().shards();
    }
    try {
      return SettingsLoader.loadShards();
    } catch (EfConfigException reportedWhenTheRunStarts) {
      return ShardSettings.NONE;
    }
  }
}
