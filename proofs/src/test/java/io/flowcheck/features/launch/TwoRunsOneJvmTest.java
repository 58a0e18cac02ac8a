package io.flowcheck.features.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.features.SuiteRun;
import io.flowcheck.framework.run.RunLayout;
import io.flowcheck.framework.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Two runs of the suite one after the other in this JVM, each with its own settings (user, tags,
 * output folder) handed over as objects: each run saw its own, and neither left a trace in the
 * JVM's system properties.
 */
@ResourceLock(InProcessRun.LOCK)
class TwoRunsOneJvmTest {
  /** Both scenarios of the server's health: they need no sandbox data of their own. */
  private static final String SERVER_SMOKE = "@smoke and @epic:Server_health";

  /** The login outline's two examples and the request without credentials. */
  private static final String LOGIN_SMOKE = "@smoke and @epic:Access_and_sessions";

  @TempDir Path tmp;

  @Test
  void eachRunSeesItsOwnSettings() throws IOException {
    Map<String, String> before = ourProperties();
    RunLayout first = RunLayout.of(tmp.resolve("first"));
    RunLayout second = RunLayout.of(tmp.resolve("second"));

    run(first, "alice", SERVER_SMOKE);
    run(second, "bob", LOGIN_SMOKE);

    String firstConsole = Files.readString(first.consoleLog());
    String secondConsole = Files.readString(second.consoleLog());
    assertTrue(firstConsole.contains("as alice"), firstConsole);
    assertFalse(firstConsole.contains("as bob"), firstConsole);
    assertTrue(secondConsole.contains("as bob"), secondConsole);
    assertFalse(secondConsole.contains("as alice"), secondConsole);

    RunSummary firstRun = RunSummary.read(first.root());
    RunSummary secondRun = RunSummary.read(second.root());
    assertEquals(2, firstRun.passed(), firstConsole);
    assertEquals(0, firstRun.failed(), firstConsole);
    assertEquals(3, secondRun.passed(), secondConsole);
    assertEquals(0, secondRun.failed(), secondConsole);

    assertTrue(allureEnvironment(first).contains("User = alice"), allureEnvironment(first));
    assertTrue(allureEnvironment(second).contains("User = bob"), allureEnvironment(second));
    assertTrue(Files.isRegularFile(first.cucumberHtml()), "no Cucumber report in " + first);
    assertTrue(Files.isRegularFile(second.cucumberHtml()), "no Cucumber report in " + second);

    assertEquals(before, ourProperties(), "a run changed the JVM's system properties");
  }

  private static void run(RunLayout layout, String user, String tags) {
    // Only what the test pins: no ef.* of the outer build or the shell reaches the run.
    Map<String, String> given =
        Map.of("ef.user", user, "user.home", System.getProperty("user.home"));
    SuiteRun.launch(
        SuiteRun.settings(given, Map.of(), layout, tags),
        new SuiteRun.Selection(List.of(), List.of(), 2, Map.of("cucumber.publish.quiet", "true")));
  }

  /** The JVM's settings-like properties (libraries such as Jetty set others of their own). */
  private static Map<String, String> ourProperties() {
    Map<String, String> ours = new TreeMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.matches("(ef|flowcheck|cucumber|allure)\\..*"))
        .forEach(k -> ours.put(k, System.getProperty(k)));
    return ours;
  }

  private static String allureEnvironment(RunLayout layout) throws IOException {
    return Files.readString(layout.allureResults().resolve("environment.properties"))
        .replace("\\", "");
  }
}
