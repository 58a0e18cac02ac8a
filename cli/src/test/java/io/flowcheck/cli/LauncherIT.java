package io.flowcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The {@code flowcheck} launcher as a user runs it: copied with flowcheck.jar to a folder outside
 * the repository, started with a PATH that holds one JDK's bin and the few POSIX tools the script
 * uses, nothing else (no other java, no Maven), no JAVA_HOME. The tests run side by side: each
 * keeps its class cache in a folder of its own.
 */
@DisabledOnOs(OS.WINDOWS)
@Order(1)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT)
class LauncherIT {
  private static final Path REPO =
      Path.of(System.getProperty("flowcheck.repo", "..")).toAbsolutePath().normalize();
  private static final Path BUILT_JAR =
      Path.of(System.getProperty("flowcheck.jar", "target/flowcheck.jar"));
  private static final long HANG_GUARD_MINUTES = 10;

  /** Every command the launcher runs besides java and its shell's own. */
  private static final List<String> TOOLS =
      List.of(
          "dirname",
          "ls",
          "sed",
          "cksum",
          "wc",
          "tr",
          "cut",
          "mkdir",
          "mv",
          "rm",
          "cp",
          "touch",
          "grep",
          "tail",
          "sha256sum",
          "shasum");

  /** A suite run that ends before its first scenario: it still loads what a run starts with. */
  private static final String[] NO_SCENARIO_RUN = {
    "run", "--tags", "@no-scenario-has-this-tag", "--no-report", "--out", "no-scenario"
  };

  private static Path dir;
  private static Path tools;

