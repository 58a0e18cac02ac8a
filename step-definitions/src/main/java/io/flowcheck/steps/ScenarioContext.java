package io.flowcheck.steps;

import io.cucumber.java.Scenario;
import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.client.Exchange;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.steps.assumptions.Assumption;
import io.flowcheck.steps.assumptions.Expectation;
import io.flowcheck.steps.assumptions.LastExchange;
import io.flowcheck.steps.assumptions.ScenarioGuesses;
import io.flowcheck.steps.run.EfRun;
import io.flowcheck.steps.run.Leftovers;
import io.flowcheck.steps.run.ServerDialect;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of one scenario, injected by PicoContainer into every step class and thrown away
 * afterwards: which client "the user" is, the last answer or refusal, and what to undo.
 *
 * <p>It is also where failures meet the scenario's {@code @assumption:} tags: a refusal nobody
 * expected, or another error code than the step expected, is judged here once for every step, so
 * a failed guess about the server reads "not confirmed on this server" instead of a regression.
 */
public class ScenarioContext {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

  private final EfRun run = EfRun.get();
  private final String suffix = randomSuffix();
  private final Deque<String> undo = new ArrayDeque<>();
  private final Set<String> guardedShared = new java.util.HashSet<>();
  private EfClient client = run.client();
  private Object lastAnswer;
  private EfException lastError;
  private Exchange lastErrorExchange;
  private boolean lastErrorExamined = true;
  private ScenarioGuesses guesses = ScenarioGuesses.none();
  private Secret heldSession;

  public EfRun run() {
    return run;
  }

  /** The client the current actor uses; the run's configured one unless a step switched it. */
  public EfClient client() {
    return client;
  }

  public void useClient(EfClient other) {
    this.client = other;
  }

  /**
   * Scenario-unique name for a logical one ("colour" becomes "colour-k3x9q"), so scenarios
   * running in parallel in the same sandbox never meet.
   */
  public String unique(String logical) {
    return logical + "-" + suffix;
  }

  /** A path in the sandbox project; its first segment is made unique. */
  public PropertyRef inSandbox(String logicalPath) {
    int slash = logicalPath.indexOf('/');
    String path = slash < 0 ? unique(logicalPath)
        : unique(logicalPath.substring(0, slash)) + logicalPath.substring(slash);
    return PropertyRef.inProject(run.sandbox().projectName(), path);
  }

  /** Reads the scenario's {@code @assumption:} tags; called by the first Before hook. */
  void enter(Scenario scenario) {
    String uri = scenario.getUri().toString();
    String title = uri.substring(uri.lastIndexOf('/') + 1) + " > " + scenario.getName();
    guesses = new ScenarioGuesses(Assumption.fromTags(scenario.getSourceTagNames()), title,
        run.settings().assumptionsStrict(),
        (name, text) -> scenario.attach(text.getBytes(StandardCharsets.UTF_8), "text/plain", name),
        ServerDialect.current(), this::mask);
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
    LastExchange.clear();
    try {
      T answer = call.get();
      lastAnswer = answer;
      lastError = null;
      return answer;
    } catch (EfException e) {
      lastAnswer = null;
      lastError = e;
      lastErrorExchange = LastExchange.get();
      lastErrorExamined = false;
      return null;
    }
  }

  public void attempt(Runnable call) {
    attempt(() -> {
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
          "Test setup problem: expected the last answer to be a " + type.getSimpleName()
              + " but it was " + (lastAnswer == null ? "nothing" : lastAnswer.getClass().getSimpleName())
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
      guesses.judge(failure, lastErrorExchange, Expectation.SUCCESS, () -> {
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
  public void judgeAssumedValue(Assumption assumption, Operation operation, String field,
      String expected, String actual, Runnable check) {
    guesses.judgeValue(assumption, operation, field, expected, actual, check);
  }

  /** A Given or When step's call was refused and no later step looked: it expected success. */
  void failIfRefusalUnexamined() {
    if (!lastErrorExamined) {
      failIfLastCallFailed();
    }
  }

  private String mask(String text) {
    return run.client().masker().mask(client.masker().mask(text));
  }

  /** Registers an undo action with the run before the object exists, so it is swept even if we die. */
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
