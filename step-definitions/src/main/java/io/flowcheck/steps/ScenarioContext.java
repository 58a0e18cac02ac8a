package io.flowcheck.steps;

import io.flowcheck.framework.client.EfClient;
import io.flowcheck.framework.client.EfException;
import io.flowcheck.framework.config.Secret;
import io.flowcheck.framework.model.PropertyRef;
import io.flowcheck.steps.run.EfRun;
import io.flowcheck.steps.run.Leftovers;
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

  /** Runs a call whose outcome a later Then step judges: remembers the answer or the refusal. */
  public <T> T attempt(Supplier<T> call) {
    try {
      T answer = call.get();
      lastAnswer = answer;
      lastError = null;
      return answer;
    } catch (EfException e) {
      lastAnswer = null;
      lastError = e;
      return null;
    }
  }

  public void attempt(Runnable call) {
    attempt(() -> {
      call.run();
      return Boolean.TRUE;
    });
  }

  /** The last answer, as the given type; if the call failed, its own error is rethrown. */
  public <T> T answer(Class<T> type) {
    if (lastError != null) {
      throw lastError;
    }
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

  public EfException lastError() {
    return lastError;
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