  @BeforeAll
  static void copyTheJarAndTheLauncherOutsideTheRepository() throws IOException {
    dir = Files.createTempDirectory("flowcheck-launcher-");
    assertFalse(dir.startsWith(REPO), "the test folder must be outside the repository");
    Path built = BUILT_JAR.toAbsolutePath().getParent();
    Files.copy(BUILT_JAR, dir.resolve("flowcheck.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    for (String launcher : List.of("flowcheck", "flowcheck.cmd")) {
      Files.copy(
          built.resolve(launcher), dir.resolve(launcher), StandardCopyOption.COPY_ATTRIBUTES);
    }
    assertTrue(Files.isExecutable(dir.resolve("flowcheck")), "the build left it not executable");
    tools = Files.createDirectory(dir.resolve("tools"));
    for (String tool : TOOLS) {
      Optional<Path> found =
          Stream.of("/usr/bin", "/bin")
              .map(d -> Path.of(d, tool))
              .filter(Files::isExecutable)
              .findFirst();
      if (found.isPresent()) {
        Files.createSymbolicLink(tools.resolve(tool), found.get());
      }
    }
  }

  @AfterAll
  static void cleanUp() throws IOException {
    if (dir != null) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void startsTheJarWithTheShortRunOptionsAndLetsTheUsersOptionsWin() throws Exception {
    Path java = Path.of(System.getProperty("java.home"));
    Result r =
        launch(
            java,
            "cache-17",
            Map.of(
                "FLOWCHECK_JAVA_OPTS",
                "-XX:+PrintCommandLineFlags -XshowSettings:properties"
                    + " -Dgroovy.indy.optimize.threshold=7"),
            "--version");
    assertEquals(0, r.status(), r.output());
    assertTrue(r.output().contains("flowcheck "), r.output());
    assertTrue(r.output().contains("-XX:TieredStopAtLevel=1"), r.output());
    assertTrue(r.output().contains("-XX:+UseSerialGC"), r.output());
    assertTrue(r.output().contains("groovy.indy.fallback.threshold = 0"), r.output());
    assertTrue(r.output().contains("groovy.indy.optimize.threshold = 7"), "given last, it wins");
    assertTrue(r.output().contains("java.home = " + java.toRealPath()), "not the JDK on the PATH");
  }

  @Test
  void passesEachArgumentAsGivenAndExitsWithTheJarsStatus() throws Exception {
    Result r =
        launch(
            Path.of(System.getProperty("java.home")),
            "cache-17-unused",
            Map.of("FLOWCHECK_JIT", "full", "FLOWCHECK_JAVA_OPTS", "-XX:+PrintCommandLineFlags"),
            "--no-aot-cache",
            "run",
            "--threads",
            "two  'words'");
    assertEquals(2, r.status(), r.output());
    assertTrue(r.output().contains("'--threads': 'two  'words'' is not an int"), r.output());
    assertFalse(r.output().contains("TieredStopAtLevel"), "FLOWCHECK_JIT=full: " + r.output());
    assertFalse(r.output().contains("UseSerialGC"), "FLOWCHECK_JIT=full: " + r.output());
  }

  /**
   * JDK 25's AOT cache: the first suite run makes it, the next run takes the jar's classes from it,
   * a damaged cache costs no run, and the launch after the JVM refused it drops it, so the next
   * suite run makes it again the way the first one did. Making the cache is the longest step of the
   * jar's tests (about 15 s of CPU), so this test makes it once.
   */
  @Test
  @Order(1) // the longest test of the jar's: it starts first
  void onJdk25TheFirstSuiteRunMakesTheCacheLaterRunsUseItAndADamagedOneIsDropped()
      throws Exception {
    Optional<Path> jdk = jdk25();
    Assumptions.assumeTrue(
        jdk.isPresent(),
        "no JDK 25 or later (FLOWCHECK_TEST_JDK25, /usr/lib/jvm/*25*): the AOT cache is not tested");
    String cacheDir = "cache-25";

    Result first = launch(jdk.get(), cacheDir, Map.of(), NO_SCENARIO_RUN);
    assertEquals(1, first.status(), "the jar's verdict, no scenario ran: " + first.output());
    assertTrue(first.output().contains("FAILED: no scenario ran"), first.output());
    assertTrue(first.output().contains("makes the class cache"), first.output());
    Path cache = onlyCacheFile(cacheDir);
    try (Stream<Path> files = Files.list(cache.getParent())) {
      assertEquals(
          List.of(),
          files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("tmp.")).toList(),
          "temporary files left");
    }

    Result second =
        launch(jdk.get(), cacheDir, Map.of("FLOWCHECK_JAVA_OPTS", "-Xlog:class+load"), "--version");
    assertEquals(0, second.status(), second.output());
    assertTrue(
        second.output().contains("io.flowcheck.cli.FlowcheckCli source: shared objects file"),
        "the jar's classes come from the cache");

    byte[] damage = "not an AOT cache, not at all".getBytes(StandardCharsets.US_ASCII);
    try (RandomAccessFile f = new RandomAccessFile(cache.toFile(), "rw")) {
      f.seek(f.length() / 2);
      f.write(damage);
    }
    Result damaged = launch(jdk.get(), cacheDir, Map.of(), "--version");
    assertEquals(0, damaged.status(), damaged.output());
    assertTrue(damaged.output().startsWith("flowcheck "), "only the jar's output: " + damaged);

    Result next = launch(jdk.get(), cacheDir, Map.of(), "--version");
    assertEquals(0, next.status(), next.output());
    assertTrue(next.output().contains("refused the cache"), next.output());
    assertTrue(next.output().contains("the next suite run makes it again"), next.output());
    assertTrue(Files.notExists(cache), "the damaged cache is still there");
    try (Stream<Path> files = Files.walk(dir.resolve(cacheDir))) {
      assertEquals(
          List.of(),
          files.filter(f -> f.toString().endsWith(".aot")).toList(),
          "no cache until the next suite run makes one, as the first run did");
    }
  }

  private static Path onlyCacheFile(String cacheDir) throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve(cacheDir))) {
      List<Path> caches = files.filter(f -> f.toString().endsWith(".aot")).toList();
      assertEquals(1, caches.size(), "AOT caches under " + cacheDir + ": " + caches);
      return caches.get(0);
    }
  }

  /** FLOWCHECK_TEST_JDK25 (a JDK's folder), else a JDK 25 or later under /usr/lib/jvm. */
  private static Optional<Path> jdk25() throws IOException {
    String given = System.getenv("FLOWCHECK_TEST_JDK25");
    if (given != null && !given.isBlank()) {
      return Optional.of(Path.of(given));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(jvms)) {
      return homes
          .filter(h -> h.getFileName().toString().contains("25"))
          .filter(h -> Files.isExecutable(h.resolve("bin/java")))
          .filter(h -> feature(h) >= 25)
          .sorted()
          .findFirst();
    }
  }

  private static int feature(Path home) {
    try {
      for (String line : Files.readAllLines(home.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=\"")) {
          return Integer.parseInt(line.substring(14).split("[^0-9]")[0]);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not a JDK this test can use
    }
    return 0;
  }

  record Result(int status, String output) {}

  /** {@code ./flowcheck ARGS} in the test folder, on a PATH of the JDK's bin and the tools. */
  private static Result launch(Path jdk, String cacheDir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("./flowcheck"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
    Map<String, String> e = pb.environment();
    e.keySet()
        .removeIf(
            k ->
                k.startsWith("EF_")
                    || k.startsWith("CUCUMBER_")
                    || k.startsWith("FLOWCHECK_")
                    || k.equals("JAVA_HOME")
                    || k.equals("JAVA_OPTS")
                    || k.equals("JAVA_TOOL_OPTIONS"));
    e.put("PATH", jdk.resolve("bin") + ":" + tools);
    e.put("FLOWCHECK_CACHE_DIR", dir.resolve(cacheDir).toString());
    e.put("FLOWCHECK_CACHE", dir.resolve("allure-cache").toString());
    e.putAll(env);
    Path log = Files.createTempFile(dir, "launch-", ".txt");
    Process p = pb.redirectOutput(log.toFile()).start();
    if (!p.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("flowcheck " + String.join(" ", args) + " hung; log " + log);
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }
}
