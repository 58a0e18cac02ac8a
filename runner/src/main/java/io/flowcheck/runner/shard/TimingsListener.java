package io.flowcheck.runner.shard;

import io.flowcheck.runner.files.RunPaths;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes {@value Timings#FILE} into the run's output folder at the end of every run of scenarios on
 * the JUnit Platform: how long each scenario took, under the same key the shard split reads ({@link
 * ScenarioKey}). Registered through {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener} of the runner; a test plan
 * without Cucumber scenarios writes nothing.
 */
public final class TimingsListener implements TestExecutionListener {
  private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
  private final Map<String, Long> durations = new ConcurrentHashMap<>();
  private final Path outputDir;

  public TimingsListener() {
    this(null);
  }

  /**
   * @param outputDir where the file goes; null for the run's output folder
   */
  TimingsListener(Path outputDir) {
    this.outputDir = outputDir;
  }

  @Override
  public void executionStarted(TestIdentifier test) {
    if (test.isTest()) {
      startedAt.put(test.getUniqueId(), System.nanoTime());
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Long start = startedAt.remove(test.getUniqueId());
    if (start == null) {
      return;
    }
    ScenarioKey.of(UniqueId.parse(test.getUniqueId()), test.getDisplayName())
        .ifPresent(key -> durations.put(key, (System.nanoTime() - start) / 1_000_000));
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    if (!durations.isEmpty()) {
      Timings.write(
          (outputDir == null ? RunPaths.outputDir() : outputDir).resolve(Timings.FILE), durations);
      durations.clear();
    }
  }
}
