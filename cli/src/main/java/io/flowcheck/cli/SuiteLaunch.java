package io.flowcheck.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.flowcheck.features.SuiteConfiguration;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.runner.files.RunFolderLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of the suite in this JVM through the JUnit Platform Launcher, as Maven's surefire runs
 * {@code RunFeaturesTest}: the same engine, configuration, launcher filter and listener, with every
 * output in one folder.
 */
final class SuiteLaunch {
  /** Cucumber's engine id; the launcher asks no other engine. */
  private static final String CUCUMBER = "cucumber";

  /** The bundled features' classpath package, as RunFeaturesTest selects it. */
  private static final String BUNDLED_FEATURES = "features";

  private static final String PARALLELISM = "cucumber.execution.parallel.config.fixed.parallelism";
  private static final String MAX_POOL = "cucumber.execution.parallel.config.fixed.max-pool-size";

  /** What the suite's run leaves in its output folder, cleared first as Maven's build does. */
  private static final List<String> RUN_FILES =
      List.of(
          "allure-results",
          "cucumber-reports",
          "ef-coverage",
          "upgrade",
          "flowcheck-summary.properties",
          "flowcheck-secret-fingerprints.txt",
          "flowcheck-run-failure.txt",
          "console.log",
          "server-dialect.json",
          "step-catalogue.md",
          "step-catalogue.json");

  /**
   * @param features folders to run instead of the bundled features; empty: the bundled suite
   * @param glue packages of the user's own glue, besides ours
   * @param classpath jars or folders holding that glue
   * @param tags the tag expression, or null for all
   * @param threads parallelism, or null for the suite's
   */
  record Selection(
      List<Path> features, List<String> glue, List<Path> classpath, String tags, Integer threads) {}

  private SuiteLaunch() {}

  /**
   * Runs the suite with these settings (keys of the registry) into {@code out}, holding the folder
   * from before it is cleared: a second run in it stops there, the first run's files untouched.
   */
  static void run(Map<String, String> settings, Selection selection, Path out) {
    try (RunFolderLock folder = RunFolderLock.take(out)) {
      runHolding(settings, selection, out);
    }
  }

  private static void runHolding(Map<String, String> settings, Selection selection, Path out) {
    clear(out);
    Map<String, String> props = new LinkedHashMap<>(settings);
    props.put(Setting.OUTPUT_DIR.key(), out.toString());
    props.put(Setting.ALLURE_RESULTS_DIR.key(), out.resolve("allure-results").toString());
    props.put("flowcheck.console.log", out.resolve("console.log").toString());
    if (selection.tags() != null) {
      props.put("cucumber.filter.tags", selection.tags());
    }
    GlueJars.add(selection.classpath());
    Properties saved = (Properties) System.getProperties().clone();
    try {
      // The settings' top layer, as -D puts them there for Maven's run.
      props.forEach(System::setProperty);
      LauncherFactory.create().execute(request(selection, out));
    } finally {
      System.setProperties(saved);
    }
  }

  /**
   * The suite configuration goes in as system properties, not as the request's configuration
   * parameters: the JUnit Platform reads system properties too (below explicit parameters, above
   * the classpath file), so Cucumber sees the same values, and so does the runner's own discovery
   * filter, which reads the configuration from system properties and the classpath file as in
   * Maven's run (the shards' lock tags). Given as parameters, the jar's shards split lock groups.
   * Called by {@link #run}, which puts the system properties back afterwards.
   */
  private static LauncherDiscoveryRequest request(Selection selection, Path out) {
    // A -D given to java (or the command's -D) still wins over the file, as in Maven's run.
    SuiteConfiguration.forOutput(out).forEach(System.getProperties()::putIfAbsent);
    // What the command's own options say wins over both.
    if (!selection.glue().isEmpty()) {
      String ours = System.getProperty(SuiteConfiguration.GLUE);
      System.setProperty(SuiteConfiguration.GLUE, ours + "," + String.join(",", selection.glue()));
    }
    if (selection.threads() != null) {
      System.setProperty(PARALLELISM, selection.threads().toString());
      System.setProperty(MAX_POOL, selection.threads().toString());
    }
    List<DiscoverySelector> selectors = new ArrayList<>();
    if (selection.features().isEmpty()) {
      selectors.add(selectPackage(BUNDLED_FEATURES));
    } else {
      selection.features().forEach(dir -> selectors.add(selectDirectory(dir.toFile())));
    }
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        .filters(EngineFilter.includeEngines(CUCUMBER))
        .build();
  }

  private static void clear(Path out) {
    try {
      Files.createDirectories(out);
      for (String name : RUN_FILES) {
        Path p = out.resolve(name);
        if (Files.exists(p)) {
          try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(q);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck: --out " + out + ": cannot prepare the folder (" + e.getMessage() + ")");
    }
  }
}
