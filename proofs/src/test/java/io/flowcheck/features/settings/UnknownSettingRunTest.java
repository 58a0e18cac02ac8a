package io.flowcheck.features.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flowcheck.features.InProcessRun;
import io.flowcheck.framework.config.EfConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A misspelt setting fails the real run at its start, through the same loader the run's hooks use.
 * Before, {@code -Def.sever=...} was ignored: the run used the embedded simulator, passed, and
 * exited 0, a green verdict about a server that was never tested.
 */
@ResourceLock(InProcessRun.LOCK)
class UnknownSettingRunTest {
  private static final String SMALL_RUN = "classpath:features/server.feature";

  @TempDir Path tmp;

  @Test
  void aMisspeltServerPropertyFailsTheRunNamingTheSettingMeant() {
    EfConfigException e = runStopped(Map.of("ef.sever", "https://127.0.0.1:9"), tmp.resolve("run"));

    assertEquals(
        "unknown setting ef.sever (system property): did you mean ef.server?", e.getMessage());
    assertEquals(0, e.getStackTrace().length, "a stack trace with the line");
  }

  @Test
  void aMisspeltProfileLineFailsTheRunNamingItsFile() throws IOException {
    Path profiles = Files.createDirectories(tmp.resolve("profiles"));
    Path file = Files.writeString(profiles.resolve("typo.properties"), "ef.tsl=relaxed\n");

    EfConfigException e =
        runStopped(
            Map.of("ef.profile", "typo", "ef.profiles.dir", profiles.toString()),
            tmp.resolve("run"));

    assertEquals(
        "unknown setting ef.tsl (profile "
            + file.toAbsolutePath().normalize()
            + "): did you mean ef.tls?",
        e.getMessage());
  }

  /**
   * Runs the smoke scenarios of one feature in this JVM, as the jar and Maven's suite run them: the
   * run's start (the hooks' settings) stops Cucumber with the loader's exception, before any
   * scenario and before any call to a server.
   */
  private static EfConfigException runStopped(Map<String, String> settings, Path out) {
    return assertThrows(
        EfConfigException.class,
        () -> {
          InProcessRun.Result run = InProcessRun.run(settings, out, "@smoke", SMALL_RUN);
          throw new AssertionError(
              "the run went on (exit " + run.exitStatus() + "):\n" + run.console());
        });
  }
}
