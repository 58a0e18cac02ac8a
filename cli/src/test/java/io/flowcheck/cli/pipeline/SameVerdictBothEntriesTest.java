package io.flowcheck.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flowcheck.cli.FlowcheckCli;
import io.flowcheck.framework.run.RunSummary;
import io.flowcheck.simulator.EfSimulator;
import io.flowcheck.simulator.behaviour.BehaviourChange;
import io.flowcheck.simulator.dialect.Dialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maven's main job ({@link MavenMain}, as exec:java calls it) and {@code flowcheck.jar run} give
 * the same counts, verdict line and exit status for the same run: against a separately started
 * simulator whose error codes changed (scenarios fail) and that has no getVersions (a scenario is
 * not confirmed). Both run in this JVM, one after the other, each with its own settings.
 */
class SameVerdictBothEntriesTest {
  private static final String PASSWORD = "Both-Entries-Pw-3";

  /** The server's health (one not confirmed here) and the properties' upgrade set (two fail). */
  private static final String TAGS =
      "@epic:Server_health or (@epic:Configuration_properties and @upgrade)";

  @TempDir Path tmp;

  @Test
  void mavenAndTheJarJudgeTheSameRunAlike() throws IOException {
    try (EfSimulator server =
        EfSimulator.builder()
            .port(0)
            .user("admin", PASSWORD)
            .dialect(Dialect.NO_SERVER_VERSIONS)
            .behaviourChange(BehaviourChange.CHANGED_ERROR_CODE)
            .start()) {
      // The password travels in a profile: neither entry takes it from a command line.
      Path profiles = Files.createDirectories(tmp.resolve("profiles"));
      Files.writeString(profiles.resolve("both.properties"), "ef.password=" + PASSWORD + "\n");
      Path mavenOut = tmp.resolve("maven");
      Path jarOut = tmp.resolve("jar");

      Captured maven =
          capture(
              () ->
                  MavenMain.run(
                      new String[] {
                        "--check", "suite",
                        "--out", mavenOut.toString(),
                        "--history", tmp.resolve("history").toString(),
                        "--allure-home", tmp.resolve("no-allure").toString(),
                        "--skip-reports", "true"
                      },
                      Map.of(
                          "ef.server",
                          server.serverUrl(),
                          "ef.tls",
                          "relaxed",
                          "ef.profile",
                          "both",
                          "ef.profiles.dir",
                          profiles.toString(),
                          "cucumber.filter.tags",
                          TAGS,
                          "user.home",
                          System.getProperty("user.home")),
                      Map.of()));
      Captured jar =
          capture(
              () ->
                  FlowcheckCli.execute(
                      "run",
                      "--server",
                      server.serverUrl(),
                      "--tls",
                      "relaxed",
                      "--profile",
                      "both",
                      "-D",
                      "ef.profiles.dir=" + profiles,
                      "--tags",
                      TAGS,
                      "--no-report",
                      "--out",
                      jarOut.toString()));

      RunSummary mavenRun = RunSummary.read(mavenOut);
      RunSummary jarRun = RunSummary.read(jarOut);
      assertTrue(mavenRun.failed() > 0, "no scenario failed: " + maven.text);
      assertTrue(mavenRun.notConfirmed() > 0, "no scenario was not confirmed: " + maven.text);
      assertEquals(1, maven.status, maven.text);
      assertEquals(maven.status, jar.status, jar.text);
      assertEquals(counts(mavenRun), counts(jarRun));
      assertEquals(mavenRun.failures().size(), mavenRun.failed());
      assertEquals(verdict(maven.text), verdict(jar.text));
      assertTrue(
          verdict(maven.text).contains(mavenRun.notConfirmed() + " not confirmed"),
          verdict(maven.text));
    }
  }

  /** The hints name commands that exist where the user ran: no repository script for the jar. */
  @Test
  void eachEntryHintsAtWhatItsUserHas() throws IOException {
    io.flowcheck.framework.run.RunLayout layout =
        io.flowcheck.framework.run.RunLayout.of(tmp.resolve("run"));
    Files.createDirectories(layout.reports().resolve("allure-report"));
    ByteArrayOutputStream jar = new ByteArrayOutputStream();
    ByteArrayOutputStream maven = new ByteArrayOutputStream();
    ReportPlaces.print(layout, Entry.JAR, new PrintStream(jar, true, StandardCharsets.UTF_8));
    ReportPlaces.print(layout, Entry.MAVEN, new PrintStream(maven, true, StandardCharsets.UTF_8));
    assertFalse(jar.toString(StandardCharsets.UTF_8).contains("scripts/"), jar.toString());
    assertTrue(maven.toString(StandardCharsets.UTF_8).contains("scripts/open-report.sh"));
    assertFalse(Entry.JAR.compareCommand().startsWith("mvn"), Entry.JAR.compareCommand());

    // Nothing to list (no report, no run): no heading over an empty list.
    ByteArrayOutputStream none = new ByteArrayOutputStream();
    ReportPlaces.print(
        io.flowcheck.framework.run.RunLayout.of(tmp.resolve("nothing")),
        Entry.JAR,
        new PrintStream(none, true, StandardCharsets.UTF_8));
    assertEquals("", none.toString(StandardCharsets.UTF_8));
  }

  private static List<Integer> counts(RunSummary run) {
    return List.of(run.passed(), run.failed(), run.notConfirmed(), run.skipped(), run.total());
  }

  /** The last line starting "flowcheck: ": the verdict. */
  private static String verdict(String console) {
    List<String> lines = console.lines().filter(l -> l.startsWith("flowcheck: ")).toList();
    return lines.isEmpty() ? "(no verdict)" : lines.get(lines.size() - 1);
  }

  private record Captured(int status, String text) {}

  private static Captured capture(IntSupplier entry) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      int status = entry.getAsInt();
      return new Captured(status, buffer.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(original);
    }
  }
}
