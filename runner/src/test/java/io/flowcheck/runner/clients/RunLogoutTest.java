package io.flowcheck.runner.clients;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.LogoutOutcome;
import io.flowcheck.framework.client.Operation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RunLogoutTest {
  private static final String SESSION_ID = "a1b2c3d4-session-id";
  private static final UnaryOperator<String> MASK = t -> t.replace(SESSION_ID, "****");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static RunLogout.Attempt answering(LogoutOutcome outcome) {
    return new RunLogout.Attempt(() -> outcome, MASK);
  }

  @Test
  void noRestLogoutIsOneInfoLinePerRunAndNoCleanupProblem() {
    LogoutOutcome outcome =
        RunLogout.logOutAll(
            List.of(
                answering(LogoutOutcome.notAvailable(501, "NotImplemented")),
                answering(LogoutOutcome.notAvailable(404, "")),
                answering(LogoutOutcome.NOT_ATTEMPTED)),
            out);
    assertEquals(LogoutOutcome.notAvailable(501, "NotImplemented"), outcome);
    assertEquals(RunLogout.NO_REST_LOGOUT + System.lineSeparator(), printed());
    assertEquals(
        "flowcheck: this server has no REST logout at DELETE /sessions; "
            + "the session ends with its idle timeout",
        RunLogout.NO_REST_LOGOUT);
  }

  @Test
  void otherRefusalsAreStillCleanupProblemsWithoutTheSessionId() {
    RunLogout.Attempt failing =
        new RunLogout.Attempt(
            () -> {
              throw new EfServerFailureException(
                  Operation.LOGOUT,
                  500,
                  "InternalError",
                  "session " + SESSION_ID + " could not be closed");
            },
            MASK);
    LogoutOutcome outcome =
        RunLogout.logOutAll(List.of(failing, answering(LogoutOutcome.NOT_ATTEMPTED)), out);
    assertEquals(LogoutOutcome.failed(500, "InternalError"), outcome);
    assertThat(
        printed(), containsString("Cleanup problem: logout failed: EF server failure: HTTP 500"));
    assertThat(printed(), not(containsString(SESSION_ID)));
    assertThat(printed(), not(containsString("no REST logout")));
  }

  @Test
  void aPlainLogoutPrintsNothing() {
    assertEquals(
        LogoutOutcome.LOGGED_OUT,
        RunLogout.logOutAll(
            List.of(answering(LogoutOutcome.NOT_ATTEMPTED), answering(LogoutOutcome.LOGGED_OUT)),
            out));
    assertEquals(LogoutOutcome.NOT_ATTEMPTED, RunLogout.logOutAll(List.of(), out));
    assertEquals("", printed());
  }
}
