package io.flowcheck.features;

import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;
import java.nio.file.Path;

/**
 * Allure's Cucumber plugin writing to a folder of its own: an in-process run's results stay apart
 * from the build's (Allure's shared lifecycle fixes its folder once per JVM). Used as {@code
 * --plugin io.flowcheck.features.AllureInto:<folder>}.
 */
public final class AllureInto extends AllureCucumber7Jvm {
  public AllureInto(String resultsDir) {
    super(new AllureLifecycle(new FileSystemResultsWriter(Path.of(resultsDir))));
  }
}
