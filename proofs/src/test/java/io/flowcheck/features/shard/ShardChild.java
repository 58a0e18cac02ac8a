package io.flowcheck.features.shard;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.launcher.EngineFilter.includeEngines;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The feature suite on the JUnit Platform in a JVM of its own, as the Maven suite and the
 * executable jar run it: the launcher loads the discovery filters (tag filter, shard) and listeners
 * (console log, timings) from the classpath, and every setting comes from system properties and the
 * environment. Exit status 0 when no test failed.
 */
public final class ShardChild {
  private ShardChild() {}

  public static void main(String[] args) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage("features"))
            .filters(includeEngines("cucumber"))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(request, summary);
    System.out.flush();
    System.exit(summary.getSummary().getTotalFailureCount() == 0 ? 0 : 1);
  }
}
