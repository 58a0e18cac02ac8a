package io.flowcheck.runner.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.Operation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How a scenario ends when its guess is refuted: skipped as not confirmed, or failed when strict.
 */
class ScenarioGuessesTest {
  private static final String SECRET_SESSION = "5f0c2a9e-secret-session";
  private final Map<String, String> attachments = new LinkedHashMap<>();
  private final List<Observation> refuted = new ArrayList<>();

  private ScenarioGuesses guesses(boolean strict, Assumption... tagged) {
    return new ScenarioGuesses(
        Set.of(tagged),
        "login.feature > A session that logged out is refused",
        strict,
        attachments::put,
        (a, seen) -> refuted.add(seen),
        text -> text.replace(SECRET_SESSION, "****"),
        () -> null);
  }

  private static final EfServerFailureException NO_LOGOUT =
      new EfServerFailureException(
          Operation.LOGOUT, 501, "NotImplemented", "unknown path for session " + SECRET_SESSION);

  @Test
  void aRefutedGuessEndsTheScenarioAsNotConfirmed() {
    NotConfirmedException e =
        assertThrows(
            NotConfirmedException.class,
            () ->
                guesses(false, Assumption.LOGOUT_PATH)
                    .judge(
                        NO_LOGOUT,
                        null,
                        Expectation.SUCCESS,
                        () -> {
                          throw NO_LOGOUT;
                        }));
    assertEquals(
        "Not confirmed on this server: logout-path: logout answered HTTP 501 NotImplemented:"
            + " unknown path for session ****",
        e.getMessage());
    assertTrue(
        e instanceof org.opentest4j.TestAbortedException,
        "Cucumber and JUnit report it as skipped");
    assertEquals(
        List.of(
            new Observation(
                "login.feature > A session that logged out is refused",
                "logout",
                "DELETE",
                "/sessions",
                501,
                "NotImplemented",
                "unknown path for session ****")),
        refuted);
    String attached = attachments.get(ScenarioGuesses.ATTACHMENT);
    assertTrue(attached.startsWith(e.getMessage()), attached);
    assertFalse(attached.contains(SECRET_SESSION), "the attachment must not carry a session id");
  }

  @Test
  void withStrictAssumptionsTheOriginalFailureStands() {
    ScenarioGuesses strict = guesses(true, Assumption.LOGOUT_PATH);
    EfServerFailureException thrown =
        assertThrows(
            EfServerFailureException.class,
            () ->
                strict.judge(
                    NO_LOGOUT,
                    null,
                    Expectation.SUCCESS,
                    () -> {
                      throw NO_LOGOUT;
                    }));
    assertSame(NO_LOGOUT, thrown);
    assertEquals(1, refuted.size(), "the summary still names the refuted guess");
    assertTrue(attachments.get(ScenarioGuesses.ATTACHMENT).contains("ef.assumptions.strict=true"));
  }

  @Test
  void strictWithoutAnOriginalFailureStillFails() {
    ScenarioGuesses strict = guesses(true, Assumption.DUPLICATE_STATUS_409);
    EfApiException as400 =
        new EfApiException(
            Operation.CREATE_PROPERTY, 400, "DuplicatePropertyName", "exists", "", "");
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                strict.judge(
                    as400, null, Expectation.refusal(List.of("DuplicatePropertyName")), () -> {}));
    assertTrue(
        e.getMessage()
            .startsWith(
                "Assumption not confirmed (ef.assumptions.strict=true): duplicate-status-409:"
                    + " createProperty answered HTTP 400 DuplicatePropertyName"),
        e.getMessage());
  }

  @Test
  void aFailureThatRefutesNoGuessIsThrownAsItIs() {
    EfServerFailureException crash =
        new EfServerFailureException(Operation.LOGOUT, 500, "InternalError", "boom");
    assertSame(
        crash,
        assertThrows(
            EfServerFailureException.class,
            () ->
                guesses(false, Assumption.LOGOUT_PATH)
                    .judge(
                        crash,
                        null,
                        Expectation.SUCCESS,
                        () -> {
                          throw crash;
                        })));
    assertTrue(refuted.isEmpty());
    assertTrue(attachments.isEmpty());
  }

  @Test
  void aValueTheAssumptionPredictsIsJudgedOnlyWhenTheScenarioRestsOnIt() {
    Runnable plainCheck =
        () -> {
          throw new AssertionError("expected available but was publishing");
        };
    NotConfirmedException e =
        assertThrows(
            NotConfirmedException.class,
            () ->
                guesses(false, Assumption.NEW_VERSION_AVAILABLE)
                    .judgeValue(
                        Assumption.NEW_VERSION_AVAILABLE,
                        Operation.GET_ARTIFACT_VERSION,
                        "artifactVersionState",
                        "available",
                        "publishing",
                        plainCheck));
    assertEquals(
        "Not confirmed on this server: new-version-available: getArtifactVersion answered"
            + " artifactVersionState 'publishing': expected 'available'",
        e.getMessage());
    assertThrows(
        AssertionError.class,
        () ->
            guesses(false)
                .judgeValue(
                    Assumption.NEW_VERSION_AVAILABLE,
                    Operation.GET_ARTIFACT_VERSION,
                    "artifactVersionState",
                    "available",
                    "publishing",
                    plainCheck));
    guesses(false, Assumption.NEW_VERSION_AVAILABLE)
        .judgeValue(
            Assumption.NEW_VERSION_AVAILABLE,
            Operation.GET_ARTIFACT_VERSION,
            "artifactVersionState",
            "available",
            "available",
            () -> {});
  }
}
