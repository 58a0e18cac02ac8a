package io.flowcheck.features;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.config.SettingsLoader;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.run.RunLayout;
import io.flowcheck.runner.LaunchHandoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * One run of the suite in this JVM through the JUnit Platform Launcher, with typed settings: what
 * Cucumber needs (glue, plugins with their outputs in the run's folder, tags, parallelism) goes in
 * as the request's configuration parameters, and the settings reach the glue and the discovery
 * filters through {@link LaunchHandoff}. No system property is read or set for the run, so two runs
 * in one JVM each see their own settings.
 */
public final class SuiteRun {
  /** Cucumber's engine id; the launcher asks no other engine. */
  private static final String CUCUMBER = "cucumber";

  /** The bundled features' classpath package, as RunFeaturesTest selects it. */
  private static final String BUNDLED_FEATURES = "features";

  private static final String PARALLELISM = "cucumber.execution.parallel.config.fixed.parallelism";
  private static final String MAX_POOL = "cucumber.execution.parallel.config.fixed.max-pool-size";
  private static final String ALLURE_PLUGIN = "io.flowcheck.steps.AllureReporting";

  /**
   * What to run, besides the tag filter (a setting: {@link EfSettings#tagFilter()}).
   *
   * @param features folders to run instead of the bundled features; empty: the bundled suite
   * @param glue packages of the user's own glue, besides ours
   * @param threads parallelism, or null for the suite's
   * @param cucumber further {@code cucumber.*} configuration given by the user, over the suite's
   */
  public record Selection(
      List<Path> features, List<String> glue, Integer threads, Map<String, String> cucumber) {
    public Selection {
      features = List.copyOf(features);
      glue = List.copyOf(glue);
      cucumber = Map.copyOf(cucumber);
    }

    /** The bundled suite with the suite's own configuration. */
    public static Selection bundled() {
      return new Selection(List.of(), List.of(), null, Map.of());
    }
  }

  private SuiteRun() {}

  /**
   * The settings of one run into {@code layout}: {@code given} (keys of the settings registry, and
   * the JVM's own such as {@code user.home}) with the run's output folders and tag filter.
   *
   * @param tags the tag expression, or null to keep what {@code given} and {@code env} say
   */
  public static EfSettings settings(
      Map<String, String> given, Map<String, String> env, RunLayout layout, String tags) {
    Map<String, String> all = new LinkedHashMap<>(given);
    all.put(Setting.OUTPUT_DIR.key(), layout.root().toString());
    all.put(Setting.ALLURE_RESULTS_DIR.key(), layout.allureResults().toString());
    if (tags != null) {
      all.put(TagFilter.KEY, tags);
    }
    return SettingsLoader.load(all, env);
  }

  /**
   * The same, with the tag expression given by a command line option: messages about it (a bad
   * expression, one that selects nothing) name that option.
   */
  public static EfSettings settings(
      Map<String, String> given,
      Map<String, String> env,
      RunLayout layout,
      String tags,
      String tagsOption) {
    EfSettings settings = settings(given, env, layout, tags);
    return tags == null ? settings : settings.withTagFilter(new TagFilter(tags, tagsOption));
  }

  /**
   * Runs the suite with these settings into their output folder ({@link EfSettings#outputDir()}),
   * cleared of an earlier run's files first. Refused while another run is under way in this JVM.
   */
  public static void launch(EfSettings settings, Selection selection) {
    RunLayout layout = RunLayout.of(settings.outputDir());
    Map<String, String> configuration = configuration(settings, selection, layout);
    LaunchHandoff.during(
        new LaunchHandoff.Launch(settings, configuration),
        () -> {
          clear(layout);
          // Created inside the handoff: the discovery filters read it when they are made.
          LauncherFactory.create().execute(request(selection, configuration));
          return null;
        });
  }

  /**
   * The suite's configuration file with its plugin outputs in the run's folder, then the user's
   * {@code cucumber.*}, then what the selection and settings say.
   */
  static Map<String, String> configuration(
      EfSettings settings, Selection selection, RunLayout layout) {
    Map<String, String> config = new LinkedHashMap<>(SuiteConfiguration.forOutput(layout.root()));
    // Allure's plugin would read its folder from allure.properties or a system property.
    config.computeIfPresent(
        SuiteConfiguration.PLUGINS,
        (k, plugins) ->
            Arrays.stream(plugins.split(","))
                .map(String::trim)
                .map(p -> p.equals(ALLURE_PLUGIN) ? p + ":" + settings.allureResultsDir() : p)
                .collect(Collectors.joining(", ")));
    String ourGlue = config.get(SuiteConfiguration.GLUE);
    config.putAll(selection.cucumber());
    if (!selection.glue().isEmpty()) {
      config.put(SuiteConfiguration.GLUE, ourGlue + "," + String.join(",", selection.glue()));
    }
    if (selection.threads() != null) {
      config.put(PARALLELISM, selection.threads().toString());
      config.put(MAX_POOL, selection.threads().toString());
    }
    if (settings.tagFilter().isSet()) {
      config.put(TagFilter.KEY, settings.tagFilter().expression());
    } else {
      config.remove(TagFilter.KEY);
    }
    return config;
  }

  /**
   * Only the parameters given here: the JVM's system properties and a {@code
   * junit-platform.properties} on the class path are not read, so nothing of an earlier or outer
   * run changes this one.
   */
  private static LauncherDiscoveryRequest request(
      Selection selection, Map<String, String> configuration) {
    List<DiscoverySelector> selectors = new ArrayList<>();
    if (selection.features().isEmpty()) {
      selectors.add(selectPackage(BUNDLED_FEATURES));
    } else {
      selection.features().forEach(dir -> selectors.add(selectDirectory(dir.toFile())));
    }
    return LauncherDiscoveryRequestBuilder.request()
        .selectors(selectors)
        .filters(EngineFilter.includeEngines(CUCUMBER))
        .enableImplicitConfigurationParameters(false)
        .configurationParameters(configuration)
        .build();
  }

  private static void clear(RunLayout layout) {
    try {
      Files.createDirectories(layout.root());
      for (Path p : layout.runFiles()) {
        if (Files.exists(p)) {
          try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
              Files.delete(q);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot prepare the run's folder " + layout.root() + " (" + e.getMessage() + ")", e);
    }
  }
}
