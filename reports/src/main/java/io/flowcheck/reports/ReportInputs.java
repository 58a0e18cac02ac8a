package io.flowcheck.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where the report's inputs come from: the features run, or (only when this module is built on its
 * own) the hand-written fixtures, so `mvn -f reports/pom.xml verify` proves the whole pipeline
 * without a run.
 */
public record ReportInputs(Source source, Path allureResults, Path coverageDir) {

  public enum Source {
    FEATURES,
    FIXTURES
  }

  /**
   * @param standalone true when the reactor was started on this module alone
   */
  public static ReportInputs resolve(
      Path featuresTarget, Path fixtures, Path repoRoot, boolean standalone) {
    Path results = featuresTarget.resolve("allure-results");
    if (hasResults(results)) {
      return new ReportInputs(Source.FEATURES, results, featuresTarget.resolve("ef-coverage"));
    }
    String missing = "No Allure results at " + display(results, repoRoot);
    if (!standalone) {
      throw new ReportException(missing + ": run the feature suite first (see README)");
    }
    System.out.println(
        "[reports] " + missing + ": building the reports from the test fixtures instead");
    return new ReportInputs(
        Source.FIXTURES, fixtures.resolve("allure-results"), fixtures.resolve("ef-coverage"));
  }

  static boolean hasResults(Path dir) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.getFileName().toString().endsWith("-result.json"));
    } catch (IOException e) {
      return false;
    }
  }

  /** Paths in messages are relative to the repository root, as a person types them. */
  static String display(Path path, Path repoRoot) {
    Path abs = path.toAbsolutePath().normalize();
    Path root = repoRoot.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
  }
}
