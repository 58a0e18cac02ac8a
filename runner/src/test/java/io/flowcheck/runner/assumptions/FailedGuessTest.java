package io.flowcheck.runner.assumptions;

import static io.flowcheck.runner.assumptions.Assumption.ARTIFACT_PATHS;
import static io.flowcheck.runner.assumptions.Assumption.ARTIFACT_VERSION_PATHS;
import static io.flowcheck.runner.assumptions.Assumption.DUPLICATE_STATUS_409;
import static io.flowcheck.runner.assumptions.Assumption.LOGOUT_PATH;
import static io.flowcheck.runner.assumptions.Assumption.MISSING_PROJECT_CODE;
import static io.flowcheck.runner.assumptions.Assumption.WRONG_PASSWORD_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.client.EfApiException;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.EfProtocolException;
import io.flowcheck.framework.client.EfServerFailureException;
import io.flowcheck.framework.client.EfTlsException;
import io.flowcheck.framework.client.EfUnreachableException;
import io.flowcheck.framework.client.Operation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which failures of a scenario that rests on an assumption count as "not confirmed on this server"
 * and which stay failures. No run needed: the judge works on the failure the client threw.
 */
class FailedGuessTest {
  private static final Expectation SUCCESS = Expectation.SUCCESS;
  private static final Expectation CREDENTIALS =
      Expectation.refusal(List.of("NoCredentials", "InvalidCredentials"));

  private static Optional<NotConfirmed> judge(
      Set<Assumption> tagged, EfException failure, Expectation expected) {
    return ServerAnswer.of(failure, null).flatMap(a -> FailedGuess.classify(tagged, a, expected));
  }

  private static EfApiException refusal(Operation op, int status, String code) {
    return new EfApiException(op, status, code, "the server's words", "", "");
  }

  private static List<Assumption> blamed(Optional<NotConfirmed> verdict) {
    assertTrue(verdict.isPresent(), "expected 'not confirmed'");
    return verdict.get().blamed();
  }

  @Test
  void aMissingRouteIsNotConfirmed() {
    EfException notImplemented =
        new EfServerFailureException(Operation.LOGOUT, 501, "NotImplemented", "no such route");
    assertEquals(List.of(LOGOUT_PATH), blamed(judge(Set.of(LOGOUT_PATH), notImplemented, SUCCESS)));
    EfException bare404 = new EfProtocolException(Operation.GET_ARTIFACT, 404, "a 404 page");
    assertEquals(List.of(ARTIFACT_PATHS), blamed(judge(Set.of(ARTIFACT_PATHS), bare404, SUCCESS)));
    EfException enveloped404 = refusal(Operation.GET_ARTIFACT, 404, "NotImplemented");
    assertEquals(
        List.of(ARTIFACT_PATHS), blamed(judge(Set.of(ARTIFACT_PATHS), enveloped404, SUCCESS)));
  }

  @Test
  void aRefusalWhereSuccessWasExpectedIsNotConfirmed() {
    EfException refused = refusal(Operation.DELETE_ARTIFACT, 404, "NoSuchArtifact");
    assertEquals(List.of(ARTIFACT_PATHS), blamed(judge(Set.of(ARTIFACT_PATHS), refused, SUCCESS)));
  }

  @Test
  void anotherErrorCodeThanExpectedIsNotConfirmed() {
    Optional<NotConfirmed> v =
        judge(
            Set.of(WRONG_PASSWORD_CODE),
            refusal(Operation.LOGIN, 401, "InvalidPassword"),
            CREDENTIALS);
    assertEquals(List.of(WRONG_PASSWORD_CODE), blamed(v));
    assertEquals(
        "Not confirmed on this server: wrong-password-code: login answered HTTP 401 InvalidPassword:"
            + " the server's words",
        v.get().message());
    assertEquals("wrong-password-code: login answered HTTP 401 InvalidPassword", v.get().summary());
    assertEquals(
        List.of(MISSING_PROJECT_CODE),
        blamed(
            judge(
                Set.of(MISSING_PROJECT_CODE),
                refusal(Operation.GET_PROPERTY, 404, "NoSuchProperty"),
                Expectation.refusal(List.of("NoSuchProject")))));
  }

