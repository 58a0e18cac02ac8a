package io.flowcheck.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.NotConfirmed;
import io.flowcheck.runner.assumptions.NotConfirmedException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class ProgressPluginTest {
  private static Result result(Status status, Throwable error) {
    return new Result(status, Duration.ofMillis(120), error);
  }

  @Test
  void aScenarioEndedAsNotConfirmedGetsItsShortReason() {
    NotConfirmed nc =
        new NotConfirmed(
            List.of(Assumption.WRONG_PASSWORD_CODE),
            Operation.LOGIN.apiName() + " answered HTTP 401 InvalidCredentials",
            "Invalid user name or password");
    assertEquals(
        "wrong-password-code: login answered HTTP 401 InvalidCredentials",
        ProgressPlugin.notConfirmedSummary(result(Status.SKIPPED, new NotConfirmedException(nc))));
    assertEquals(
        "logout-path: logout answered HTTP 501",
        ProgressPlugin.notConfirmedSummary(
            result(
                Status.SKIPPED,
                new TestAbortedException(
                    NotConfirmed.PREFIX + "logout-path: logout answered HTTP 501"))));
  }

  @Test
  void otherSkipsAndFailuresAreNotCountedAsNotConfirmed() {
    assertNull(
        ProgressPlugin.notConfirmedSummary(
            result(
                Status.SKIPPED,
                new TestAbortedException(
                    "needs the embedded simulator; skipped against a real server"))));
    assertNull(ProgressPlugin.notConfirmedSummary(result(Status.SKIPPED, null)));
    assertNull(
        ProgressPlugin.notConfirmedSummary(
            result(
                Status.FAILED,
                new AssertionError(
                    "Assumption not confirmed (ef.assumptions.strict=true): logout-path"))));
    assertNull(ProgressPlugin.notConfirmedSummary(result(Status.PASSED, null)));
  }
}
