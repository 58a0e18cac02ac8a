package io.flowcheck.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.framework.config.EfSettings;
import io.flowcheck.framework.config.SettingsLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated // changes JVM-wide state (see junit-platform.properties)
class LaunchHandoffTest {
  private static EfSettings settings(String user, String out) {
    return SettingsLoader.load(
        Map.of("ef.user", user, "flowcheck.output.dir", out, "cucumber.filter.tags", "@" + user),
        Map.of());
  }

  @Test
  void theLaunchSeesWhatWasHandedAndNothingIsLeftAfterwards() {
    EfSettings alice = settings("alice", "out-a");
    String seen =
        LaunchHandoff.during(
            new LaunchHandoff.Launch(alice, Map.of("k", "v")),
            () ->
                LaunchHandoff.settings().user()
                    + " "
                    + LaunchHandoff.outputDir()
                    + " "
                    + LaunchHandoff.tagFilter().expression()
                    + " "
                    + LaunchHandoff.current().orElseThrow().configuration());
    assertEquals("alice out-a @alice {k=v}", seen);
    assertTrue(LaunchHandoff.current().isEmpty());
  }

  @Test
  void aSecondLaunchWhileOneRunsIsRefusedWithOneLine() {
    EfSettings alice = settings("alice", "out-a");
    EfSettings bob = settings("bob", "out-b");
    IllegalStateException refused =
        assertThrows(
            IllegalStateException.class,
            () ->
                LaunchHandoff.during(
                    new LaunchHandoff.Launch(alice, Map.of()),
                    () -> LaunchHandoff.during(new LaunchHandoff.Launch(bob, Map.of()), () -> 1)));
    assertTrue(
        refused.getMessage().startsWith("flowcheck: another run is already under way in this JVM"),
        refused.getMessage());
    assertTrue(refused.getMessage().contains(Path.of("out-a").toString()), refused.getMessage());
    // The first launch's end released the handoff, though the second was refused.
    assertTrue(LaunchHandoff.current().isEmpty());
    assertEquals("bob", LaunchHandoff.during(new LaunchHandoff.Launch(bob, Map.of()), () -> "bob"));
  }
}
