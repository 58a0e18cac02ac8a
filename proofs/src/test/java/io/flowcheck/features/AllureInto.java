package io.flowcheck.features;

import io.flowcheck.steps.AllureReporting;

/**
 * The run's Allure plugin writing to a folder of its own: an in-process run's results stay apart
 * from the build's. Used as {@code --plugin io.flowcheck.features.AllureInto:<folder>}.
 */
public final class AllureInto extends AllureReporting {
  public AllureInto(String resultsDir) {
    super(resultsDir);
  }
}
