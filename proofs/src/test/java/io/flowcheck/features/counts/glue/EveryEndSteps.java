package io.flowcheck.features.counts.glue;

import io.cucumber.java.en.Given;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.NotConfirmed;
import io.flowcheck.runner.assumptions.NotConfirmedException;
import java.util.List;
import org.opentest4j.TestAbortedException;

/** Ends a scenario as told, the way the real steps end one; touches no server. */
public class EveryEndSteps {
  @Given("a scenario that ends {string}")
  public void aScenarioThatEnds(String end) {
    switch (end) {
      case "passed" -> {}
      case "not confirmed" ->
          throw new NotConfirmedException(
              new NotConfirmed(
                  List.of(Assumption.WRONG_PASSWORD_CODE),
                  "login answered HTTP 401 InvalidCredentials",
                  "Invalid user name or password"));
      case "failed" -> throw new AssertionError("failed on purpose");
      case "skipped" -> throw new TestAbortedException("skipped on purpose");
      default -> throw new IllegalArgumentException("no such end: " + end);
    }
  }
}
