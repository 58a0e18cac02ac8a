package io.flowcheck.cli;

import io.flowcheck.features.SuiteRun;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.run.RunLayout;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A command's selection and settings made typed for the pipeline: the command's settings over the
 * JVM's own {@code -D}, checked once with the run's output folder, and the team's glue jars joined
 * to the class path.
 */
final class SuiteLaunch {
  private static final String CUCUMBER_PREFIX = "cucumber.";

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
   * The run's checked settings: the command's (keys of the registry) for a run into {@code out}.
   */
  static EfSettings settings(Map<String, String> settings, Selection selection, RunLayout out) {
    return SuiteRun.settings(
        withJvm(settings), System.getenv(), out, selection.tags(), SuiteOptions.TAGS);
  }

  /** What the suite runs; the glue jars join the class path here, before anything is scanned. */
  static SuiteRun.Selection suite(Map<String, String> settings, Selection selection) {
    GlueJars.add(selection.classpath());
    return new SuiteRun.Selection(
        selection.features(), selection.glue(), selection.threads(), cucumber(withJvm(settings)));
  }

  /** The JVM's own -D settings under the command's, as the run sees them. */
  private static Map<String, String> withJvm(Map<String, String> settings) {
    Map<String, String> all = new HashMap<>();
    System.getProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
    all.putAll(settings);
    return all;
  }

  /** Cucumber's own options given as -D (java's or the command's), over the suite's. */
  private static Map<String, String> cucumber(Map<String, String> given) {
    Map<String, String> cucumber = new LinkedHashMap<>();
    given.forEach(
        (k, v) -> {
          if (k.startsWith(CUCUMBER_PREFIX)) {
            cucumber.put(k, v);
          }
        });
    return cucumber;
  }
}
