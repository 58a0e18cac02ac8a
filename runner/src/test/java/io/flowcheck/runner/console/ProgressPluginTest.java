package io.flowcheck.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.flowcheck.framework.client.Operation;
import io.flowcheck.runner.assumptions.Assumption;
import io.flowcheck.runner.assumptions.NotConfirmed;
import io.flowcheck.runner.assumptions.NotConfirmedException;
import io.flowcheck.runner.cleanup.ScenarioNotStarted;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  /**
   * A scenario not started because the run was shutting down gets no line of its own (there were
   * about 30 "FAIL ... the run is shutting down" lines); the summary counts them once.
   */
  @Test
  void scenariosNotStartedAtShutdownGetNoLineButOneCount(@TempDir Path out) {
    Properties saved = (Properties) System.getProperties().clone();
    // The plugin's one reader of the output folder (its summary file) reads the system property.
    System.setProperty("flowcheck.output.dir", out.toString());
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Map<Class<?>, EventHandler<Object>> handlers = new HashMap<>();
    new ProgressPlugin(new PrintStream(console, true, StandardCharsets.UTF_8))
        .setEventPublisher(
            new EventPublisher() {
              @Override
              @SuppressWarnings("unchecked")
              public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                handlers.put(type, (EventHandler<Object>) handler);
              }

              @Override
              public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {}
            });
    Instant now = Instant.now();
    try {
      handlers.get(TestRunStarted.class).receive(new TestRunStarted(now));
      EventHandler<Object> finished = handlers.get(TestCaseFinished.class);
      finished.receive(new TestCaseFinished(now, scenario("One"), result(Status.PASSED, null)));
      for (String name : List.of("Two", "Three", "Four")) {
        finished.receive(
            new TestCaseFinished(
                now, scenario(name), result(Status.SKIPPED, new ScenarioNotStarted())));
      }
      handlers
          .get(TestRunFinished.class)
          .receive(new TestRunFinished(now, result(Status.PASSED, null)));
    } finally {
      System.setProperties(saved);
    }
    String text = console.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("ok   [1] a.feature > One"), text);
    assertFalse(text.contains("Two") || text.contains("Three") || text.contains("Four"), text);
    assertTrue(
        text.contains("flowcheck: 4 scenarios (passed 1, not confirmed 0, failed 0, skipped 3)"),
        text);
    assertTrue(text.contains("  3 of the skipped not started: the run was shutting down"), text);
  }

  /** A scenario of a.feature with this name; nothing else of it is read. */
  private static TestCase scenario(String name) {
    return (TestCase)
        Proxy.newProxyInstance(
            TestCase.class.getClassLoader(),
            new Class<?>[] {TestCase.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getName" -> name;
                  case "getUri" -> URI.create("classpath:features/a.feature");
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
