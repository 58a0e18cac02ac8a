package io.flowcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * flowcheck.jar as a process of its own in a folder outside the repository, with nothing but the
 * JDK: no Maven classpath, no ef.* or cucumber.* from the build. A command starts through the
 * {@code flowcheck} launcher beside the jar, the documented way, or as a plain {@code java -jar}.
 */
final class JarProcess {
  /** Only against a hang: the slowest command, a run with reports, needs well under a minute. */
  private static final long HANG_GUARD_MINUTES = 10;

  /** Log files are numbered, never named after arguments (one holds a password on purpose). */
  private static final java.util.concurrent.atomic.AtomicInteger COUNT =
      new java.util.concurrent.atomic.AtomicInteger();

  private final Path jar;
  private final Path dir;

  /** How a command starts. */
  enum Start {
    /**
     * {@code ./flowcheck --no-aot-cache ...}: the launcher's short-run JVM options (about half the
     * CPU of a default JVM), no class cache (on JDK 17, making it cost about what it then saved
     * these launches).
     */
    LAUNCHER,
    /** {@code java -jar flowcheck.jar ...}, with the JVM's defaults, as docs/jar.md shows it. */
    JAVA_JAR
  }

  /** {@code jar} with the {@code flowcheck} launcher beside it, started in {@code dir}. */
  JarProcess(Path jar, Path dir) {
    this.jar = jar;
    this.dir = dir;
  }

  /** What a finished command left: its exit status and everything it printed. */
  record Result(int status, String output) {
    /** The lines, for messages. */
    String tail() {
      String[] lines = output.split("\\R");
      return String.join(
          "\n", List.of(lines).subList(Math.max(0, lines.length - 25), lines.length));
    }
  }

  /** Through the launcher. */
  Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return run(Start.LAUNCHER, env, args);
  }

  Result run(Start start, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    return start(start, env, args).finish();
  }

  /** Through the launcher, not waited for: several such commands run side by side. */
  Running start(Map<String, String> env, String... args) throws IOException {
    return start(Start.LAUNCHER, env, args);
  }

  private Running start(Start start, Map<String, String> env, String... args) throws IOException {
    Path log = dir.resolve("log-" + COUNT.incrementAndGet() + "-" + args[0] + ".txt");
    Process p =
        builder(start, env, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Running(p, log, String.join(" ", args));
  }

  /** A command under way, its output going to {@code log}. */
  record Running(Process process, Path log, String command) {
    /** Waits for its end (never forever) and returns what it left. */
    Result finish() throws IOException, InterruptedException {
      if (!process.waitFor(HANG_GUARD_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("flowcheck.jar " + command + " hung; log " + log);
      }
      return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
  }

  /**
   * Through the launcher, with its output on a pipe (stderr merged), for a server's ready line. The
   * launcher execs the JVM, so stopping the process stops the server.
   */
  Process startPiped(String... args) throws IOException {
    return builder(Start.LAUNCHER, Map.of(), args).redirectErrorStream(true).start();
  }

  private ProcessBuilder builder(Start start, Map<String, String> env, String... args) {
    List<String> cmd = new ArrayList<>();
    if (start == Start.LAUNCHER) {
      cmd.add(jar.resolveSibling("flowcheck").toString());
      cmd.add("--no-aot-cache");
    } else {
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-jar");
      cmd.add(jar.toString());
    }
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    // The build's own settings stay out, so the command sees only what the test gives it.
    pb.environment()
        .keySet()
        .removeIf(
            k ->
                k.startsWith("EF_")
                    || k.startsWith("CUCUMBER_")
                    || k.startsWith("FLOWCHECK_")
                    || k.equals("JAVA_OPTS")
                    || k.equals("JDK_JAVA_OPTIONS")
                    || k.equals("JAVA_TOOL_OPTIONS"));
    // The launcher's JVM is the one the build runs on, as for java -jar.
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("FLOWCHECK_CACHE", dir.resolve("cache").toString());
    pb.environment().putAll(env);
    return pb;
  }

  Path dir() {
    return dir;
  }

  /** Stops a server the test started, then removes a test folder with all it holds. */
  static void stopAndDelete(Process server, Path dir) throws InterruptedException, IOException {
    if (server != null) {
      server.destroy();
      server.waitFor();
    }
    if (dir != null) {
      try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
