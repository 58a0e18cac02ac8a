package io.flowcheck.cli;

import io.flowcheck.features.SuiteRun;
import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.run.RunLayout;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the suite in this JVM ({@link SuiteRun}), with the command's settings over the JVM's
 * own {@code -D} and with the team's glue jars joined to the class path first.
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

  /** Runs the suite with these settings (keys of the registry) into {@code out}. */
  static void run(Map<String, String> settings, Selection selection, Path out) {
    GlueJars.add(selection.classpath());
    Map<String, String> given = withJvm(settings);
    EfSettings checked =
        SuiteRun.settings(given, System.getenv(), RunLayout.of(out), selection.tags());
    try {
      SuiteRun.launch(
          checked,
          new SuiteRun.Selection(
              selection.features(), selection.glue(), selection.threads(), cucumber(given)));
    } catch (UncheckedIOException e) {
      throw new FlowcheckCli.UsageProblem("flowcheck: --out " + out + ": " + e.getMessage());
    }
  }

  /** The JVM's own -D settings under the command's, as the run sees them. */
  static Map<String, String> withJvm(Map<String, String> settings) {
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
