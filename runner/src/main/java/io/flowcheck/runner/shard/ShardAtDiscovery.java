package io.flowcheck.runner.shard;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import io.flowcheck.framework.config.Shard;
import io.flowcheck.framework.config.ShardSettings;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.run.ShardOfRun;
import io.flowcheck.runner.LaunchHandoff;
import io.flowcheck.runner.files.RunPaths;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code ef.shard=I/N}: keeps this shard's share of the selected scenarios and drops the rest at
 * discovery, so every output (console, surefire, Cucumber, Allure) counts only the scenarios this
 * shard runs. Without {@code ef.shard} it changes nothing.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter}
 * of the runner, so it applies wherever the runner is on the classpath (the Maven suite and the
 * executable jar alike); it touches only descriptors of the Cucumber engine. When the launcher
 * shows it the Cucumber engine's descriptor (before any of its children), it takes every scenario
 * the run's tag filter selects ({@link LaunchHandoff#tagFilter()}, as Cucumber sees it) and splits
 * them with {@link ShardPlan}; lock tags come from {@code
 * cucumber.execution.exclusive-resources.<tag>.*} in the launch's configuration (outside a launch
 * handed its settings: {@code junit-platform.properties} or the system properties). It says in one
 * line what the shard runs, and records it in {@value ShardRecord#FILE} for the verdict (an empty
 * shard is green) and for the merge of the shards (which shard of which selection and split).
 *
 * <p>A bad {@code ef.shard} is left to the run, which stops at start with the setting's one line;
 * here the scenarios are then left as they are. An unreadable timings file takes the place of the
 * scenarios as one failing test with its one line.
 */
public final class ShardAtDiscovery implements PostDiscoveryFilter {
  static final String EXCLUSIVE_RESOURCES = "cucumber.execution.exclusive-resources.";

  private final ShardSettings settings;
  private final TagFilter tagFilter;
  private final Map<String, String> junitConfig;
  private final Path outputDir;
  private final PrintStream out;
  private final Map<UniqueId, Boolean> decided = new HashMap<>();
  // The suite engine discovers the Cucumber engine a second time, with a new filter instance: the
  // line printed last in this JVM, so that it is said once.
  private static final AtomicReference<String> LAST_LINE = new AtomicReference<>();

  /** The launch's settings, tag filter and JUnit configuration (else this JVM's). */
  public ShardAtDiscovery() {
    this(LaunchHandoff.shards(), LaunchHandoff.tagFilter(), currentJunitConfig(), null, System.out);
  }

  /**
   * @param outputDir where {@value ShardRecord#FILE} goes; null for the run's output folder
   */
  ShardAtDiscovery(
      ShardSettings settings,
      TagFilter tagFilter,
      Map<String, String> junitConfig,
      Path outputDir,
      PrintStream out) {
    this.settings = settings;
    this.tagFilter = tagFilter;
    this.junitConfig = junitConfig;
    this.outputDir = outputDir;
    this.out = out;
  }

  @Override
  public FilterResult apply(TestDescriptor descriptor) {
    if (settings.shard() == null || !ScenarioKey.isCucumber(descriptor.getUniqueId())) {
      return FilterResult.included("not sharded, or not a Cucumber scenario");
    }
    if (isCucumberEngine(descriptor)) {
      split(descriptor);
      return FilterResult.included("the Cucumber engine");
    }
    Boolean mine = decided.get(descriptor.getUniqueId());
    if (mine == null) {
      return FilterResult.included("not a selected scenario (or a container; emptied ones go)");
    }
    return mine
        ? FilterResult.included("in shard " + settings.shard())
        : FilterResult.excluded("in another shard than " + settings.shard());
  }