  @Test
  void theRightCodeWithAnotherStatusThanTheAssumptionNamesIsNotConfirmed() {
    Expectation duplicate = Expectation.refusal(List.of("DuplicatePropertyName"));
    assertEquals(
        List.of(DUPLICATE_STATUS_409),
        blamed(
            judge(
                Set.of(DUPLICATE_STATUS_409),
                refusal(Operation.CREATE_PROPERTY, 400, "DuplicatePropertyName"),
                duplicate)));
    assertTrue(
        judge(
                Set.of(DUPLICATE_STATUS_409),
                refusal(Operation.CREATE_PROPERTY, 409, "DuplicatePropertyName"),
                duplicate)
            .isEmpty(),
        "the guess held: nothing to report");
  }

  @Test
  void aScenarioWithoutTheAssumptionFailsAsBefore() {
    EfException notImplemented =
        new EfServerFailureException(Operation.LOGOUT, 501, "NotImplemented", "no such route");
    assertTrue(judge(Set.of(), notImplemented, SUCCESS).isEmpty());
    assertTrue(
        judge(
                Set.of(ARTIFACT_VERSION_PATHS),
                new EfServerFailureException(Operation.GET_PROPERTY, 501, "NotImplemented", "x"),
                SUCCESS)
            .isEmpty(),
        "an assumption covers its own operations only");
  }

  @Test
  void serverFailuresAndTransportTroubleStayFailures() {
    Set<Assumption> tagged = Set.of(ARTIFACT_PATHS);
    assertTrue(
        judge(
                tagged,
                new EfServerFailureException(Operation.GET_ARTIFACT, 500, "InternalError", "x"),
                SUCCESS)
            .isEmpty());
    assertTrue(
        judge(tagged, new EfServerFailureException(Operation.GET_ARTIFACT, 503, "", "x"), SUCCESS)
            .isEmpty());
    assertTrue(judge(tagged, new EfUnreachableException("cannot connect"), SUCCESS).isEmpty());
    assertTrue(
        judge(
                tagged,
                new EfTlsException("flow.example.com:8443", "PKIX path building failed"),
                SUCCESS)
            .isEmpty());
    assertTrue(
        judge(
                tagged,
                new EfProtocolException(Operation.GET_ARTIFACT, 200, "malformed JSON"),
                SUCCESS)
            .isEmpty());
    assertTrue(
        judge(tagged, new EfProtocolException(Operation.GET_ARTIFACT, 400, "an HTML page"), SUCCESS)
            .isEmpty(),
        "a 4xx that is not ElectricFlow talking is no refusal");
  }

  @Test
  void aMissingRouteBlamesTheRouteGuessAndAWrongCodeTheAnswerGuess() {
    Set<Assumption> both = Set.of(ARTIFACT_VERSION_PATHS, DUPLICATE_STATUS_409);
    Expectation duplicate = Expectation.refusal(List.of("DuplicateArtifactVersionName"));
    assertEquals(
        List.of(ARTIFACT_VERSION_PATHS),
        blamed(
            judge(
                both,
                new EfServerFailureException(
                    Operation.CREATE_ARTIFACT_VERSION, 501, "NotImplemented", "x"),
                duplicate)));
    assertEquals(
        List.of(DUPLICATE_STATUS_409),
        blamed(
            judge(
                both,
                refusal(Operation.CREATE_ARTIFACT_VERSION, 400, "InvalidArgument"),
                duplicate)));
    assertEquals(
        Set.of(ARTIFACT_VERSION_PATHS, DUPLICATE_STATUS_409),
        Set.copyOf(
            blamed(
                judge(
                    both,
                    refusal(Operation.CREATE_ARTIFACT_VERSION, 400, "InvalidArgument"),
                    SUCCESS))));
  }

  @Test
  void aGuessAboutSessionsCoversTheCallThatIsRefusedLater() {
    assertEquals(
        List.of(LOGOUT_PATH),
        blamed(
            judge(
                Set.of(LOGOUT_PATH),
                refusal(Operation.GET_PROPERTY, 401, "SessionExpired"),
                Expectation.refusal(List.of("NoCredentials")))));
  }
}
