package io.flowcheck.steps;

import io.cucumber.java.Scenario;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.framework.config.AuthMode;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.runner.FlowcheckRun;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.Expectation;
import io.flowcheck.runner.assumptions.ScenarioGuesses;
import io.flowcheck.runner.cleanup.Leftovers;
import io.flowcheck.runner.scenario.ScenarioCalls;
import io.flowcheck.runner.scenario.ScenarioRef;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of one scenario, injected by PicoContainer into every step class and thrown away
 * afterwards: which client "the user" is, the last answer or refusal, and what to undo. Every
 * client it hands out is a view of one of the run's clients observed by this scenario's {@link
 * ScenarioCalls}, so the scenario's calls are its own (coverage, flaky marking, upgrade recording)
 * without any thread-bound state.
 *
 * <p>It is also where failures meet the scenario's {@code @assumption:} tags: a refusal nobody
 * expected, or another error code than the step expected, is judged here once for every step, so a
 * failed guess about the server reads "not confirmed on this server" instead of a regression.
 */
public class ScenarioContext {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final FlowcheckRun run;
  private final ScenarioCalls calls;
  private final String suffix = randomSuffix();
  private final Deque<String> undo = new ArrayDeque<>();
  private final Set<String> guardedShared = new java.util.HashSet<>();
  private final EfClient runClient;
  private EfClient client;
  private Object lastAnswer;
  private EfException lastError;
  private Exchange lastErrorExchange;
  private boolean lastErrorExamined = true;
  private ScenarioGuesses guesses = ScenarioGuesses.none();
  private Secret heldSession;

  /** The run is handed in by PicoContainer (see {@link RunProvider}). */
  public ScenarioContext(FlowcheckRun run) {
    this.run = run;
    this.calls = run.newScenarioCalls();
    this.runClient = run.clients().shared(run.settings().auth(), calls);
    this.client = runClient;
  }

  public FlowcheckRun run() {
    return run;
  }

  /** What this scenario's calls showed: calls saved by a retry, the last exchange. */
  public ScenarioCalls calls() {
    return calls;
  }

  /**
   * The run's own client for the configured user and auth mode (one session for the whole run), as
   * this scenario's: for setting things up and undoing them, whoever "the user" is.
   */
  public EfClient runClient() {
    return runClient;
  }

  /** The run's shared client for this auth mode, as this scenario's. */
  public EfClient runClient(AuthMode mode) {
    return mode == run.settings().auth() ? runClient : run.clients().shared(mode, calls);
  }

  /** A fresh client that shares nothing with the run's own, for scenarios that log in or out. */
  public EfClient separateClient(AuthMode mode) {
    return run.clients().separate(mode, calls);
  }

  /** A separate client with its own read timeout, for scenarios about slow servers. */
  public EfClient separateClient(AuthMode mode, Duration readTimeout) {
    return run.clients().separate(mode, readTimeout, calls);
  }

  /** The client the current actor uses; the run's configured one unless a step switched it. */
  public EfClient client() {
    return client;
  }

  public void useClient(EfClient other) {
    this.client = other;
  }

  /**
   * Scenario-unique name for a logical one ("colour" becomes "colour-k3x9q"), so scenarios running
   * in parallel in the same sandbox never meet.
   */
  public String unique(String logical) {
    return logical + "-" + suffix;
  }

  /** A path in the sandbox project; its first segment is made unique. */
  public PropertyRef inSandbox(String logicalPath) {
    int slash = logicalPath.indexOf('/');
    String path =
        slash < 0
            ? unique(logicalPath)
            : unique(logicalPath.substring(0, slash)) + logicalPath.substring(slash);
    return PropertyRef.inProject(run.sandbox().projectName(), path);
  }

