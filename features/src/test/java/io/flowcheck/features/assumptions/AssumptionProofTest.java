package io.flowcheck.features.assumptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.framework.client.VersionLookup;
import io.flowcheck.simulator.EfSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Proves that a failed guess about the server is told apart from a regression, end to end: the
 * suite runs against separately started simulators (so as against a real server) that answer
 * differently from what the suite assumes, and the run stays green, says "not confirmed" and
 * names the refuted assumptions in server-dialect.json; with ef.assumptions.strict=true it fails.
 * The runs' console output is captured, not printed: some fail on purpose.
 */
class AssumptionProofTest {
  private static final String PASSWORD = "Assume-Proof-Pw-7";

  @TempDir Path tmp;

  private static EfSimulator.Builder simulator() {
    return EfSimulator.builder().port(0).user("admin", PASSWORD);
  }

  private static Map<String, String> against(EfSimulator sim, String... more) {
    Map<String, String> settings = new HashMap<>(Map.of("ef.server", sim.serverUrl(),
        "ef.password", PASSWORD, "ef.tls", "relaxed"));
    for (int i = 0; i < more.length; i += 2) {
      settings.put(more[i], more[i + 1]);
    }
    return settings;
  }

  /** Runs the features in this JVM with the console captured; it is in the result, and on failure. */
  private static InProcessRun.Result quietly(Map<String, String> settings, Path out, String tags) {
    PrintStream before = System.out;
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
    try {
      return InProcessRun.run(settings, out, tags, "classpath:features");
    } finally {
      System.setOut(before);
    }
  }

  private static JsonNode dialect(InProcessRun.Result run) {
    return io.flowcheck.framework.upgrade.JsonTree.read(run.out().resolve("server-dialect.json"));
  }

  private static JsonNode assumption(JsonNode dialect, String name) {
    for (JsonNode a : dialect.path("assumptions")) {
      if (a.path("name").asString().equals(name)) {
        return a;
      }
    }
    throw new AssertionError("server-dialect.json does not name " + name + ": " + dialect);
  }

  private static void check(InProcessRun.Result run, Consumer<String> assertions) {
    try {
      assertions.accept(run.console());
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + "\n--- console of the run ---\n" + run.console(), e);
    }
  }

  @Test
  void aWrongPasswordCodeOutsideTheExpectedSetIsNotConfirmedAndFailsOnlyWhenStrict() {
    EfSimulator sim = simulator().loginFailureCode("InvalidPassword").start();
    try {
      InProcessRun.Result run = quietly(against(sim), tmp.resolve("lenient"), "@assumption:wrong-password-code");
      check(run, console -> {
        assertEquals(0, run.exitStatus(), "a failed guess does not fail the run");
        assertTrue(console.contains("login.feature > A wrong password is refused: not confirmed on this server"
            + " (wrong-password-code: login answered HTTP 401 InvalidPassword)"), "the console's not-confirmed line");
        assertTrue(console.contains("(passed 0, not confirmed 1, failed 0, skipped "), "the summary counts it apart");
        JsonNode wrong = assumption(dialect(run), "wrong-password-code");
        assertEquals("refuted", wrong.path("verdict").asString());
        assertEquals("InvalidPassword", wrong.at("/refutedBy/0/code").asString());
        assertEquals(401, wrong.at("/refutedBy/0/status").asInt());
        assertTrue(!console.contains(PASSWORD), "no password on the console");
      });

      InProcessRun.Result strict = quietly(against(sim, "ef.assumptions.strict", "true"), tmp.resolve("strict"),
          "@assumption:wrong-password-code");
      check(strict, console -> {
        assertEquals(1, strict.exitStatus(), "ef.assumptions.strict=true fails the run");
        assertTrue(console.contains("FAIL [1] login.feature > A wrong password is refused")
            || console.contains("FAIL [2] login.feature > A wrong password is refused"), "shown as a failure");
        assertTrue(console.contains("(passed 0, not confirmed 0, failed 1, skipped "), "counted as a failure");
        assertEquals("refuted", assumption(dialect(strict), "wrong-password-code").path("verdict").asString(),
            "the summary names the refuted guess in strict mode too");
        assertEquals(true, dialect(strict).path("strict").asBoolean());
      });
    } finally {
      sim.stop();
    }
  }
}
