package io.flowcheck.cli.pipeline;

import io.flowcheck.cli.FlowcheckCli;
import io.flowcheck.features.SuiteRun;
import io.flowcheck.framework.config.EfConfigException;
import io.flowcheck.framework.config.Setting;
import io.flowcheck.framework.config.TagFilter;
import io.flowcheck.framework.run.RunLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maven's way into {@link RunPipeline}: {@code mvn verify -Psuite} (and the suite run of {@code mvn
 * verify}), {@code -Pupgrade-compare} and {@code -Pupgrade-capture}, run by exec:java in Maven's
 * own JVM. There Maven's {@code -D} settings are the JVM's system properties: they and the
 * environment are read once, here, checked, and handed on as typed settings. The arguments name
 * only where things go, never a setting or a verdict: {@code --check
 * suite|upgrade-compare|upgrade-capture --out DIR --history DIR --allure-home DIR [--skip-reports
 * true]}. The exit status is the verdict's: 0 passed, 1 failed, 2 a wrong setting (Maven's exec
 * plugin turns a non-zero exit into a failed build).
 */
public final class MavenMain {
  private static final String BASELINE = "baseline";
  private static final String UPGRADE_TAG = "@upgrade";

  private MavenMain() {}

  public static void main(String[] args) {
    int status = run(args, jvmSettings(), System.getenv());
    if (status != 0) {
      System.exit(status);
    }
  }

  static int run(String[] args, Map<String, String> given, Map<String, String> env) {
    Map<String, String> opts = options(args);
    try {
      return switch (opts.get("--check")) {
        case "suite" -> suite(opts, given, env, RunPipeline.Check.SUITE, null);
        case "upgrade-compare" -> compare(opts, given, env);
        case "upgrade-capture" -> capture(opts, given, env);
        default -> throw new FlowcheckCli.UsageProblem("flowcheck: unknown --check in the pom");
      };
    } catch (EfConfigException | FlowcheckCli.UsageProblem e) {
      System.out.println(e.getMessage());
      return 2;
    }
  }

  private static int suite(
      Map<String, String> opts,
      Map<String, String> given,
      Map<String, String> env,
      RunPipeline.Check check,
      String defaultTags) {
    RunLayout layout = RunLayout.of(Path.of(opts.get("--out")));
    RunPipeline.Request request =
        new RunPipeline.Request(
            Entry.MAVEN,
            SuiteRun.settings(given, env, layout, tags(given, env, defaultTags)),
            selection(given),
            !"true".equals(opts.get("--skip-reports")),
            Path.of(opts.get("--history")),
            Path.of(opts.get("--allure-home")),
            check);
    return RunPipeline.run(request, System.out).exitCode();
  }

  private static int compare(
      Map<String, String> opts, Map<String, String> given, Map<String, String> env) {
    Path baseline = baseline(given, "say which baseline to compare with: -Dbaseline=DIR");
    if (!Files.isRegularFile(baseline.resolve("baseline.json"))) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck upgrade: no baseline in "
              + baseline
              + " (baseline.json missing): capture it against the old server first"
              + " (-Pupgrade-capture)");
    }
    return suite(
        opts,
        with(given, Setting.UPGRADE_COMPARE, baseline),
        env,
        RunPipeline.Check.UPGRADE_COMPARE,
        UPGRADE_TAG);
  }

  private static int capture(
      Map<String, String> opts, Map<String, String> given, Map<String, String> env) {
    Path baseline = baseline(given, "say where the baseline goes: -Dbaseline=DIR");
    RunLayout layout = RunLayout.of(Path.of(opts.get("--out")));
    String tags = tags(given, env, UPGRADE_TAG);
    RunPipeline.Capture capture =
        new RunPipeline.Capture(
            Entry.MAVEN,
            SuiteRun.settings(
                with(given, Setting.UPGRADE_RECORD, baseline), env, layout.captureRecord(), tags),
            () ->
                SuiteRun.settings(
                    with(given, Setting.UPGRADE_CALIBRATE, baseline),
                    env,
                    layout.captureCalibrate(),
                    tags),
            selection(given),
            baseline,
            layout);
    return RunPipeline.capture(capture, System.out).exitCode();
  }

  /** -Dbaseline, relative to the folder Maven was started in (this JVM's). */
  private static Path baseline(Map<String, String> given, String missing) {
    String dir = given.get(BASELINE);
    if (dir == null || dir.isBlank()) {
      throw new FlowcheckCli.UsageProblem("flowcheck upgrade: " + missing);
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  /** The upgrade profiles run the @upgrade scenarios unless a tag filter is given. */
  private static String tags(Map<String, String> given, Map<String, String> env, String tags) {
    boolean chosen = given.containsKey(TagFilter.KEY) || env.containsKey(TagFilter.ENV);
    return chosen ? null : tags;
  }

  /** The bundled suite; Cucumber's own options given as -D go over the suite's. */
  private static SuiteRun.Selection selection(Map<String, String> given) {
    Map<String, String> cucumber = new LinkedHashMap<>();
    given.forEach(
        (k, v) -> {
          if (k.startsWith("cucumber.")) {
            cucumber.put(k, v);
          }
        });
    return new SuiteRun.Selection(List.of(), List.of(), null, cucumber);
  }

  private static Map<String, String> with(Map<String, String> given, Setting setting, Path value) {
    Map<String, String> all = new HashMap<>(given);
    all.put(setting.key(), value.toString());
    return all;
  }

  private static Map<String, String> jvmSettings() {
    Map<String, String> all = new HashMap<>();
    System.getProperties().forEach((k, v) -> all.put(String.valueOf(k), String.valueOf(v)));
    return all;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    if (!opts.containsKey("--check") || !opts.containsKey("--out")) {
      throw new IllegalArgumentException(
          "usage: MavenMain --check suite|upgrade-compare|upgrade-capture --out DIR --history DIR"
              + " --allure-home DIR [--skip-reports true]");
    }
    return opts;
  }
}