  /**
   * The scenario starts: its calls are its own from now on, and its {@code @assumption:} tags are
   * read. Called by the first Before hook.
   */
  void enter(Scenario scenario) {
    ScenarioRef ref =
        new ScenarioRef(scenario.getUri().toString(), scenario.getName(), scenario.getLine());
    calls.enter(ref);
    guesses =
        new ScenarioGuesses(
            Assumption.fromTags(scenario.getSourceTagNames()),
            ref.title(),
            run.settings().assumptionsStrict(),
            (name, text) ->
                scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name),
            run.dialect(),
            this::mask,
            calls::lastExchange);
  }

  /**
   * The scenario is over: calls made later (the end-of-run sweep) are the run's. The last After
   * hook.
   */
  void leave() {
    calls.leave();
  }

  public ScenarioGuesses guesses() {
    return guesses;
  }

  /**
   * Runs a call whose outcome a later Then step judges: remembers the answer or the refusal. A
   * refusal of the call before that no step looked at means a Given or When step expected success
   * and did not get it: that failure is raised first, judged against the scenario's assumptions.
   */
  public <T> T attempt(Supplier<T> call) {
    failIfRefusalUnexamined();
    calls.forgetLastExchange();
    try {
      T answer = call.get();
      lastAnswer = answer;
      lastError = null;
      return answer;
    } catch (EfException e) {
      lastAnswer = null;
      lastError = e;
      lastErrorExchange = calls.lastExchange();
      lastErrorExamined = false;
      return null;
    }
  }

  public void attempt(Runnable call) {
    attempt(
        () -> {
          call.run();
          return Boolean.TRUE;
        });
  }

  /**
   * The last answer, as the given type; if the call failed, its own error is rethrown, or "not
   * confirmed" when the refusal refutes one of the scenario's assumptions.
   */
  public <T> T answer(Class<T> type) {
    failIfLastCallFailed();
    if (!type.isInstance(lastAnswer)) {
      throw new IllegalStateException(
          "Test setup problem: expected the last answer to be a "
              + type.getSimpleName()
              + " but it was "
              + (lastAnswer == null ? "nothing" : lastAnswer.getClass().getSimpleName())
              + "; is a When step missing?");
    }
    return type.cast(lastAnswer);
  }

  public Object lastAnswer() {
    return lastAnswer;
  }

  /** The last call's failure, or null; a step that reads it has examined it. */
  public EfException lastError() {
    lastErrorExamined = true;
    return lastError;
  }

  /** Throws the last call's failure, judged as a call that was expected to succeed. */
  public void failIfLastCallFailed() {
    if (lastError != null) {
      lastErrorExamined = true;
      EfException failure = lastError;
      guesses.judge(
          failure,
          lastErrorExchange,
          Expectation.SUCCESS,
          () -> {
            throw failure;
          });
    }
  }

  /**
   * Judges the last call's refusal against the codes the step expected, then runs the step's own
   * check (which throws the failure as it stands without assumptions).
   */
  public void judgeRefusal(List<String> expectedCodes, Runnable check) {
    lastErrorExamined = true;
    if (lastError == null) {
      check.run();
      return;
    }
    guesses.judge(lastError, lastErrorExchange, Expectation.refusal(expectedCodes), check);
  }

  /**
   * Checks a value that one of the registered assumptions predicts: when the scenario rests on it
   * and the server gave another value, the scenario is "not confirmed"; otherwise a plain check.
   */
  public void judgeAssumedValue(
      Assumption assumption,
      Operation operation,
      String field,
      String expected,
      String actual,
      Runnable check) {
    guesses.judgeValue(assumption, operation, field, expected, actual, check);
  }

  /** A Given or When step's call was refused and no later step looked: it expected success. */
  void failIfRefusalUnexamined() {
    if (!lastErrorExamined) {
      failIfLastCallFailed();
    }
  }

  private String mask(String text) {
    return runClient.masker().mask(client.masker().mask(text));
  }

  /**
   * Registers an undo action with the run before the object exists, so it is swept even if we die.
   */
  public void undoLater(String what, Leftovers.Removal removal) {
    String key = what + " [" + suffix + "]";
    run.leftovers().created(key, removal);
    undo.push(key);
  }

  /** Marks a shared object as guarded: its original state will be restored by undoLater. */
  public boolean guard(String sharedObject) {
    return guardedShared.add(sharedObject);
  }

  public boolean isGuarded(String sharedObject) {
    return guardedShared.contains(sharedObject);
  }

  /** Undoes this scenario's changes, newest first. Returns one line per failure. */
  List<String> undoAll() {
    List<String> problems = new ArrayList<>();
    while (!undo.isEmpty()) {
      String problem = run.leftovers().remove(undo.pop());
      if (problem != null) {
        problems.add(problem);
      }
    }
    return problems;
  }

  public void holdSession(Secret sessionId) {
    this.heldSession = sessionId;
  }

  public Secret heldSession() {
    if (heldSession == null) {
      throw new IllegalStateException(
          "Test setup problem: no session held; add 'Given the user has logged in with a session of their own'");
    }
    return heldSession;
  }

  private static String randomSuffix() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }
}
