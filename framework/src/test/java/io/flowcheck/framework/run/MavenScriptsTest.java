package io.flowcheck.framework.run;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts that run Maven for a person (scripts/run-suite.sh, upgrade.sh, test.sh, through
 * scripts/lib/maven-run.sh), run from a copy of the scripts with a fake {@code mvn} on the PATH
 * that prints what a real Maven printed: the verdict is the last line, its reason is printed once
 * (no Maven failure trailer), the exit status is Maven's, the output streams while Maven runs,
 * Ctrl-C waits for the run's cleanup and shows it, and a second run in the same checkout is refused
 * before Maven starts.
 */
class MavenScriptsTest {
  private static final Path REPO =
      Path.of(System.getProperty("flowcheck.repo", "..")).toAbsolutePath().normalize();

  /** What Maven printed for {@code scripts/run-suite.sh '-Dcucumber.filter.tags=@smoke and'}. */
  private static final String SUITE_FAILED = "/maven-output/suite-failed.txt";

  private static final String NO_SCENARIO_RAN =
      "flowcheck: FAILED: no scenario ran (does -Dcucumber.filter.tags select any?)";

  @TempDir Path checkout;
  private Path bin;
  private final List<Process> started = new ArrayList<>();

  @BeforeEach
  void copyTheScripts() throws IOException {
    Path scripts = REPO.resolve("scripts");
    try (Stream<Path> files = Files.walk(scripts)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path copy = checkout.resolve("scripts").resolve(scripts.relativize(f).toString());
        Files.createDirectories(copy.getParent());
        Files.copy(f, copy);
      }
    }
    // test.sh first installs what the build needs; not here.
    Files.writeString(checkout.resolve("scripts/setup.sh"), "#!/usr/bin/env bash\n");
    bin = Files.createDirectories(checkout.resolve("fake-bin"));
  }

  @AfterEach
  void stopWhatIsLeft() {
    for (Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  @Test
  void aFailedRunEndsWithItsVerdictOnceWithoutMavensTrailer() throws Exception {
    Path recorded = checkout.resolve("recorded.txt");
    try (InputStream in = getClass().getResourceAsStream(SUITE_FAILED)) {
      Files.copy(in, recorded);
    }
    fakeMaven("cat '" + recorded + "'\nexit 1");

    Run run = run("bash", "scripts/run-suite.sh", "-Dcucumber.filter.tags=@smoke and");

    assertEquals(1, run.status(), run.output());
    assertEquals(NO_SCENARIO_RAN, run.lastLine(), run.output());
    assertEquals(1, count(run.output(), "no scenario ran"), "the reason once:\n" + run.output());
    for (String trailer :
        List.of(
            "Failed to execute goal",
            "To see the full stack trace",
            "Re-run Maven",
            "For more information",
            "After correcting the problems",
            "-rf :flowcheck-reports",
            "[Help 1]")) {
      assertThat(run.output(), not(containsString(trailer)));
    }
    // The [ERROR] lines of the test run that say what went wrong stay.
    assertThat(
        run.output(),
        containsString("[ERROR]   RunFeaturesTest.tag filter » UnusableTagFilter the tag filter"));
  }

  @Test
  void aPassedRunEndsWithItsVerdictEvenWhenMavenPrintedMoreAfterIt() throws Exception {
    fakeMaven(
        """
        echo '  ok   [1] login.feature > One login serves many requests (0.52s)'
        echo 'flowcheck: 1 scenarios passed in 3 s'
        echo '[WARNING] a line a later module printed'
        exit 0""");

    Run run = run("bash", "scripts/run-suite.sh");

    assertEquals(0, run.status(), run.output());
    assertEquals("flowcheck: 1 scenarios passed in 3 s", run.lastLine(), run.output());
    assertThat(run.output(), containsString("[WARNING] a line a later module printed"));
  }

  /**
   * A goal that failed before the build's verdict step (a compiler, the formatter, a missing
   * baseline): its reason is in Maven's "Failed to execute goal" block only, so that block stays,
   * without the boilerplate and without the lines it repeats, and a verdict line ends the output.
   */
  @Test
  void aBuildStoppedBeforeItsVerdictKeepsTheReasonOnceAndEndsWithAVerdict() throws Exception {
    fakeMaven(
        """
        echo '[ERROR] COMPILATION ERROR : '
        echo '[ERROR] /home/dev/flowcheck/runner/src/main/java/A.java:[3,8] cannot find symbol'
        echo '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.14.0:compile (default-compile) on project flowcheck-runner: Compilation failure'
        echo '[ERROR] /home/dev/flowcheck/runner/src/main/java/A.java:[3,8] cannot find symbol'
        echo '[ERROR] -> [Help 1]'
        echo '[ERROR] '
        echo '[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.'
        echo '[ERROR] Re-run Maven using the -X switch to enable full debug logging.'
        echo '[ERROR] '
        echo '[ERROR] After correcting the problems, you can resume the build with the command'
        echo '[ERROR]   mvn <args> -rf :flowcheck-runner'
        exit 1""");

    Run run = run("bash", "scripts/test.sh");

    assertEquals(1, run.status(), run.output());
    assertEquals(
        "flowcheck: FAILED: Maven stopped in flowcheck-runner; the lines above say why",
        run.lastLine(),
        run.output());
    assertEquals(1, count(run.output(), "cannot find symbol"), run.output());
    assertThat(run.output(), containsString("on project flowcheck-runner: Compilation failure\n"));
    assertThat(run.output(), not(containsString("Re-run Maven")));
    assertThat(run.output(), not(containsString("-rf :")));
  }

  /** test.sh says what passed itself: a verdict printed mid-build is not moved to the end. */
  @Test
  void testShEndsWithItsOwnVerdictWhenTheBuildPassed() throws Exception {
    fakeMaven(
        """
        echo 'flowcheck: 55 scenarios passed in 90 s'
        echo '[INFO] BUILD SUCCESS'
        exit 0""");

    Run run = run("bash", "scripts/test.sh");

    assertEquals(0, run.status(), run.output());
    assertEquals("flowcheck: every test passed", run.lastLine(), run.output());
    assertEquals(1, count(run.output(), "55 scenarios passed"), run.output());
  }

  @Test
  void aBaselineMissingEndsWithThatLine() throws Exception {
    fakeMaven(
        """
        echo '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-enforcer-plugin:3.6.2:enforce (baseline-given) on project flowcheck-features: '
        echo '[ERROR] Rule 1: org.apache.maven.enforcer.rules.files.RequireFilesExist failed with message:'
        echo '[ERROR] flowcheck upgrade: no baseline in /tmp/b (baseline.json missing): capture it against the old server first (-Pupgrade-capture)'
        echo '[ERROR] -> [Help 1]'
        exit 1""");

    Run run = run("bash", "scripts/upgrade.sh", "compare", checkout.toString());

    assertEquals(1, run.status(), run.output());
    assertEquals(
        "flowcheck upgrade: no baseline in /tmp/b (baseline.json missing): capture it against the"
            + " old server first (-Pupgrade-capture)",
        run.lastLine(),
        run.output());
    assertEquals(1, count(run.output(), "no baseline in"), run.output());
  }

  /** Progress shows while Maven runs: the filter passes each line on as it comes. */
  @Test
  void theOutputStreamsWhileMavenRuns() throws Exception {
    Path go = checkout.resolve("go");
    fakeMaven(
        "echo '  ok   [1] a.feature > first'\n"
            + "while [ ! -e '"
            + go
            + "' ]; do sleep 0.05; done\n"
            + "echo 'flowcheck: 2 scenarios passed in 1 s'");
    Process p = start("bash", "scripts/run-suite.sh");
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    // Maven waits for the test before it ends: a filter that buffered would show nothing yet.
    String first = CompletableFuture.supplyAsync(() -> readLine(out)).get(30, TimeUnit.SECONDS);
    assertEquals("  ok   [1] a.feature > first", first);
    Files.createFile(go);
    assertEquals("flowcheck: 2 scenarios passed in 1 s", readLine(out));
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
  }

  /**
   * Ctrl-C at a terminal signals the whole foreground process group. The script must not return
   * before the suite's JVM (started by Maven, whose output Maven relays) has cleaned up, and that
   * cleanup's lines must reach the terminal; the verdict line says the run was stopped.
   */
  @Test
  void ctrlCWaitsForTheRunsCleanupAndShowsIt() throws Exception {
    Path running = checkout.resolve("suite-running");
    // Like Maven: the suite runs in a JVM of its own whose lines reach the console through Maven,
    // and which cleans up in a shutdown hook.
    Path suite = bin.resolve("FakeSuite.java");
    Files.writeString(
        suite,
        """
        public class FakeSuite {
          public static void main(String[] args) throws Exception {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
              try {
                Thread.sleep(1000); // the cleanup takes a while
              } catch (InterruptedException e) {
                return;
              }
              System.out.println(
                  "flowcheck cleanup: everything this run created on the server is deleted");
            }));
            System.out.println("  ok   [1] a.feature > first");
            System.out.flush();
            new java.io.File(args[0]).createNewFile();
            Thread.sleep(600_000);
          }
        }
        """);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    fakeMaven(
        "while IFS= read -r l; do echo \"$l\"; done < <('"
            + java
            + "' '"
            + suite
            + "' '"
            + running
            + "')\n"
            + "echo '[ERROR] Failed to execute goal surefire:test (feature-suite) on project"
            + " flowcheck-features: The forked VM terminated without properly saying goodbye.'\n"
            + "exit 1");
    // setsid: the script leads a process group of its own, as a shell's foreground job does. env
    // --default-signal: as from a terminal, SIGINT is not ignored; this test JVM may have been
    // started with it ignored (a build run by scripts/test.sh runs Maven in the background), and a
    // shell cannot trap a signal ignored when it started.
    Process p = start("setsid", "env", "--default-signal=INT", "bash", "scripts/run-suite.sh");
    StringBuffer output = new StringBuffer();
    CompletableFuture<Void> reading =
        CompletableFuture.runAsync(() -> copy(p.getInputStream(), output));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(running) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(running), "the fake suite did not start:\n" + output);

    new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();

    assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the script did not end:\n" + output);
    reading.get(10, TimeUnit.SECONDS);
    String shown = output.toString();
    assertEquals(130, p.exitValue(), shown);
    // The cleanup's line, and after it (so the script waited for it) the verdict as the last line.
    assertThat(shown, containsString("flowcheck cleanup: everything this run created"));
    List<String> lines = shown.lines().toList();
    assertEquals(
        "flowcheck: FAILED: stopped by SIGINT before the verdict; the run's cleanup is above",
        lines.get(lines.size() - 1),
        shown);
    assertThat(shown, not(containsString("Failed to execute goal")));
  }

  @Test
  void aSecondRunInTheSameCheckoutIsRefusedBeforeMavenStarts() throws Exception {
    Path first = checkout.resolve("first-running");
    Path release = checkout.resolve("release");
    Path calls = checkout.resolve("maven-calls");
    fakeMaven(
        "echo call >> '"
            + calls
            + "'\ntouch '"
            + first
            + "'\nwhile [ ! -e '"
            + release
            + "' ]; do sleep 0.05; done\necho 'flowcheck: 1 scenarios passed in 1 s'");
    Process firstRun = start("bash", "scripts/run-suite.sh");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(first) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertTrue(Files.exists(first), "the first run did not start Maven");

    Run second = run("bash", "scripts/run-suite.sh");

    assertEquals(1, second.status(), second.output());
    assertThat(
        second.lastLine(),
        org.hamcrest.Matchers.matchesPattern(
            "flowcheck: FAILED: another flowcheck run \\(pid "
                + firstRun.pid()
                + ", started [0-9-]+ [0-9:]+\\) is using this checkout \\(.*\\); wait for it or"
                + " run from another checkout"));
    Files.createFile(release);
    assertTrue(firstRun.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, firstRun.exitValue(), "the first run went on undisturbed");
    assertEquals(List.of("call"), Files.readAllLines(calls), "the second run started no Maven");
  }

  private void fakeMaven(String body) throws IOException {
    Path mvn = bin.resolve("mvn");
    Files.writeString(mvn, "#!/usr/bin/env bash\n" + body + "\n");
    executable(mvn);
  }

  private static void executable(Path file) throws IOException {
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** What a script printed (standard output and error, as a terminal shows them) and its status. */
  private record Run(int status, String output) {
    List<String> lines() {
      return output.lines().toList();
    }

    String lastLine() {
      List<String> lines = lines();
      return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
  }

  private Run run(String... command) throws Exception {
    Process p = start(command);
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(
            () -> {
              StringBuffer b = new StringBuffer();
              copy(p.getInputStream(), b);
              return b.toString();
            });
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " did not end");
    return new Run(p.exitValue(), out.get(10, TimeUnit.SECONDS));
  }

  private Process start(String... command) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    started.add(p);
    return p;
  }

  private static String readLine(BufferedReader in) {
    try {
      return in.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void copy(InputStream in, StringBuffer into) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        into.append(line).append('\n');
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
