package io.flowcheck.runner.files;

import java.nio.file.Path;

/** Where a run leaves its files. Read from system properties each time: nothing is kept. */
public final class RunPaths {
  private RunPaths() {}

  /** Run files (coverage, fingerprints, dialect summary): {@code flowcheck.output.dir}, default {@code target}. */
  public static Path outputDir() {
    return Path.of(System.getProperty("flowcheck.output.dir", "target"));
  }

  /** Where Allure's plugin writes its results: {@code allure.results.directory}. */
  public static Path allureResultsDir() {
    return Path.of(System.getProperty("allure.results.directory", "target/allure-results"));
  }
}