  private void split(TestDescriptor engine) {
    Shard shard = settings.shard();
    Expression selects = selection();
    List<ShardPlan.Scenario> selected = new ArrayList<>();
    Map<String, UniqueId> byId = new HashMap<>();
    for (TestDescriptor test : engine.getDescendants()) {
      if (!test.isTest()) {
        continue;
      }
      var key = ScenarioKey.of(test.getUniqueId(), test.getDisplayName());
      Set<String> tags =
          test.getTags().stream()
              .map(TestTag::getName)
              .map(n -> "@" + n)
              .collect(Collectors.toSet());
      if (key.isEmpty()) {
        continue;
      }
      if (selects != null && !selects.evaluate(List.copyOf(tags))) {
        // Outside the tag filter: no shard's scenario (the tag filter drops it as well).
        decided.put(test.getUniqueId(), false);
        continue;
      }
      String id = test.getUniqueId().toString();
      byId.put(id, test.getUniqueId());
      selected.add(new ShardPlan.Scenario(key.get(), id, tags));
    }
    if (selected.isEmpty()) {
      // A selector that named no feature, or a filter that selects nothing: the tag filter check
      // speaks for that.
      return;
    }
    Map<String, Long> durations;
    try {
      durations = settings.timingsFile().map(Timings::read).orElse(Map.of());
    } catch (IllegalArgumentException unreadable) {
      byId.values().forEach(id -> decided.put(id, false));
      engine.addChild(new ShardProblem(engine.getUniqueId(), unreadable.getMessage()));
      return;
    }
    Map<String, Integer> plan = ShardPlan.split(selected, lockTags(), durations, shard.total());
    plan.forEach((id, shardOf) -> decided.put(byId.get(id), shardOf == shard.index()));
    ShardOfRun record = ShardRecord.of(shard, tagFilter, selected, plan);
    int mine = record.scenarios();
    String how =
        durations.isEmpty()
            ? "shared by count"
            : "balanced by the durations in " + settings.timings().getFileName();
    String line =
        mine == 0
            ? "flowcheck: shard "
                + shard
                + " has no scenario to run ("
                + selected.size()
                + " selected, "
                + how
                + "); it passes empty"
            : "flowcheck: shard "
                + shard
                + " runs "
                + mine
                + " of "
                + selected.size()
                + " selected scenarios ("
                + how
                + ")";
    if (!line.equals(LAST_LINE.getAndSet(line))) {
      out.println(line);
    }
    ShardRecord.write(outputDir == null ? RunPaths.outputDir() : outputDir, record);
  }

  /** The run's tag expression, or null when every scenario is selected (or it cannot be parsed). */
  private Expression selection() {
    if (!tagFilter.isSet() || tagFilter.syntaxProblem().isPresent()) {
      return null;
    }
    return TagExpressionParser.parse(tagFilter.expression());
  }

  /**
   * {@code @kb-property} for {@code cucumber.execution.exclusive-resources.kb-property.read-write}.
   */
  Set<String> lockTags() {
    return junitConfig.keySet().stream()
        .filter(k -> k.startsWith(EXCLUSIVE_RESOURCES))
        .map(k -> k.substring(EXCLUSIVE_RESOURCES.length()))
        .filter(rest -> rest.endsWith(".read-write") || rest.endsWith(".read"))
        .map(rest -> "@" + rest.substring(0, rest.lastIndexOf('.')))
        .collect(Collectors.toSet());
  }

  private static boolean isCucumberEngine(TestDescriptor descriptor) {
    UniqueId.Segment last = descriptor.getUniqueId().getLastSegment();
    return last.getType().equals("engine") && last.getValue().equals(ScenarioKey.CUCUMBER_ENGINE);
  }

  /**
   * The launch's configuration parameters; outside a launch junit-platform.properties on the
   * classpath, then the system properties over it.
   */
  private static Map<String, String> currentJunitConfig() {
    var launch = LaunchHandoff.current();
    if (launch.isPresent()) {
      return launch.get().configuration();
    }
    Map<String, String> config = new HashMap<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (var in =
        (loader == null ? ShardAtDiscovery.class.getClassLoader() : loader)
            .getResourceAsStream(TagFilter.JUNIT_PLATFORM_FILE)) {
      if (in != null) {
        java.util.Properties p = new java.util.Properties();
        p.load(in);
        p.stringPropertyNames().forEach(k -> config.put(k, p.getProperty(k)));
      }
    } catch (java.io.IOException e) {
      // Without the file there are no lock tags to honour beyond the system properties.
    }
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith(EXCLUSIVE_RESOURCES))
        .forEach(k -> config.put(k, System.getProperty(k)));
    return config;
  }
}
