package io.flowcheck.runner;

import io.flowcheck.framework.client.ClientWarmup;
import java.net.URL;
import java.security.CodeSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
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
  // The JVM's one warm-up thread, not a run's state: null until discovery starts it, or never.
  private static final AtomicReference<Thread> WARMUP = new AtomicReference<>();

  @Override
  public void launcherDiscoveryStarted(LauncherDiscoveryRequest request) {
    boolean ourGlue =
        request
            .getConfigurationParameters()
            .get("cucumber.glue")
            .map(glue -> glue.contains("io.flowcheck.steps"))
            .orElse(false);
    if (ourGlue && WARMUP.get() == null && !inOneJarWithGroovy()) {
      Thread warmup = new Thread(StartupWarmup::warmUp, "flowcheck-warmup");
      warmup.setDaemon(true);
      if (WARMUP.compareAndSet(null, warmup)) {
        warmup.start();
      }
    }
  }

  /**
   * Groovy (REST Assured's runtime) opens its own jar as a zip file system while it starts, and
   * Cucumber opens the glue's jar the same way to scan it; when both are one fat jar and the two
   * meet, Cucumber fails with {@code FileSystemAlreadyExistsException}. There the warm-up is left
   * out and Groovy starts with the first request, after the scan, as before.
   */
  static boolean inOneJarWithGroovy() {
    try {
      Class<?> groovy =
          Class.forName("groovy.lang.GroovySystem", false, StartupWarmup.class.getClassLoader());
      URL groovyJar = location(groovy);
      return groovyJar == null || groovyJar.equals(location(StartupWarmup.class));
    } catch (ClassNotFoundException | SecurityException e) {
      return true; // cannot tell: stay out of the way
    }
  }

  private static URL location(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    return source == null ? null : source.getLocation();
  }

  /**
   * Waits, at most {@code max}, until the warm-up (if one was started) has finished, so that the
   * run's first client never initialises Groovy's and REST Assured's classes at the same time as
   * the warm-up: Groovy's runtime has class-initialisation cycles that two threads could deadlock
   * on. Returns at once when no warm-up runs.
   */
  static void awaitFinished(Duration max) {
    Thread warmup = WARMUP.get();
    if (warmup == null) {
      return;
    }
    try {
      warmup.join(max.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
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
