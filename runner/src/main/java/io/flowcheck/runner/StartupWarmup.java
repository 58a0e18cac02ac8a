package io.flowcheck.runner;

import io.flowcheck.framework.client.ClientWarmup;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.launcher.LauncherDiscoveryListener;
import org.junit.platform.launcher.LauncherDiscoveryRequest;

/**
 * Starts {@link ClientWarmup} on a background thread as soon as the JUnit Platform begins to
 * discover a suite that uses our glue, so the loading of the HTTP client overlaps with Cucumber's
 * discovery and glue scanning instead of delaying the run's first request. Registered through
 * {@code META-INF/services}; other test runs in the same JVM (unit tests) are left alone. Once per
 * JVM.
 */
public final class StartupWarmup implements LauncherDiscoveryListener {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    boolean ourGlue =
        request
            .getConfigurationParameters()
            .get("cucumber.glue")
            .map(glue -> glue.contains("io.flowcheck.steps"))
            .orElse(false);
    if (ourGlue && STARTED.compareAndSet(false, true)) {
      Thread warmup = new Thread(StartupWarmup::warmUp, "flowcheck-warmup");
      warmup.setDaemon(true);
      warmup.start();
    }
  }

  private static void warmUp() {
    try {
      ClientWarmup.run();
    } catch (RuntimeException | LinkageError e) {
      // Only a head start: the first real call loads whatever this could not.
    }
  }
}
