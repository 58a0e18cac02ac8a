package io.flowcheck.runner;

import io.flowcheck.framework.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Map;

/** A run against its own embedded simulator, every output of it in one test's folder. */
final class TempFolderRun {
  /** The run's password: the tests check it reaches no output. */
  static final String PASSWORD = "run-test-Pw-8";

  private TempFolderRun() {}

  static FlowcheckRun start(Path out) {
    return FlowcheckRun.start(
        SettingsLoader.load(
            Map.of(
                "ef.password",
                PASSWORD,
                "user.dir",
                System.getProperty("java.io.tmpdir"),
                "flowcheck.output.dir",
                out.toString(),
                "allure.results.directory",
                out.resolve("allure-results").toString()),
            Map.of()));
  }
}
