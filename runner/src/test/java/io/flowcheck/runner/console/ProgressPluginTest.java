package io.flowcheck.runner.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.SnippetsSuggestedEvent;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.Step;
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
import org.junit.jupiter.api.parallel.Isolated;
import org.opentest4j.TestAbortedException;

@Isolated // changes JVM-wide state (see junit-platform.properties)
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

  private static final URI FEATURE = URI.create("classpath:features/team.feature");
  private static final String SNIPPET =
      """
      @Given("the team's thing is ready")
      public void the_team_s_thing_is_ready() {
          // Write code here that turns the phrase above into concrete actions
          throw new io.cucumber.java.PendingException();
      }""";

  @Test
  void anUndefinedStepFailsWithItsWordsAndTheSnippetToPaste() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Map<Class<?>, EventHandler<Object>> handlers = new HashMap<>();
    new ProgressPlugin(new PrintStream(console, true, StandardCharsets.UTF_8))
        .setEventPublisher(publisherInto(handlers));
    TestCase scenario =
        scenario("The team's thing", 3, step("Given ", "the team's thing is ready", 4));

    send(
        handlers,
        new SnippetsSuggestedEvent(
            Instant.now(),
            FEATURE,
            new Location(3, 3),
            new Location(4, 5),
            new SnippetsSuggestedEvent.Suggestion("the team's thing is ready", List.of(SNIPPET))));
    send(handlers, new TestCaseFinished(Instant.now(), scenario, result(Status.UNDEFINED, null)));

    String[] lines = console.toString(StandardCharsets.UTF_8).split("\\R");
    assertEquals("  FAIL [1] team.feature > The team's thing (0.12s)", lines[0]);
    assertEquals(
        "      undefined step \"Given the team's thing is ready\"; "
            + "paste into a step class of your glue:",
        lines[1]);
    assertEquals("        @Given(\"the team's thing is ready\")", lines[2]);
    assertEquals("            throw new io.cucumber.java.PendingException();", lines[5]);
    assertEquals("        }", lines[6]);
  }

  /** As the event bus does: to the plugin's handler of the event's type, if it has one. */
  private static void send(Map<Class<?>, EventHandler<Object>> handlers, Object event) {
    handlers.getOrDefault(event.getClass(), ignored -> {}).receive(event);
  }

  /** Hands each registered handler to the test, which plays the event bus. */
  @SuppressWarnings("unchecked")
  private static EventPublisher publisherInto(Map<Class<?>, EventHandler<Object>> handlers) {
    return new EventPublisher() {
      @Override
      public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
        handlers.put(type, (EventHandler<Object>) handler);
      }

      @Override
      public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
        handlers.remove(type);
      }
    };
  }

  /** Cucumber's scenario and step types are interfaces; the plugin reads only these getters. */
  private static TestCase scenario(String name, int line, PickleStepTestStep... steps) {
    return fake(
        TestCase.class,
        Map.of(
            "getUri",
            FEATURE,
            "getName",
            name,
            "getLocation",
            new Location(line, 3),
            "getTestSteps",
            List.of(steps)));
  }

  private static PickleStepTestStep step(String keyword, String text, int line) {
    Step step = fake(Step.class, Map.of("getKeyword", keyword, "getText", text, "getLine", line));
    return fake(PickleStepTestStep.class, Map.of("getStep", step));
  }

  private static <T> T fake(Class<T> type, Map<String, Object> answers) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (!answers.containsKey(method.getName())) {
                throw new UnsupportedOperationException(
                    type.getSimpleName() + "." + method.getName());
              }
              return answers.get(method.getName());
            }));
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
                  case "getLocation" -> new Location(1, 1);
                  case "getTestSteps" -> List.of();
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }
}
