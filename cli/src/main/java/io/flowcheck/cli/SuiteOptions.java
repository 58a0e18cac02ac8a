package io.flowcheck.cli;

import io.flowcheck.framework.config.TagFilterCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to run: tags, parallelism, features and glue, the same for run, capture and compare. */
final class SuiteOptions {
  /** The option's name, which the lines about its expression name. */
  static final String TAGS = "--tags";

  @Option(
      names = TAGS,
      paramLabel = "EXPR",
      description = "cucumber.filter.tags: a tag expression, e.g. '@smoke and not @slow'.")
  String tags;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Scenarios run side by side (default: the suite's 4).")
  Integer threads;

  @Option(
      names = "--features",
      paramLabel = "DIR",
      description = "A folder of .feature files to run instead of the bundled suite; repeatable.")
  List<Path> features = new ArrayList<>();

  @Option(
      names = "--glue",
      paramLabel = "PACKAGE",
      description = "A package of your own step classes, besides ours; repeatable.")
  List<String> glue = new ArrayList<>();

  @Option(
      names = "--classpath",
      paramLabel = "JARS",
      split = "[:;,]",
      splitSynopsisLabel = ":",
      description = "Jars holding that glue, separated by : or ,.")
  List<Path> classpath = new ArrayList<>();

  /** The selection, checked: every folder and jar must exist. */
  SuiteLaunch.Selection selection(String defaultTags) {
    for (Path dir : features) {
      if (!Files.isDirectory(dir)) {
        throw new FlowcheckCli.UsageProblem(
            "flowcheck: --features " + dir + ": no such folder (give a folder of .feature files)");
      }
    }
    for (Path jar : classpath) {
      if (!Files.exists(jar)) {
        throw new FlowcheckCli.UsageProblem("flowcheck: --classpath " + jar + ": no such jar");
      }
    }
    // The suite would report it as a failing test; here it is a wrong option, said at once,
    // before the settings are checked or a server is called.
    TagFilterCheck.syntaxProblem(tags, TAGS)
        .ifPresent(
            line -> {
              throw new FlowcheckCli.UsageProblem("flowcheck: " + line);
            });
    if (threads != null && threads < 1) {
      throw new FlowcheckCli.UsageProblem(
          "flowcheck: --threads " + threads + ": give a whole number of 1 or more");
    }
    return new SuiteLaunch.Selection(
        features.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
        List.copyOf(glue),
        classpath.stream().map(p -> p.toAbsolutePath().normalize()).toList(),
        tags != null ? tags : defaultTags,
        threads);
  }
}
