package io.flowcheck.runner.files;

import io.flowcheck.runner.LaunchHandoff;
import java.nio.file.Path;

/**
 * Where a run leaves its files, for the readers that cannot be handed the run: the console plugin
 * and the discovery listeners, which Cucumber and the launcher create before the run starts.
 * Everything else asks the run's settings.
 */
public final class RunPaths {
  private RunPaths() {}

  /**
   * The run's output folder ({@code flowcheck.output.dir}): see {@link LaunchHandoff#outputDir()}.
   */
  public static Path outputDir() {
    return LaunchHandoff.outputDir();
  }
}
