package io.flowcheck.runner.files;

import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.SettingsLoader;
import java.nio.file.Path;

/**
 * Where a run leaves its files, for the one reader that cannot be handed the run: the console
 * plugin, which Cucumber creates before the run starts. Everything else asks the run's settings.
 */
public final class RunPaths {
  private RunPaths() {}

  /**
   * The run's output folder ({@code flowcheck.output.dir}) read through the same layers as every
   * setting; a bad value was already reported when the run started, so here it falls back to {@code
   * target} instead of failing a second time.
   */
  public static Path outputDir() {
    try {
      return SettingsLoader.load().outputDir();
    } catch (EfConfigException alreadyReported) {
      return Path.of("target");
    }
  }
}
