package io.flowcheck.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Without the run's start hook there is no run to hand out: one line that names the likely cause.
 */
class RunProviderTest {
  @Test
  void aScenarioBeforeTheRunStartedIsASetupProblemNamingTheGlue() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new RunProvider().provide());
    assertEquals(
        "Test setup problem: the run has not started; is io.flowcheck.steps on cucumber.glue?",
        e.getMessage());
  }

  @Test
  void endingARunThatNeverStartedIsNothing() {
    Hooks.finishRun();
    assertThrows(IllegalStateException.class, Hooks::run);
  }
}
